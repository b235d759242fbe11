#pragma once
// The studio's main window: menus, toolbar, status bar and the wiring between the document, the
// scenario editor dock, the tabs and the background jobs. Each part is its own class.

#include "widgets/studio/export_job.h"

#include <QMainWindow>
#include <QPointer>
#include <QTime>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QTimer;
class QMenu;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace pmis {

namespace report {
struct ReportInput;
} // namespace report
namespace present {
class PresentationWindow;
}
class CompareTab;
struct CompareSide;
class DataTab;
class GenerateJob;
class ImportJob;
class JobStatusWidget;
struct ImportedDataset;
class LanguageManager;
class OverviewTab;
class QualityTab;
class RecommenderView;
class RecentFiles;
class ScenarioEditorDock;
class StudioDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `language` (not owned) is the application's language manager; without one the window
    // makes its own.
    explicit MainWindow(QWidget *parent = nullptr, LanguageManager *language = nullptr);
    ~MainWindow() override;

    StudioDocument *document() const { return m_document; }
    ScenarioEditorDock *editorDock() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overviewTab() const { return m_overview; }
    QualityTab *qualityTab() const { return m_quality; }
    RecommenderView *recommenderView() const { return m_recommender; }
    // The Recommender tab's page: the view inside a scroll area.
    QWidget *recommenderPage() const { return m_recommenderPage; }
    DataTab *dataTab() const { return m_data; }
    CompareTab *compareTab() const { return m_compare; }
    QAction *setBaselineAction() const { return m_setBaselineAction; }
    GenerateJob *generateJob() const { return m_generate; }
    ExportJob *exportJob() const { return m_export; }
    ImportJob *importJob() const { return m_import; }
    // Imports a dataset folder or SQLite file in the background; the Data, Quality and
    // Recommender tabs then show it.
    void importFrom(const QString &path);
    JobStatusWidget *jobStatus() const { return m_jobStatus; }
    // After an export: the folder written to, and the button that opens it.
    QString exportedFolder() const { return m_exportedFolder; }
    QPushButton *openFolderButton() const { return m_openFolderButton; }
    LanguageManager *languageManager() const { return m_language; }
    QString statusSummary() const;

public Q_SLOTS:
    void newDocument();
    bool openFile(const QString &path);
    void loadPresetNamed(const QString &name);
    bool save();
    bool saveAs();
    void generate();
    // Stops every running job without asking.
    void cancelJob();
    // Escape and Generate ▸ Cancel: asks first, naming the running jobs; true when they were
    // asked to stop.
    bool requestCancel();
    // Starts an export without asking (the dialog's result, or a test's request).
    void startExport(const ExportChoice &choice, const QString &path,
                     const CsvOptions &options = {});
    // Opens the export dialog preselected for `choice`; returns the dialog for tests when `show` is
    // false.
    void exportWithDialog(const ExportChoice &choice);
    void createImportActions();
    // Generate ▸ Set as Baseline, Clear Baseline and File ▸ Compare…, and the comparison's job
    // (main_window_compare.cpp).
    void createCompareActions();
    // File ▸ Export ▸ Report (PDF)… (main_window_report.cpp).
    void createReportActions();
    // Edit ▸ Add Column… and Edit ▸ Remove Column: a declared column of the scenario, added or
    // removed as an undoable edit (main_window_actions.cpp).
    void addColumnWithDialog();
    void fillRemoveColumnMenu();
    // View ▸ Presentation Mode: the dataset's pages full screen, starting at the page of the
    // current tab; the window itself is left as it is.
    void startPresentation();
    present::PresentationWindow *presentation() const;
    void showImported(const ImportedDataset &result);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createTabs();
    // Every text of the menus, actions, tabs and status bar (main_window_texts.cpp); called at
    // start-up and on each language change.
    void retranslateUi();
    void updateUndoTexts();
    // Opens the scenario file last opened or saved; the start preset when there is none or it
    // cannot be opened (then the status bar says why).
    void reopenLastScenario();
    bool maybeSave();
    void updateTitle();
    void updateStatus(double seconds);
    void showSummary();
    void open();
    void showAbout();
    void showPreferences();
    // Lists the quality report and the recommender's training in the job list while they run.
    void trackAnalysisJobs();
    void endJob(int &id);
    // "The previous dataset is kept" or "there is no dataset yet", after a cancelled job.
    QString keptDatasetText() const;
    void showExported(const QStringList &files, const QString &path);
    // The document's dataset as a side of a comparison, named by scenario, seed and time.
    CompareSide datasetSide() const;
    // A new dataset is compared with the baseline, when one is set.
    void followDatasetForComparison();
    // Hands memory freed by a replaced dataset back to the system (glibc keeps freed blocks of
    // worker threads' arenas otherwise).
    void releaseFreedMemory();
    // What a report or the presentation shows: the document's dataset and scenario, and the
    // baseline when one is set.
    report::ReportInput reportInput() const;

    StudioDocument *m_document;
    QTimer *m_releaseTimer; // releaseFreedMemory once the replaced dataset's holders let it go
    ScenarioEditorDock *m_editor;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    QualityTab *m_quality = nullptr;
    RecommenderView *m_recommender = nullptr;
    QWidget *m_recommenderPage = nullptr;
    DataTab *m_data;
    CompareTab *m_compare = nullptr;
    QTime m_datasetTime; // when the document's dataset was made or imported
    // For imported data: where from ("imported from …", for the metadata); empty when generated.
    QString m_datasetOrigin;
    GenerateJob *m_generate;
    ExportJob *m_export;
    JobStatusWidget *m_jobStatus;
    // The job list's ids of the running jobs; 0 = not running.
    int m_generateJobId = 0, m_importJobId = 0, m_exportJobId = 0, m_qualityJobId = 0,
        m_recJobId = 0, m_compareJobId = 0;
    QPointer<present::PresentationWindow> m_presentation; // while one is open
    QWidget *m_exportNotice = nullptr; // "Exported … to …" with an Open folder button
    QLabel *m_exportNoticeLabel = nullptr;
    QTimer *m_exportNoticeTimer = nullptr; // hides the notice a minute after the latest export
    QPushButton *m_openFolderButton = nullptr;
    QString m_exportedFolder;
    QLabel *m_summary;
    std::optional<double> m_generateSeconds; // of the dataset shown; none before the first
    RecentFiles *m_recent;
    LanguageManager *m_language;

    QAction *m_newAction, *m_openAction, *m_saveAction, *m_saveAsAction, *m_quitAction;
    QAction *m_exportAll, *m_exportTable, *m_exportSqlite, *m_exportMetadata;
    QAction *m_exportRelated = nullptr, *m_exportReport = nullptr;
    QAction *m_importFolderAction = nullptr, *m_importSqliteAction = nullptr;
    QAction *m_setBaselineAction = nullptr, *m_clearBaselineAction = nullptr,
            *m_compareAction = nullptr;
    ImportJob *m_import = nullptr;
    QAction *m_undoAction, *m_redoAction, *m_preferencesAction;
    QAction *m_addColumnAction = nullptr;
    QMenu *m_removeColumnMenu = nullptr;
    QAction *m_generateAction, *m_newSeedAction, *m_cancelAction, *m_presentAction, *m_aboutAction,
            *m_guideAction = nullptr;
    QActionGroup *m_languageGroup;
    QMenu *m_fileMenu, *m_recentMenu, *m_presetsMenu, *m_exportMenu, *m_editMenu, *m_viewMenu,
            *m_languageMenu, *m_generateMenu, *m_helpMenu;
    QToolBar *m_toolBar;
};

} // namespace pmis
