#include "app/studio/main_window.h"

#include "app/studio/language_manager.h"
#include "app/studio/recent_files.h"
#include "app/studio/studio_settings.h"
#include "app/studio/user_guide_dialog.h"
#include "core/scenario/scenario_json.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/rec/rec_job.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/report/report_exporter.h"
#include "widgets/studio/column_dialog.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/import_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/population_editor.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"
#include "widgets/studio/undo_key_router.h"
#include "widgets/studio/wheel_guard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pmis {

MainWindow::MainWindow(QWidget *parent, LanguageManager *language)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_document = new StudioDocument(this);
    m_releaseTimer = new QTimer(this);
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(0);
    connect(m_releaseTimer, &QTimer::timeout, this, &MainWindow::releaseFreedMemory);
    m_generate = new GenerateJob(this);
    m_export = new ExportJob(this);
    m_recent = new RecentFiles(this);
    m_language = language ? language : new LanguageManager(this);
    m_language->apply(); // before the first tr(), so the window is built in its language

    m_editor = new ScenarioEditorDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_editor);
    createTabs();
    createActions();
    createMenus();

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summary, 1);
    m_exportNotice = new QWidget(this);
    auto *notice = new QHBoxLayout(m_exportNotice);
    notice->setContentsMargins(0, 0, 0, 0);
    m_exportNoticeLabel = new QLabel(m_exportNotice);
    m_exportNoticeLabel->setTextFormat(Qt::PlainText);
    m_openFolderButton = new QPushButton(m_exportNotice);
    m_openFolderButton->setObjectName(QStringLiteral("openExportFolder"));
    notice->addWidget(m_exportNoticeLabel);
    notice->addWidget(m_openFolderButton);
    m_exportNotice->hide();
    statusBar()->addPermanentWidget(m_exportNotice);
    m_exportNoticeTimer = new QTimer(this);
    m_exportNoticeTimer->setSingleShot(true);
    m_exportNoticeTimer->setInterval(60000);
    connect(m_exportNoticeTimer, &QTimer::timeout, m_exportNotice, &QWidget::hide);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder));
        m_exportNotice->hide();
    });
    m_jobStatus = new JobStatusWidget(this);
    statusBar()->addPermanentWidget(m_jobStatus);
    connect(m_jobStatus, &JobStatusWidget::jobsChanged, this, [this] {
        m_cancelAction->setEnabled(m_jobStatus->jobCount() > 0);
        if (m_jobStatus->jobCount() == 0)
            releaseFreedMemory();
    });

    m_overview->followDocument(m_document);
    // The views' own computations are listed too when they take a while.
    m_jobStatus->follow(m_overview->job(), [] { return tr("Computing the overview"); });
    m_jobStatus->follow(m_overview->baselineJob(),
                        [] { return tr("Computing the baseline's overview"); });
    m_jobStatus->follow(m_data->queryJob(), [] { return tr("Filtering and sorting"); });
    m_jobStatus->follow(m_data->statsJob(), [] { return tr("Summarising the column"); });
    connect(m_document, &StudioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::datasetChanged, this, [this] {
        m_data->setDataset(m_document->dataset());
        endJob(m_qualityJobId);
        m_quality->setDataset(m_document->dataset(), m_document->datasetHasTargets()
                                                             ? &m_document->datasetScenario()
                                                             : nullptr);
        if (m_document->dataset())
            m_qualityJobId = m_jobStatus->begin([] { return tr("Checking quality"); },
                                                [this] {
                                                    // The tab drops the report it was computing.
                                                    m_quality->setDataset(nullptr, nullptr);
                                                    endJob(m_qualityJobId);
                                                    statusBar()->showMessage(
                                                            tr("Quality check cancelled."), 5000);
                                                });
        m_recommender->setDataset(m_document->dataset(), m_document->datasetScenario());
        followDatasetForComparison();
        // The replaced dataset is freed once no view or job holds it.
        m_releaseTimer->start();
    });
    connect(m_document, &StudioDocument::datasetRenamed, this, [this] {
        if (m_document->datasetHasTargets()) // the Quality header names the scenario anew
            m_quality->setDataset(m_document->dataset(), &m_document->datasetScenario());
    });
    trackAnalysisJobs();
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });

    connect(m_generate, &GenerateJob::started, this, [this] {
        m_generateJobId = m_jobStatus->begin([] { return tr("Generating"); },
                                             [this] { m_generate->cancel(); });
        m_generateAction->setEnabled(false);
        // The old dataset stays on view; its recommender model is dropped meanwhile.
        m_recommender->suspend();
        releaseFreedMemory();
    });
    connect(m_generate, &GenerateJob::progress, this,
            [this](double fraction, const QString &phase) {
                m_jobStatus->setProgress(m_generateJobId, fraction, phase);
            });
    connect(m_generate, &GenerateJob::finished, this,
            [this](std::shared_ptr<const Dataset> dataset, const Scenario &scenario,
                   double seconds) {
                endJob(m_generateJobId);
                m_generateAction->setEnabled(true);
                m_datasetOrigin.clear();
                m_document->setDataset(std::move(dataset), scenario);
                updateStatus(seconds);
            });
    connect(m_generate, &GenerateJob::failed, this, [this](const QString &message) {
        endJob(m_generateJobId);
        m_generateAction->setEnabled(true);
        m_recommender->resume();
        QMessageBox::critical(this, tr("Generate"),
                              tr("The dataset could not be generated:\n%1").arg(message));
    });
    connect(m_generate, &GenerateJob::cancelled, this, [this] {
        endJob(m_generateJobId);
        m_generateAction->setEnabled(true);
        m_recommender->resume();
        statusBar()->showMessage(tr("Generation cancelled; %1").arg(keptDatasetText()), 8000);
    });

    retranslateUi();
    reopenLastScenario();
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    // A first start, or a geometry saved on a larger screen, gets a window the screen holds with
    // its title bar and frame.
    const QSize available = screen()->availableGeometry().size() - QSize(16, 48);
    if (settings::windowGeometry.value().isEmpty())
        resize(QSize(1400, 900).boundedTo(available));
    else if (width() > available.width() || height() > available.height())
        resize(size().boundedTo(available));
    if (settings::windowState.value().isEmpty())
        resizeDocks({m_editor}, {460}, Qt::Horizontal);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document, its undo stack and the jobs are children, destroyed after this body: the undo
    // stack clears itself then and would call back into a window whose destructor already ran.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    m_generate->disconnect(this);
    m_export->disconnect(this);
    m_jobStatus->disconnect(this);
    m_quality->disconnect(this);
    m_compare->disconnect(this);
    m_compare->job()->disconnect(this);
    m_recommender->disconnect(this);
    if (m_import)
        m_import->disconnect(this);
}

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_overview = new OverviewTab(m_tabs);
    m_data = new DataTab(m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_data, QString());

    m_quality = new QualityTab(m_tabs);
    m_tabs->addTab(m_quality, QString());
    // The recommender's panels are taller than a 1024×640 screen leaves: its tab scrolls.
    auto *recommenderScroll = new QScrollArea(m_tabs);
    recommenderScroll->setObjectName(QStringLiteral("recommenderScroll"));
    recommenderScroll->setWidgetResizable(true);
    recommenderScroll->setFrameShape(QFrame::NoFrame);
    m_recommender = new RecommenderView(recommenderScroll);
    recommenderScroll->setWidget(m_recommender);
    m_tabs->addTab(recommenderScroll, QString());
    m_recommenderPage = recommenderScroll;
    m_compare = new CompareTab(m_tabs);
    m_tabs->addTab(m_compare, QString());
    setCentralWidget(m_tabs);
}

