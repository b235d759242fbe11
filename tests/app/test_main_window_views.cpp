// The main window's views at a projector's size and the scenario comparison it drives: every
// editor page fits the dock at 1280×720 in each language, Set as Baseline compares the next
// dataset in the Compare tab, and the question Cancel asks follows the jobs it names.
#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "core/scenario/scenario_json.h"
#include "tests/app/window_test_support.h"
#include "widgets/compare/compare_models.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/present/presentation_window.h"
#include "widgets/report/report_document.h"
#include "widgets/studio/export_job.h"
#include "widgets/studio/column_dialog.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QTimer>
#include <QToolBox>

using namespace pmis;

class TestMainWindowViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(QStringLiteral("studio-views-test")); }

    // At 1280×720 with the dock as wide as a first start makes it, no editor page scrolls
    // sideways.
    void editorPagesFitTheDockAt1280x720_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Hindi") << QStringLiteral("hi");
    }

    void editorPagesFitTheDockAt1280x720()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        // The choice is stored: the next tests start in English whatever happens here.
        const auto english = qScopeGuard([&] { languages.setLanguage(QStringLiteral("en")); });
        MainWindow window(nullptr, &languages);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resizeDocks({window.editorDock()}, {460}, Qt::Horizontal);
        QToolBox *pages = window.editorDock()->pages();
        for (int i = 0; i < pages->count(); ++i) {
            window.editorDock()->showPage(i);
            auto *scroll = qobject_cast<QScrollArea *>(pages->widget(i));
            QVERIFY(scroll);
            QTRY_VERIFY(scroll->isVisible());
            QTest::qWait(50);
            QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("page %1 (%2) scrolls %3 px sideways in %4 px")
                                        .arg(i)
                                        .arg(pages->itemText(i))
                                        .arg(scroll->horizontalScrollBar()->maximum())
                                        .arg(scroll->viewport()->width())));
        }
    }

    // Generate ▸ Set as Baseline, a changed knob, Generate: the Compare tab lists the knob and
    // the figures, and the comparison is listed as a job while it runs.
    void setAsBaselineComparesTheNextDataset()
    {
        MainWindow window;
        QAction *setBaseline = nullptr;
        QAction *clearBaseline = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("Set as &Baseline"))
                setBaseline = a;
            if (a->text() == QStringLiteral("C&lear Baseline"))
                clearBaseline = a;
        }
        if (!setBaseline || !clearBaseline)
            QFAIL("no Set as Baseline or Clear Baseline action");
        QVERIFY(!setBaseline->isEnabled()); // no dataset yet
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        QVERIFY(setBaseline->isEnabled());
        QVERIFY(!clearBaseline->isEnabled());
        setBaseline->trigger();
        QVERIFY(clearBaseline->isEnabled());
        QVERIFY(window.compareTab()->hasBaseline());

        Scenario s = window.document()->scenario();
        s.outcome.successRate = 0.01;
        QVERIFY(window.document()->applyEdit(QStringLiteral("rate"), s).isEmpty());
        QSignalSpy ready(window.compareTab(), &CompareTab::comparisonReady);
        QSignalSpy comparing(window.compareTab()->job(), &CompareJob::started);
        window.generate();
        QVERIFY(finished.wait(60000));
        QCOMPARE(comparing.count(), 1);
        QVERIFY(window.jobStatus()->jobTexts().join(u'|').contains(QStringLiteral("Comparing")));
        QVERIFY(ready.wait(60000));
        QCOMPARE(window.compareTab()->parameterModel()->rowCount(), 1);
        QVERIFY(window.compareTab()->figureModel()->rowCount() > 100);
        clearBaseline->trigger();
        QVERIFY(!window.compareTab()->hasBaseline());
        QVERIFY(!clearBaseline->isEnabled());
    }

    // File ▸ Export ▸ Report (PDF)… writes the report of the dataset shown, with the comparison
    // section while a baseline is set; the report is listed as a job while it is written.
    void reportOfTheDatasetWithItsBaseline()
    {
        MainWindow window;
        QAction *report = nullptr;
        QAction *setBaseline = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("Re&port (PDF)…"))
                report = a;
            if (a->text() == QStringLiteral("Set as &Baseline"))
                setBaseline = a;
        }
        if (!report || !setBaseline)
            QFAIL("no Report (PDF) or Set as Baseline action");
        QVERIFY(report->associatedObjects().size() >= 1); // in the Export menu
        QSignalSpy generated(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(generated.wait(60000));
        setBaseline->trigger();
        QVERIFY(window.compareTab()->hasBaseline());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy written(window.exportJob(), &ExportJob::finished);
        window.startExport({ExportScope::AllTables, "report"}, path, {});
        QVERIFY(window.jobStatus()->jobTexts().join(u'|').contains(QStringLiteral("Exporting")));
        QVERIFY(written.wait(180000));
        QCOMPARE(written.front().at(0).toStringList(), QStringList{path});
        QVERIFY(QFileInfo(path).size() > 10000);
        QVERIFY(!window.jobStatus()->jobTexts().join(u'|').contains(QStringLiteral("Exporting")));
        // The comparison with the baseline is in it: its page is the last section.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                        .contains(report::ReportDocument::sectionTitles(true).back()));
    }

    // View ▸ Presentation Mode opens the pages full screen at the current tab's page; Escape
    // leaves, and the window is exactly as it was: geometry, state, menus, tab.
    void presentationLeavesTheWindowAsItWas()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy generated(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(generated.wait(60000));
        window.tabs()->setCurrentWidget(window.compareTab());
        const QRect geometry = window.geometry();
        const QByteArray state = window.saveState();
        const Qt::WindowStates windowState = window.windowState();
        window.startPresentation();
        QPointer<present::PresentationWindow> show = window.presentation();
        if (!show)
            QFAIL("no presentation window");
        QVERIFY(show->isFullScreen());
        QSignalSpy ready(show.data(), &present::PresentationWindow::ready);
        QVERIFY(ready.wait(120000));
        // The Compare tab has no baseline here: its page is not shown, the first page is.
        QCOMPARE(show->currentIndex(), 0);
        QTest::keyClick(show.data(), Qt::Key_PageDown);
        QCOMPARE(show->currentPage(), present::PresentationWindow::Funnel);
        QTest::keyClick(show.data(), Qt::Key_Escape);
        QTRY_VERIFY(show.isNull()); // closed and deleted
        QCOMPARE(window.geometry(), geometry);
        QCOMPARE(window.saveState(), state);
        QCOMPARE(window.windowState(), windowState);
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(window.tabs()->currentWidget(), window.compareTab());
    }

    // While the question "Stop the running job(s)?" is open, the generation it names ends (here
    // it is cancelled another way) and no job is left: the question goes away by itself instead of
    // offering to stop what no longer runs, and nothing is stopped.
    void cancelQuestionGoesAwayWhenItsJobsEnd()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        test::makeLarge(window);
        QSignalSpy cancelled(window.generateJob(), &GenerateJob::cancelled);
        window.generate();
        QString asked;
        bool stillOpen = false;
        QTimer whileAsking; // looks for the question until it shows
        connect(&whileAsking, &QTimer::timeout, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            whileAsking.stop();
            asked = box->text();
            window.generateJob()->cancel();
        });
        QTimer giveUp; // the question did not go away: answer it so the test ends
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            stillOpen = true;
            box->reject();
        });
        whileAsking.start(10);
        giveUp.start(170000);
        QVERIFY(!window.requestCancel());
        QVERIFY2(asked.contains(QStringLiteral("Generating")), qPrintable(asked));
        QVERIFY(!stillOpen);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(window.jobStatus()->jobCount(), 0);
    }

    // The Add Column dialog builds the declared column typed in, and names a mistake under its
    // fields without closing.
    void addColumnDialogChecksWhatIsTyped()
    {
        auto scenario = loadPreset("demo-small");
        QVERIFY(scenario);
        AddColumnDialog dialog(*scenario);
        dialog.nameEdit()->setText(QStringLiteral("social_group"));
        dialog.valuesEdit()->setText(
                QStringLiteral("SC = 16.6, ST = 8.6, OBC = 42, General = abc"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY2(dialog.errorText().contains(QStringLiteral("General = abc")),
                 qPrintable(dialog.errorText()));
        dialog.valuesEdit()->setText(
                QStringLiteral("SC = 16.6, ST = 8.6, OBC = 42, General = 32.8"));
        dialog.nameEdit()->setText(QStringLiteral("Social Group"));
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("name"), Qt::CaseInsensitive),
                 qPrintable(dialog.errorText()));
        dialog.nameEdit()->setText(QStringLiteral("social_group"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ColumnDecl c = dialog.column();
        QCOMPARE(c.table, std::string("students"));
        QCOMPARE(c.law.kind, LawKind::Categorical);
        QCOMPARE(c.law.shares.shares.size(), std::size_t(4));
        QCOMPARE(c.law.shares.shares[3].label, std::string("General"));
        QCOMPARE(c.law.shares.shares[3].weight, 32.8);
        QCOMPARE(c.role, std::string("feature"));
        // A categorical column of students may name protected groups for the fairness views.
        QVERIFY(!dialog.protectedBox()->isHidden());
        dialog.protectedBox()->setChecked(true);
        QCOMPARE(dialog.column().role, std::string("protected"));
        // A range law shows its range and hides the values and the protected choice.
        dialog.lawBox()->setCurrentIndex(dialog.lawBox()->findData(int(LawKind::Integers)));
        QVERIFY(dialog.valuesEdit()->isHidden());
        QVERIFY(dialog.protectedBox()->isHidden());
        QCOMPARE(dialog.column().role, std::string("feature"));
        // Conditional: one list of values per tier; a tier without values leaves its rows empty.
        dialog.lawBox()->setCurrentIndex(dialog.lawBox()->findData(int(LawKind::Categorical)));
        QVERIFY(dialog.lawsTable()->isHidden());
        dialog.givenBox()->setCurrentIndex(
                dialog.givenBox()->findData(QStringLiteral("college_tier")));
        const std::vector<std::string> tiers = scenario->student.tiers.labels();
        QCOMPARE(dialog.lawsTable()->rowCount(), int(tiers.size()));
        QVERIFY(!dialog.lawsTable()->isHidden());
        QVERIFY(dialog.valuesEdit()->isHidden());
        dialog.nameEdit()->setText(QStringLiteral("hostel"));
        dialog.lawsTable()->item(0, 1)->setText(QStringLiteral("yes = 3, no = x"));
        dialog.setResult(QDialog::Rejected);
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("no = x")),
                 qPrintable(dialog.errorText()));
        dialog.lawsTable()->item(0, 1)->setText(QStringLiteral("yes = 3, no = 1"));
        dialog.lawsTable()->item(2, 1)->setText(QStringLiteral("yes, no"));
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ColumnDecl hostel = dialog.column();
        QCOMPARE(hostel.given, std::string("college_tier"));
        QCOMPARE(hostel.laws.size(), std::size_t(2));
        QCOMPARE(hostel.laws[0].first, tiers[0]);
        QCOMPARE(hostel.laws[0].second.shares.shares[0].weight, 3.0);
        QCOMPARE(hostel.emptyFor, std::vector<std::string>{tiers[1]});
        // A numeric law per condition is written in the scenario file, not here.
        dialog.lawBox()->setCurrentIndex(dialog.lawBox()->findData(int(LawKind::Integers)));
        dialog.setResult(QDialog::Rejected);
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Given:")),
                 qPrintable(dialog.errorText()));
        dialog.givenBox()->setCurrentIndex(0);
        QVERIFY(!dialog.minBox()->isHidden());
        // A column of outcomes is known only after the decision.
        dialog.tableBox()->setCurrentIndex(dialog.tableBox()->findData(QStringLiteral("outcomes")));
        dialog.nameEdit()->setText(QStringLiteral("days_to_reply"));
        dialog.minBox()->setValue(1);
        dialog.maxBox()->setValue(30);
        dialog.setResult(QDialog::Rejected);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.column().table, std::string("outcomes"));
        QCOMPARE(dialog.column().role, std::string("post_outcome"));
    }

    // Edit ▸ Add Column… adds the column as an undoable edit; it is generated, saved in the
    // scenario file, and removed by Edit ▸ Remove Column.
    void addedColumnIsGeneratedSavedAndUndone()
    {
        MainWindow window;
        QAction *add = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Add &Column…"))
                add = a;
        if (!add)
            QFAIL("no Add Column… action");
        QString typed;
        QTimer fill; // fills the dialog once it shows
        fill.setSingleShot(true);
        connect(&fill, &QTimer::timeout, &window, [&typed] {
            auto *dialog = qobject_cast<AddColumnDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->tableBox()->setCurrentIndex(
                    dialog->tableBox()->findData(QStringLiteral("students")));
            dialog->nameEdit()->setText(QStringLiteral("age"));
            dialog->lawBox()->setCurrentIndex(dialog->lawBox()->findData(int(LawKind::Integers)));
            dialog->minBox()->setValue(21);
            dialog->maxBox()->setValue(24);
            dialog->accept();
            typed = dialog->errorText();
        });
        fill.start(0);
        add->trigger();
        QVERIFY2(typed.isEmpty(), qPrintable(typed));
        StudioDocument *document = window.document();
        QCOMPARE(document->scenario().columns.size(), std::size_t(1));
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Add column students.age"));

        QSignalSpy generated(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(generated.wait(60000));
        const Column *age = document->dataset()->students.find("age");
        if (!age)
            QFAIL("the generated students have no age column");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("with-age.pmis.json"));
        QVERIFY(document->save(path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"age\""));

        // Saving under a new name renamed the scenario, a step of its own; then the column.
        while (document->undoStack()->canUndo()
               && !document->undoStack()->undoText().startsWith(QStringLiteral("Add column")))
            document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(document->scenario().columns.empty());
        document->undoStack()->redo();
        QCOMPARE(document->scenario().columns.size(), std::size_t(1));
        // Edit ▸ Remove Column lists it; choosing it removes it, undoably.
        QMenu *remove = nullptr;
        for (QMenu *m : window.findChildren<QMenu *>())
            if (m->title() == QStringLiteral("Re&move Column"))
                remove = m;
        if (!remove)
            QFAIL("no Remove Column menu");
        Q_EMIT remove->aboutToShow();
        QCOMPARE(remove->actions().size(), 1);
        QCOMPARE(remove->actions().front()->text(), QStringLiteral("students.age"));
        remove->actions().front()->trigger();
        QVERIFY(document->scenario().columns.empty());
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Remove column students.age"));
    }

    // A format registered at start-up is in the Export menu and the export dialog under its own
    // name, and the export job writes it: a format is added in one place. (Last: the registry
    // keeps it for the rest of the program.)
    void registeredFormatIsOffered()
    {
        Exporter lines;
        lines.id = "tablenames";
        lines.name = "Table names";
        lines.description = "the tables' names, a line each";
        lines.extension = ".txt";
        lines.defaultName = "tables.txt";
        lines.writesRows = false;
        lines.usesQualityReport = false;
        lines.write = [](const ExportInput &input, const std::string &path,
                         const ProgressFn &) -> Result<std::vector<WrittenFile>> {
            QFile file(QString::fromStdString(path));
            if (!file.open(QIODevice::WriteOnly))
                return Status::error(path + ": cannot write");
            for (const Table *t : input.data->tables())
                file.write(QByteArray::fromStdString(t->name + "\n"));
            return std::vector<WrittenFile>{{path, 0, 0, {}}};
        };
        QVERIFY(registerExporter(lines));
        MainWindow window;
        QAction *entry = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Table names…"))
                entry = a;
        if (!entry)
            QFAIL("no Table names… entry in the Export menu");
        QSignalSpy generated(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(generated.wait(60000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tables.txt"));
        QSignalSpy written(window.exportJob(), &ExportJob::finished);
        window.startExport({ExportScope::AllTables, "tablenames"}, path, {});
        QVERIFY(written.wait(60000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("students\n"));
    }
};

QTEST_MAIN(TestMainWindowViews)
#include "test_main_window_views.moc"
