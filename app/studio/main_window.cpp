#include "app/studio/main_window.h"

#include "app/studio/user_guide_dialog.h"

#include "app/studio/language_manager.h"
#include "app/studio/recent_files.h"
#include "app/studio/studio_settings.h"
#include "app/studio/user_guide_dialog.h"
#include "core/scenario/scenario_json.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/population_editor.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace pmis {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_document = new StudioDocument(this);
    m_generate = new GenerateJob(this);
    m_export = new ExportJob(this);
    m_recent = new RecentFiles(this);
    m_language = new LanguageManager(this);

    m_editor = new ScenarioEditorDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_editor);
    createTabs();
    createActions();
    createMenus();

    m_summary = new QLabel(tr("No dataset yet: press F5 to generate."), this);
    statusBar()->addWidget(m_summary, 1);
    m_jobStatus = new JobStatusWidget(this);
    statusBar()->addPermanentWidget(m_jobStatus);

    connect(m_document, &StudioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::datasetChanged, this, [this] {
        m_overview->setDataset(m_document->dataset());
        m_data->setDataset(m_document->dataset());
        m_quality->setDataset(m_document->dataset(), m_document->datasetHasTargets()
                                                             ? &m_document->datasetScenario()
                                                             : nullptr);
        m_recommender->setDataset(m_document->dataset(), m_document->datasetScenario());
    });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_jobStatus, &JobStatusWidget::cancelRequested, this, &MainWindow::cancelJob);

    connect(m_generate, &GenerateJob::started, this, [this] {
        m_jobStatus->begin(tr("Generating"));
        m_generateAction->setEnabled(false);
        m_cancelAction->setEnabled(true);
    });
    connect(m_generate, &GenerateJob::progress, m_jobStatus, &JobStatusWidget::setProgress);
    connect(m_generate, &GenerateJob::finished, this,
            [this](std::shared_ptr<const Dataset> dataset, const Scenario &scenario,
                   double seconds) {
                m_jobStatus->end();
                m_generateAction->setEnabled(true);
                m_cancelAction->setEnabled(false);
                m_document->setDataset(std::move(dataset), scenario);
                updateStatus(seconds);
            });
    connect(m_generate, &GenerateJob::failed, this, [this](const QString &message) {
        m_jobStatus->end();
        m_generateAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        QMessageBox::critical(this, tr("Generate"),
                              tr("The dataset could not be generated:\n%1").arg(message));
    });
    connect(m_generate, &GenerateJob::cancelled, this, [this] {
        m_jobStatus->end();
        m_generateAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        statusBar()->showMessage(tr("Generation cancelled; the previous dataset is kept."), 5000);
    });

    m_language->apply();
    const auto preset = loadPreset(settings::startPreset.value().toStdString());
    m_document->reset(preset ? *preset : Scenario{});
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    if (settings::windowGeometry.value().isEmpty())
        resize(1400, 900);
    if (settings::windowState.value().isEmpty())
        resizeDocks({m_editor}, {460}, Qt::Horizontal);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_overview = new OverviewTab(m_tabs);
    m_data = new DataTab(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_data, tr("Data"));

    m_quality = new QualityTab(m_tabs);
    m_tabs->addTab(m_quality, tr("Quality"));
    m_recommender = new RecommenderView(m_tabs);
    m_tabs->addTab(m_recommender, tr("Recommender"));
    setCentralWidget(m_tabs);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_exportAll = new QAction(tr("All Tables as &CSV…"), this);
    m_exportAll->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAll, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Kind::AllTablesCsv); });
    m_exportTable = new QAction(tr("Current &Table as Shown…"), this);
    connect(m_exportTable, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Kind::CurrentTableCsv); });
    m_exportSqlite = new QAction(tr("&SQLite Database…"), this);
    connect(m_exportSqlite, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Kind::SqliteDatabase); });
    m_exportMetadata = new QAction(tr("&Metadata JSON…"), this);
    connect(m_exportMetadata, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Kind::MetadataJson); });

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_generateAction = new QAction(tr("&Generate"), this);
    m_generateAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_generateAction->setToolTip(tr("Generate the dataset (F5)"));
    connect(m_generateAction, &QAction::triggered, this, &MainWindow::generate);
    m_newSeedAction = new QAction(tr("New &Seed"), this);
    m_newSeedAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_newSeedAction, &QAction::triggered, this, [this] {
        if (auto *editor = m_editor->findChild<PopulationEditor *>())
            editor->newSeed();
    });
    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelJob);

    m_fullScreenAction = new QAction(tr("&Presentation Mode"), this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_guideAction = new QAction(tr("&User Guide"), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    m_aboutAction = new QAction(tr("&About PMIS Dataset Studio"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        QAction *a = m_languageGroup->addAction(LanguageManager::displayName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_language->current());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_language->setLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    m_recent->attach(recent);
    QMenu *presets = file->addMenu(tr("&Presets"));
    for (const auto &name : presetNames()) {
        const QString n = QString::fromStdString(name);
        presets->addAction(n, this, [this, n] {
            if (maybeSave())
                loadPresetNamed(n);
        });
    }
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_exportAll);
    exportMenu->addAction(m_exportTable);
    exportMenu->addAction(m_exportSqlite);
    exportMenu->addAction(m_exportMetadata);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_editor->toggleViewAction());
    view->addAction(m_fullScreenAction);
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions(m_languageGroup->actions());

    QMenu *gen = menuBar()->addMenu(tr("&Generate"));
    gen->addAction(m_generateAction);
    gen->addAction(m_newSeedAction);
    gen->addAction(m_cancelAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_aboutAction);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("MainToolBar"));
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_generateAction);
    tools->addAction(m_cancelAction);
    tools->addAction(m_exportAll);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — PMIS Dataset Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

} // namespace pmis