void MainWindow::createActions()
{
    // The texts are set by retranslateUi().
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    createImportActions();
    createCompareActions();
    createReportActions();
    m_exportAll = new QAction(this);
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAll, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::AllTables, "csv"});
    });
    m_exportTable = new QAction(this);
    connect(m_exportTable, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::CurrentTable, "csv"});
    });
    m_exportRelated = new QAction(this);
    connect(m_exportRelated, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::SelectionWithRelated, "csv"});
    });
    m_exportSqlite = new QAction(this);
    connect(m_exportSqlite, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::AllTables, "sqlite"});
    });
    m_exportMetadata = new QAction(this);
    connect(m_exportMetadata, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::AllTables, "json"});
    });

    // Undo and redo are our own actions (not QUndoStack::createUndoAction), so their "Undo %1"
    // prefix follows the interface language.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts(UndoKeyRouter::undoKeys());
    m_undoAction->setEnabled(stack->canUndo());
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(UndoKeyRouter::redoKeys());
    m_redoAction->setEnabled(stack->canRedo());
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    // The keys also work in the editor dock when it floats, and from inside a text field.
    m_editor->addAction(m_undoAction);
    m_editor->addAction(m_redoAction);
    qApp->installEventFilter(new UndoKeyRouter(stack, this, this));
    // The wheel scrolls the scrolling tabs too, not the controls the pointer passes over.
    qApp->installEventFilter(new WheelGuard(this, this));
    m_addColumnAction = new QAction(this);
    connect(m_addColumnAction, &QAction::triggered, this, &MainWindow::addColumnWithDialog);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_generateAction = new QAction(this);
    m_generateAction->setObjectName(QStringLiteral("generateAction"));
    m_generateAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_generateAction, &QAction::triggered, this, &MainWindow::generate);
    m_newSeedAction = new QAction(this);
    m_newSeedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_newSeedAction, &QAction::triggered, this, [this] {
        if (auto *editor = m_editor->findChild<PopulationEditor *>())
            editor->newSeed();
    });
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::requestCancel);

    m_presentAction = new QAction(this);
    m_presentAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence::FullScreen});
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::startPresentation);
    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Each language is named in its own script, so these names are never translated.
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        QAction *a = m_languageGroup->addAction(LanguageManager::displayName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_language->current());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_language->setLanguage(a->data().toString()); });
    connect(m_language, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recent->attach(m_recentMenu);
    m_presetsMenu = m_fileMenu->addMenu(QString());
    for (const auto &name : presetNames()) {
        const QString n = QString::fromStdString(name);
        m_presetsMenu->addAction(n, this, [this, n] {
            if (maybeSave())
                loadPresetNamed(n);
        });
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addAction(m_importSqliteAction);
    m_fileMenu->addAction(m_compareAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportAll);
    m_exportMenu->addAction(m_exportTable);
    m_exportMenu->addAction(m_exportRelated);
    m_exportMenu->addAction(m_exportSqlite);
    m_exportMenu->addAction(m_exportMetadata);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_exportReport);
    // A format registered beyond those above is offered under its own name.
    for (const Exporter *e : exporters()) {
        if (e->id == "csv" || e->id == "json" || e->id == "sqlite"
            || e->id == report::kReportExporterId)
            continue;
        const ExportChoice choice{e->scopes.front(), e->id};
        m_exportMenu->addAction(QString::fromStdString(e->name) + QStringLiteral("…"), this,
                                [this, choice] { exportWithDialog(choice); });
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addColumnAction);
    m_removeColumnMenu = m_editMenu->addMenu(QString());
    connect(m_removeColumnMenu, &QMenu::aboutToShow, this, &MainWindow::fillRemoveColumnMenu);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_editor->toggleViewAction());
    m_viewMenu->addAction(m_presentAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_generateMenu = menuBar()->addMenu(QString());
    m_generateMenu->addAction(m_generateAction);
    m_generateMenu->addAction(m_newSeedAction);
    m_generateMenu->addAction(m_cancelAction);
    m_generateMenu->addSeparator();
    m_generateMenu->addAction(m_setBaselineAction);
    m_generateMenu->addAction(m_clearBaselineAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_generateAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addAction(m_exportAll);
}

void MainWindow::trackAnalysisJobs()
{
    connect(m_quality, &QualityTab::reportReady, this, [this] { endJob(m_qualityJobId); });
    connect(m_quality, &QualityTab::progress, this, [this](double fraction, const QString &phase) {
        m_jobStatus->setProgress(m_qualityJobId, fraction, phase);
    });
    connect(m_recommender, &RecommenderView::busyChanged, this, [this](bool busy) {
        if (!busy) {
            endJob(m_recJobId);
            return;
        }
        if (m_recJobId)
            return;
        m_recJobId = m_jobStatus->begin(
                [] { return tr("Training the recommender"); },
                [this] {
                    // The view stops training when it is left without data.
                    m_recommender->setDataset(nullptr, m_document->datasetScenario());
                    statusBar()->showMessage(tr("Recommender training cancelled."), 5000);
                });
    });
    if (auto *training = m_recommender->findChild<RecJob *>())
        connect(training, &RecJob::progress, this, [this](double fraction, const QString &phase) {
            m_jobStatus->setProgress(m_recJobId, fraction, phase);
        });
}

void MainWindow::endJob(int &id)
{
    if (id)
        m_jobStatus->end(id);
    id = 0;
}

void MainWindow::releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — PMIS Dataset Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

} // namespace pmis
