#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "tests/app/window_test_support.h"
#include "app/studio/recent_files.h"
#include "app/studio/studio_settings.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/quality/quality_report.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/quality/quality_view.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/background_job.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/import_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/numbers_editor.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/population_editor.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"
#include "widgets/studio/undo_key_router.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QLineEdit>
#include <QScrollArea>
#include <QSemaphore>
#include <QThread>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpontaneKeyEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace pmis;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(QStringLiteral("studio-test")); }

    void opensWithPresetGeneratesAndExports()
    {
        MainWindow window;
        window.show();
        QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                 QStringLiteral("pmis-2025"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("pmis-2025")));
        QVERIFY(!window.isWindowModified());

        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        QSignalSpy overview(window.overviewTab(), &OverviewTab::updated);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5); // Generate ▸ Generate
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.dataTab()->currentTableName(), QStringLiteral("students"));
        QCOMPARE(window.dataTab()->model()->rowCount(), 5000);
        QVERIFY(window.statusSummary().contains(QStringLiteral("seed 42")));
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() == 1, 20000);

        // The Quality tab checks the new dataset: every check of pmis-2025 passes or warns.
        QSignalSpy quality(window.qualityTab(), &QualityTab::reportReady);
        QTRY_VERIFY_WITH_TIMEOUT(quality.count() >= 1
                                         || window.qualityTab()->view()->model()->rowCount() > 0,
                                 180000);
        QAbstractItemModel *checks = window.qualityTab()->view()->model();
        QVERIFY(checks->rowCount() > 100);
        window.qualityTab()->view()->setStatusVisible(quality::CheckStatus::Pass, false);
        window.qualityTab()->view()->setStatusVisible(quality::CheckStatus::Warn, false);
        QCOMPARE(checks->rowCount(), 0); // no failing check
        // The Recommender tab trains on the new dataset.
        QTRY_VERIFY_WITH_TIMEOUT(window.recommenderView()->isReady(), 180000);

        QTemporaryDir dir;
        QSignalSpy exported(window.exportJob(), &ExportJob::finished);
        const QString folder = dir.filePath(QStringLiteral("export"));
        window.startExport({ExportScope::AllTables, "csv"}, folder);
        QVERIFY(exported.wait(180000));
        for (const char *t : {"companies", "students", "internships", "interactions", "outcomes"})
            QVERIFY(QFile::exists(QDir(folder).filePath(QString::fromStdString(csvFileName(t)))));
        QVERIFY(QFile::exists(QDir(folder).filePath(QString::fromLatin1(kMetadataFileName))));

        // Shown rows with their related rows: rural Tier-3 students, their interactions and
        // outcomes, and the internships and companies those involve; no key dangles.
        QSignalSpy filtered(window.dataTab(), &DataTab::queryFinished);
        window.dataTab()->applyFilter(
                QStringLiteral("rural_urban = \"rural\" and college_tier = \"Tier-3\""));
        QVERIFY(filtered.wait(20000));
        const auto shown = window.dataTab()->shownRows();
        QVERIFY(shown && shown->size() > 500 && shown->size() < 1200);
        const QString selection = dir.filePath(QStringLiteral("selection"));
        window.startExport({ExportScope::SelectionWithRelated, "csv"}, selection);
        QVERIFY(exported.wait(180000));
        auto subset = importDataset(selection.toStdString());
        QVERIFY2(subset.isOk(), subset.error().c_str());
        QCOMPARE(subset->data.students.rowCount(), shown->size());
        QVERIFY(subset->isSelection);
        auto report = quality::computeQuality(subset->data, nullptr);
        QVERIFY(report.isOk());
        for (const quality::Check &c : report->checks)
            if (QString::fromStdString(c.id).startsWith(QLatin1String("fk.")))
                QVERIFY2(c.status == quality::CheckStatus::Pass, c.id.c_str());

        // File ▸ Import brings the exported folder back as the current dataset.
        QSignalSpy imported(window.importJob(), &ImportJob::finished);
        window.importFrom(folder);
        QVERIFY(imported.wait(180000));
        QTRY_COMPARE(window.dataTab()->model()->rowCount() > 0, true);
        QCOMPARE(window.document()->dataset()->interactions.rowCount(), std::size_t(50000));
        QVERIFY(window.document()->datasetHasTargets());
    }

    // Every view works on a 1024×640 screen with the editor dock shown: tall content scrolls, and
    // no fixed minimums add up past the screen.
    void fitsA1024By640Screen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        QSignalSpy overview(window.overviewTab(), &OverviewTab::updated);
        QSignalSpy quality(window.qualityTab(), &QualityTab::reportReady);
        window.generate();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() == 1 && quality.count() == 1, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(window.recommenderView()->isReady(), 180000);
        QVERIFY(window.editorDock()->isVisible() && !window.editorDock()->isFloating());

        const QSize screen(1024, 640);
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum %1×%2")
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        window.resize(screen);
        QTRY_COMPARE(window.size(), screen);
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.rect().contains(window.statusBar()->geometry()));

        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QWidget *tab = window.tabs()->currentWidget();
            QTRY_VERIFY(tab->isVisible());
            const QSize need = tab->minimumSizeHint().expandedTo(tab->minimumSize());
            QVERIFY2(need.width() <= tab->width() && need.height() <= tab->height(),
                     qPrintable(QStringLiteral("tab %1 needs %2×%3, has %4×%5")
                                        .arg(i)
                                        .arg(need.width())
                                        .arg(need.height())
                                        .arg(tab->width())
                                        .arg(tab->height())));
        }
        // The wheel over an Overview chart scrolls the dashboard.
        window.tabs()->setCurrentWidget(window.overviewTab());
        auto *dashboard = window.overviewTab()->findChild<QScrollArea *>();
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->verticalScrollBar()->maximum() > 0);
        QWidget *chart = window.overviewTab()->charts().front();
        const QPointF at(chart->width() / 2.0, chart->height() / 2.0);
        QWheelEvent wheel(at, chart->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&wheel);
        QApplication::sendEvent(chart, &wheel);
        QVERIFY(dashboard->verticalScrollBar()->value() > 0);

        // An editor page wider or taller than the dock scrolls; nothing is cut off.
        QToolBox *pages = window.editorDock()->pages();
        for (int i = 0; i < pages->count(); ++i) {
            auto *scroll = qobject_cast<QScrollArea *>(pages->widget(i));
            QVERIFY(scroll);
            QVERIFY(scroll->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
            QVERIFY(scroll->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
        }
    }

    // Undo and redo reach the document with the platform's keys, Ctrl+Y and Ctrl+Shift+Z while
    // focus stays in the field just edited; typing not yet applied is undone in the field first.
    void undoRedoFromAFocusedField()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editorDock()->showPage(0);
        QDoubleSpinBox *students = nullptr;
        for (auto *editor : window.editorDock()->findChildren<NumbersEditor *>())
            if (!students)
                students = editor->spinBox(QStringLiteral("Students"));
        if (!students)
            QFAIL("no Students field");
        const auto count = [&] { return window.document()->scenario().students; };
        QCOMPARE(count(), std::int64_t(5000));

        students->setFocus();
        QTRY_VERIFY(students->hasFocus());
        QTest::keyClick(students, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(students, QStringLiteral("6000"));
        QTest::keyClick(students, Qt::Key_Return);
        QCOMPARE(count(), std::int64_t(6000));
        QVERIFY(students->hasFocus());

        // Typing not yet applied: the first Ctrl+Z restores the field, the next the document.
        QTest::keyClick(students, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(students, QStringLiteral("7"));
        QVERIFY(UndoKeyRouter::hasPendingEdit(students));
        QTest::keyClick(students, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(), std::int64_t(6000));
        QCOMPARE(students->value(), 6000.0);
        QVERIFY(!UndoKeyRouter::hasPendingEdit(students));

        QTest::keyClick(students, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(), std::int64_t(5000));
        QCOMPARE(students->value(), 5000.0);
        QTest::keyClick(students, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(count(), std::int64_t(6000));
        QTest::keySequence(students, QKeySequence::Undo);
        QCOMPARE(count(), std::int64_t(5000));
        QTest::keyClick(students, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(count(), std::int64_t(6000));
        QTest::keySequence(students, QKeySequence::Redo); // nothing left to redo
        QCOMPARE(count(), std::int64_t(6000));
        QVERIFY(students->hasFocus());

        // A line edit: the scenario's name.
        auto *population = window.editorDock()->findChild<PopulationEditor *>();
        QVERIFY(population);
        auto *name = population->findChild<QLineEdit *>();
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("pmis-2025"));
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("renamed"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                 QStringLiteral("renamed"));
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                 QStringLiteral("pmis-2025"));
        QCOMPARE(name->text(), QStringLiteral("pmis-2025"));
        QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                 QStringLiteral("renamed"));
        QCOMPARE(name->text(), QStringLiteral("renamed"));
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier); // back to the seed edit of 6000
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(), std::int64_t(5000));
    }

    void titleShowsModifiedMark()
    {
        MainWindow window;
        Scenario s = window.document()->scenario();
        s.seed = 1234;
        QVERIFY(window.document()->applyEdit(QStringLiteral("seed"), s).isEmpty());
        QVERIFY(window.isWindowModified());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setFocus();
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(window.document()->scenario().seed, std::uint64_t(42));
        QVERIFY(!window.isWindowModified());
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(window.document()->scenario().seed, std::uint64_t(1234));
    }

    // The undo stack clears itself when the document (a child) goes, after the window's destructor:
    // it must no longer reach the window then.
    void destroyedWindowIsNotCalledBack()
    {
        auto *window = new MainWindow;
        Scenario s = window->document()->scenario();
        s.seed = 77;
        QVERIFY(window->document()->applyEdit(QStringLiteral("seed"), s).isEmpty());
        QUndoStack *stack = window->document()->undoStack();
        QVERIFY(stack->canUndo());
        bool reachesWindow = false;
        connect(stack, &QObject::destroyed, this,
                [&] { reachesWindow = QObject::disconnect(stack, nullptr, window, nullptr); });
        delete window;
        QVERIFY(!reachesWindow);
    }

    void recentFilesKeepTheNewestTen()
    {
        RecentFiles recent;
        recent.clear();
        for (int i = 0; i < 12; ++i)
            recent.add(QStringLiteral("/tmp/s%1.pmis.json").arg(i));
        recent.add(QStringLiteral("/tmp/s5.pmis.json"));
        const QStringList files = recent.files();
        QCOMPARE(files.size(), 10);
        QCOMPARE(files.front(), QStringLiteral("/tmp/s5.pmis.json"));
        QCOMPARE(files.at(1), QStringLiteral("/tmp/s11.pmis.json"));
        QVERIFY(!files.contains(QStringLiteral("/tmp/s0.pmis.json")));
        QCOMPARE(files.count(QStringLiteral("/tmp/s5.pmis.json")), 1);
    }

    void languageChoiceIsStored()
    {
        LanguageManager language;
        QCOMPARE(language.current(), QStringLiteral("en"));
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        QCOMPARE(settings::language.value(), QStringLiteral("hi"));
        QCOMPARE(language.current(), QStringLiteral("hi"));
        QVERIFY(!language.setLanguage(QStringLiteral("xx")));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
    }

    // Clicks the button named `text` of the next modal dialog, once it shows.
    static void answerNextDialog(const QString &text, bool *asked)
    {
        auto *timer = new QTimer(qApp); // deleted once it has fired
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, timer, &QObject::deleteLater);
        QObject::connect(timer, &QTimer::timeout, qApp, [text, asked] {
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget(), 5000);
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *asked = true;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == text) {
                    b->click();
                    return;
                }
            QFAIL("no such button");
        });
        timer->start(0);
    }

    void jobListShowsARunningGenerationAndCancelsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::makeLarge(window);
        QSignalSpy cancelled(window.generateJob(), &GenerateJob::cancelled);
        window.generate();
        JobStatusWidget *jobs = window.jobStatus();
        QCOMPARE(jobs->jobCount(), 1);
        QVERIFY(jobs->isVisible());
        QVERIFY(jobs->jobTexts().front().startsWith(QStringLiteral("Generating")));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->text().contains(QLatin1Char('%')), 20000);

        // The list opens from the status bar; its row's Cancel stops the generation.
        QTest::mouseClick(jobs->listButton(), Qt::LeftButton);
        QTRY_VERIFY(jobs->jobList()->isVisible());
        QPushButton *cancel = nullptr;
        for (QPushButton *b : jobs->jobList()->findChildren<QPushButton *>())
            if (b->isVisible() && b->text() == QStringLiteral("Cancel"))
                cancel = b;
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(cancelled.wait(180000));
        QTRY_COMPARE(jobs->jobCount(), 0);
        QVERIFY(!jobs->isVisible());
        QVERIFY(!window.document()->dataset());
        // There was no dataset before: the message does not promise one is kept.
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("no dataset yet")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("kept")));
    }

    // A view's own computation is listed only once it has run a while (a short one would only
    // flash in the status bar), keeps one entry when a newer run supersedes it, and leaves the
    // list when it ends; a cancellable one stops from its Cancel.
    void followedJobIsListedWhenItTakesAWhile()
    {
        JobStatusWidget jobs;
        BackgroundJob quick(JobKind::Table);
        BackgroundJob slow(JobKind::Table, nullptr, BackgroundJob::WhileRunning::Supersede);
        jobs.follow(
                &quick, [] { return QStringLiteral("Quick"); }, false, 300);
        jobs.follow(
                &slow, [] { return QStringLiteral("Slow"); }, true, 50);
        QSignalSpy quickDone(&quick, &BackgroundJob::finished);
        quick.start([](const ProgressFn &, std::string &) -> std::any { return 1; });
        QVERIFY(quickDone.wait(10000));
        QTest::qWait(400);
        QCOMPARE(jobs.jobCount(), 0);

        // Runs until cancelled, reporting progress.
        const auto untilCancelled = [](const ProgressFn &progress, std::string &) -> std::any {
            while (progress(0.25, "rows"))
                QThread::msleep(5);
            return {};
        };
        QSignalSpy cancelled(&slow, &BackgroundJob::cancelled);
        slow.start(untilCancelled);
        QTRY_COMPARE(jobs.jobCount(), 1);
        slow.start(untilCancelled); // supersedes the first run
        QTest::qWait(200);
        QCOMPARE(jobs.jobCount(), 1);
        QTRY_VERIFY(jobs.jobTexts().front().contains(QStringLiteral("25")));
        QVERIFY(jobs.jobTexts().front().startsWith(QStringLiteral("Slow")));
        QVERIFY(jobs.cancel(jobs.jobIds().front()));
        QVERIFY(cancelled.wait(10000));
        QCOMPARE(jobs.jobCount(), 0);
    }

    // The Overview's and the Data tab's computations are followed by the window's job list.
    void viewsComputationsAreFollowed()
    {
        MainWindow window;
        auto *overview = window.findChild<OverviewTab *>();
        QVERIFY(overview);
        // Listed once it has run a while: hold the overview's pool until then.
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!overview->job()->isRunning(), 60000);
        BackgroundJob *job = overview->job();
        QSemaphore release;
        job->start([&release](const ProgressFn &, std::string &) -> std::any {
            release.acquire();
            return {};
        });
        QTRY_VERIFY_WITH_TIMEOUT(window.jobStatus()->jobTexts().join(u'|').contains(
                                         QStringLiteral("Computing the overview")),
                                 10000);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobStatus()->jobTexts().join(u'|').contains(
                                         QStringLiteral("Computing the overview")),
                                 10000);
    }

    void listsTheQualityReportAndTheRecommenderUntilTheyEnd()
    {
        MainWindow window;
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        // The generation has ended, the work on its dataset has not: both are listed.
        const QStringList texts = window.jobStatus()->jobTexts();
        QVERIFY2(texts.size() == 2, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.at(0).startsWith(QStringLiteral("Checking quality")));
        QVERIFY(texts.at(1).startsWith(QStringLiteral("Training the recommender")));
        QTRY_VERIFY_WITH_TIMEOUT(window.jobStatus()->jobCount() == 0, 180000);
        QVERIFY(window.recommenderView()->isReady());
        QVERIFY(window.qualityTab()->view()->model()->rowCount() > 0);
    }

    void escapeAsksBeforeCancelling()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        const auto before = window.document()->dataset();
        test::makeLarge(window);
        QSignalSpy cancelled(window.generateJob(), &GenerateJob::cancelled);
        window.generate();
        QVERIFY(window.generateJob()->isRunning());

        // The action Escape triggers.
        QAction *escape = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(Qt::Key_Escape)))
                escape = a;
        QVERIFY(escape);
        QVERIFY(escape->isEnabled());

        // Escape asks; "Keep Running" leaves the generation alone.
        bool asked = false;
        answerNextDialog(QStringLiteral("Keep Running"), &asked);
        escape->trigger();
        QVERIFY(asked);
        QTest::qWait(100);
        QVERIFY(window.generateJob()->isRunning());
        QCOMPARE(cancelled.count(), 0);

        // Escape and "Stop" cancel it; the dataset shown before stays.
        asked = false;
        answerNextDialog(QStringLiteral("Stop"), &asked);
        escape->trigger();
        QVERIFY(asked);
        QVERIFY(cancelled.wait(180000));
        QCOMPARE(window.document()->dataset(), before);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("previous dataset is kept")), qPrintable(message));
    }

    void exportsATableIntoAMissingFolderAndSaysWhere()
    {
        MainWindow window;
        window.show();
        QSignalSpy generated(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(generated.wait(60000));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("not/yet"));
        const QString path = QDir(folder).filePath(QStringLiteral("enhanced_students.csv"));
        QSignalSpy exported(window.exportJob(), &ExportJob::finished);
        QSignalSpy failed(window.exportJob(), &ExportJob::failed);
        window.startExport({ExportScope::CurrentTable, "csv"}, path);
        QVERIFY(window.jobStatus()
                        ->jobTexts()
                        .join(QLatin1Char('|'))
                        .contains(QStringLiteral("Exporting")));
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() + failed.count() == 1, 180000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(QFile::exists(path));
        QCOMPARE(window.exportedFolder(), QFileInfo(path).absolutePath());
        QVERIFY(window.openFolderButton()->isVisible());
        auto *notice = window.openFolderButton()->parentWidget()->findChild<QLabel *>();
        QVERIFY(notice);
        QVERIFY2(notice->toolTip().contains(
                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                 qPrintable(notice->toolTip()));
        QVERIFY(notice->text().contains(QStringLiteral("1 file")));
    }

    void cancelKeepsThePreviousDataset()
    {
        MainWindow window;
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(window.recommenderView()->isReady(), 120000);
        const auto before = window.document()->dataset();
        test::makeLarge(window);
        QSignalSpy cancelled(window.generateJob(), &GenerateJob::cancelled);
        window.generate();
        // While the new dataset is made, the old one's recommender model is released...
        QVERIFY(!window.recommenderView()->isReady());
        QVERIFY(!window.recommenderView()->recommender());
        window.cancelJob();
        QVERIFY(cancelled.wait(180000));
        QCOMPARE(window.document()->dataset(), before);
        QCOMPARE(window.dataTab()->model()->rowCount(), 5000);
        // ... and trained again on the kept dataset when the generation is cancelled.
        QTRY_VERIFY_WITH_TIMEOUT(window.recommenderView()->isReady(), 120000);
    }
    // After Save As the Quality header names the scenario by its new name, as the title bar does.
    void qualityNamesTheSavedScenario()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        QSignalSpy quality(window.qualityTab(), &QualityTab::reportReady);
        window.generate();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(quality.count() >= 1, 180000);
        const auto header = [&] {
            for (auto *l : window.qualityTab()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("targets of scenario")))
                    return l->text();
            return QString();
        };
        QVERIFY2(header().contains(QStringLiteral("pmis-2025")), qPrintable(header()));
        const int reports = quality.count();
        QVERIFY(window.document()
                        ->save(dir.filePath(QStringLiteral("night-run.pmis.json")))
                        .isEmpty());
        QVERIFY(window.windowTitle().contains(QStringLiteral("night-run")));
        QTRY_VERIFY_WITH_TIMEOUT(quality.count() > reports, 180000);
        QVERIFY2(header().contains(QStringLiteral("night-run")), qPrintable(header()));
        QCOMPARE(window.document()->datasetScenario().name, std::string("night-run"));
    }

    // A restart reopens the scenario file last saved, under its new name; when that file is gone,
    // the preset opens and the status bar says why.
    void restartReopensTheLastScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evening-run.pmis.json"));
        {
            MainWindow window;
            Scenario s = window.document()->scenario();
            s.seed = 4321;
            QVERIFY(window.document()->applyEdit(QStringLiteral("seed"), s).isEmpty());
            QVERIFY(window.document()->save(path).isEmpty()); // as Save As does, without a dialog
            s = window.document()->scenario();
            s.seed = 4322;
            QVERIFY(window.document()->applyEdit(QStringLiteral("seed"), s).isEmpty());
            QVERIFY(window.save());
            QVERIFY(window.windowTitle().contains(QStringLiteral("evening-run")));
        }
        {
            MainWindow window;
            QCOMPARE(window.document()->filePath(), path);
            QCOMPARE(window.document()->scenario().name, std::string("evening-run"));
            QCOMPARE(window.document()->scenario().seed, std::uint64_t(4322));
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().contains(QStringLiteral("evening-run")));
        }
        QVERIFY(QFile::remove(path));
        {
            MainWindow window;
            QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                     QStringLiteral("pmis-2025"));
            QVERIFY(window.document()->filePath().isEmpty());
            QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
            const QString message = window.statusBar()->currentMessage();
            QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        }
        settings::lastScenario.setValue(QString()); // the other tests start from the preset
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
