// The Recommender tab offscreen: training off the GUI thread, the student view with explanations,
// the employer view with fair re-ranking and its charts, the audit and evaluation jobs (finish and
// cancel), and retraining when the collaborative method changes. An unknown ID is reported at its
// field and clears the results; reasons, calibration and method names follow the language (in
// English exactly as the command line words them); the tab fits 1280×720 beside the editor.
#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "app/studio/studio_settings.h"
#include "core/gen/generator.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "core/scenario/scenario_json.h"
#include "widgets/rec/rec_chart.h"
#include "widgets/rec/rec_employer_panel.h"
#include "widgets/rec/rec_evaluation_panel.h"
#include "widgets/rec/rec_job.h"
#include "widgets/rec/rec_student_panel.h"
#include "widgets/rec/recommender_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

using namespace pmis;

namespace {

bool hasDevanagari(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

// Types an ID into an editable combobox and confirms it with Return.
void typeId(QComboBox *combo, const QString &id)
{
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), id);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
}

} // namespace

class TestRecView : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data;
    Scenario m_scenario;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PMIS-test"));
        QCoreApplication::setApplicationName(QStringLiteral("rec-view-test"));
        QSettings().clear();
        m_scenario = loadPreset("demo-small").takeValue();
        m_data = std::make_shared<const Dataset>(generateDataset(m_scenario).takeValue());
    }

    void studentView()
    {
        RecommenderView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy ready(&view, &RecommenderView::ready);
        view.setDataset(m_data, m_scenario);
        QVERIFY(view.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        QCOMPARE(ready.count(), 1);

        RecStudentPanel *panel = view.studentPanel();
        QVERIFY(panel->isEnabled());
        QVERIFY(panel->showStudent(QStringLiteral("STU_00042")));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("recommendationTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(panel->current().items.size(), std::size_t(10));
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(!table->item(r, 10)->text().isEmpty()); // the reason
        auto *details = view.findChild<QWidget *>(QStringLiteral("recommendationDetails"));
        QVERIFY(details);
        // The blend weights were learned on the newest applications and are shown.
        auto *learn = view.findChild<QCheckBox *>(QStringLiteral("learnWeights"));
        QVERIFY(learn->isChecked());
        const rec::BlendWeights learned = view.weights();
        QVERIFY(std::abs(learned.content + learned.cf + learned.success - 1.0) < 1e-9);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("recommenderStatus"))
                        ->text()
                        .contains(QStringLiteral("Blend weights learned")));
        QCOMPARE(view.recommender()->options().weights.content, learned.content);
        // A weight set by hand is no longer the learned one.
        view.findChild<QDoubleSpinBox *>(QStringLiteral("weightPopularity"))->setValue(0.1);
        QVERIFY(!learn->isChecked());
        // Only CF: every score is its CF contribution.
        view.setWeights({0, 1, 0, 0});
        for (const auto &item : panel->current().items) {
            QCOMPARE(item.contribution[rec::ContentComponent], 0.0);
            QCOMPARE(item.score, item.contribution[rec::CfComponent]);
        }
        auto *k = view.findChild<QSpinBox *>(QStringLiteral("studentK"));
        k->setValue(5);
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(!panel->showStudent(QStringLiteral("STU_99999")));
    }

    void employerViewAndAudit()
    {
        RecommenderView view;
        view.resize(1200, 800);
        view.show();
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        RecEmployerPanel *panel = view.employerPanel();
        QVERIFY(panel->showInternship(QStringLiteral("INT_00007")));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("shortlistTable"));
        QCOMPARE(table->rowCount(), 20);
        QVERIFY(panel->current().groups.empty());

        QVERIFY(panel->setGroupShare(QStringLiteral("rural"), 0.5));
        const rec::ShortlistResult &fair = panel->current();
        QVERIFY(fair.usedFair);
        QVERIFY(fair.afterSatisfies);
        QVERIFY(fair.ndcgRetained <= 1.0);
        auto *share = view.findChild<RecChart *>(QStringLiteral("shareChart"));
        auto *exposure = view.findChild<RecChart *>(QStringLiteral("exposureChart"));
        QCOMPARE(share->graphCount(), 3); // before, after, the minimum
        QCOMPARE(share->graph(1)->dataCount(), 20);
        QCOMPARE(exposure->plottableCount(), 2); // before and after bars
        // The minimum is FA*IR's m(i), drawn as a staircase of whole counts.
        QCOMPARE(share->graph(2)->lineStyle(), QCPGraph::lsStepCenter);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(share->graph(2)->data()->at(i)->value,
                     double(fair.tables[0].mTable[std::size_t(i)]));
        QVERIFY(panel->setGroupShare(QStringLiteral("tier3"), 0.5));
        QVERIFY(panel->current().usedFair); // several groups: one FA*IR table each
        QCOMPARE(panel->current().tables.size(), std::size_t(2));
        QCOMPARE(share->graphCount(), 6);
        auto *summaryLabel = view.findChild<QLabel *>(QStringLiteral("shortlistSummary"));
        QVERIFY(!summaryLabel->text().contains(QStringLiteral("Infeasible")));
        // Rural and urban both at proportion 1 cannot be met: the panel says so.
        QVERIFY(panel->setGroupShare(QStringLiteral("tier3"), 0.0));
        QVERIFY(panel->setGroupShare(QStringLiteral("rural"), 1.0));
        QVERIFY(panel->setGroupShare(QStringLiteral("urban"), 1.0));
        QVERIFY(!panel->current().feasible);
        QVERIFY(summaryLabel->text().contains(QStringLiteral("Infeasible")));
        QVERIFY(!summaryLabel->text().contains(QStringLiteral("Constraints met")));
        QVERIFY(panel->setGroupShare(QStringLiteral("urban"), 0.0));
        QVERIFY(panel->setGroupShare(QStringLiteral("rural"), 0.5));

        QSignalSpy audited(panel->auditJob(), &RecJob::finished);
        panel->startAudit();
        QVERIFY(audited.wait(60000));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("shortlistSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("NDCG retained")));
    }

    void evaluationRunsAndCancels()
    {
        RecommenderView view;
        view.resize(1200, 900);
        view.show();
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        RecEvaluationPanel *panel = view.evaluationPanel();
        QSignalSpy finished(panel, &RecEvaluationPanel::evaluationFinished);
        auto *run = view.findChild<QPushButton *>(QStringLiteral("runEvaluationButton"));
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel->job()->isRunning());
        QVERIFY(!run->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY(panel->report().has_value());
        auto *metrics = view.findChild<QTableWidget *>(QStringLiteral("metricTable"));
        QCOMPARE(metrics->rowCount(), 7);
        QVERIFY(!metrics->isColumnHidden(4)); // several relevant items: precision is meaningful
        auto *success = view.findChild<QTableWidget *>(QStringLiteral("successTable"));
        QCOMPARE(success->rowCount(), 3);
        const rec::BinaryReport &model = panel->report()->model;
        QCOMPARE(success->item(0, 8)->text(),
                 QStringLiteral("%1 / %2").arg(model.positives).arg(model.negatives));
        QCOMPARE(success->item(0, 1)->foreground().color() == QColor(Qt::gray), !model.reliable);
        const QString status = view.findChild<QLabel *>(QStringLiteral("evaluationStatus"))->text();
        QVERIFY(status.contains(QStringLiteral("Protocol: global temporal split")));
        QVERIFY(status.contains(QStringLiteral("Hybrid weights learned")));
        auto *groups = view.findChild<QTableWidget *>(QStringLiteral("groupCalibrationTable"));
        QCOMPARE(groups->rowCount(), int(panel->report()->calibrationByGroup.size()));
        for (int g = 0; g < groups->rowCount(); ++g)
            QCOMPARE(groups->item(g, 6)->text() == QStringLiteral("too few positives to judge"),
                     !panel->report()->calibrationByGroup[std::size_t(g)].reliable);
        QCOMPARE(view.findChild<RecChart *>(QStringLiteral("ndcgChart"))->graphCount(), 7);
        QCOMPARE(view.findChild<RecChart *>(QStringLiteral("reliabilityChart"))->graphCount(), 3);
        QCOMPARE(view.findChild<RecChart *>(QStringLiteral("groupChart"))->plottableCount(), 7);
        for (const rec::GroupMetrics &g : panel->report()->methods[0].groups)
            QCOMPARE(g.reliable, g.relevant >= rec::kMinGroupPositives);
        QVERIFY(panel->report()->maxHybridError <= 1e-9);
        QVERIFY(run->isEnabled());

        QSignalSpy cancelled(panel->job(), &RecJob::cancelled);
        panel->run();
        panel->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->job()->isRunning(), 60000);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("evaluationStatus"))
                        ->text()
                        .contains(QStringLiteral("cancelled")));
        QVERIFY(run->isEnabled());
    }

    void retrainsAndClears()
    {
        RecommenderView view;
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        QSignalSpy ready(&view, &RecommenderView::ready);
        QVERIFY(view.recommender()->als()); // implicit ALS by default
        view.findChild<QComboBox *>(QStringLiteral("cfMethod"))->setCurrentIndex(0); // item-kNN
        QVERIFY(!view.isReady());
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 60000);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!view.recommender()->als());
        // A new dataset while training restarts the training on it.
        view.setDataset(m_data, m_scenario);
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 60000);
        view.setDataset(nullptr, m_scenario);
        QVERIFY(!view.isReady());
        QVERIFY(!view.studentPanel()->isEnabled());
    }

    void unknownIdIsReported()
    {
        RecommenderView view;
        view.resize(1200, 800);
        view.show();
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        RecStudentPanel *students = view.studentPanel();
        QVERIFY(students->showStudent(QStringLiteral("STU_00042")));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("recommendationTable"));
        auto *details = view.findChild<QTextBrowser *>(QStringLiteral("recommendationDetails"));
        auto *studentError = view.findChild<QLabel *>(QStringLiteral("studentIdError"));
        auto *studentCombo = view.findChild<QComboBox *>(QStringLiteral("studentCombo"));
        QVERIFY(table && details && studentError && studentCombo);
        QCOMPARE(table->rowCount(), 10);
        QVERIFY(!studentError->isVisible());
        QVERIFY(!details->toPlainText().isEmpty());

        typeId(studentCombo, QStringLiteral("STU_99999"));
        QVERIFY(studentError->isVisible());
        QVERIFY(studentError->text().contains(QStringLiteral("STU_99999")));
        QCOMPARE(table->rowCount(), 0); // the previous student's results are gone
        QVERIFY(students->current().items.empty());
        QVERIFY(details->toPlainText().isEmpty());
        // A known ID typed the same way brings results back and the message goes.
        typeId(studentCombo, QStringLiteral("STU_00007"));
        QVERIFY(!studentError->isVisible());
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(students->current().student, view.recommender()->data().findStudent("STU_00007"));
        // The same through the API.
        QVERIFY(!students->showStudent(QStringLiteral("STU_88888")));
        QVERIFY(studentError->isVisible());
        QCOMPARE(table->rowCount(), 0);

        view.findChild<QTabWidget *>()->setCurrentWidget(view.employerPanel());
        RecEmployerPanel *employer = view.employerPanel();
        QVERIFY(employer->showInternship(QStringLiteral("INT_00007")));
        auto *shortlist = view.findChild<QTableWidget *>(QStringLiteral("shortlistTable"));
        auto *internshipError = view.findChild<QLabel *>(QStringLiteral("internshipIdError"));
        auto *internshipCombo = view.findChild<QComboBox *>(QStringLiteral("internshipCombo"));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("shortlistSummary"));
        QVERIFY(shortlist && internshipError && internshipCombo && summary);
        QCOMPARE(shortlist->rowCount(), 20);
        QVERIFY(!internshipError->isVisible());
        typeId(internshipCombo, QStringLiteral("INT_99999"));
        QVERIFY(internshipError->isVisible());
        QVERIFY(internshipError->text().contains(QStringLiteral("INT_99999")));
        QCOMPARE(shortlist->rowCount(), 0);
        QVERIFY(summary->text().isEmpty());
        typeId(internshipCombo, QStringLiteral("INT_00007"));
        QVERIFY(!internshipError->isVisible());
        QCOMPARE(shortlist->rowCount(), 20);
    }

    void textsFollowTheLanguage()
    {
        RecommenderView view;
        view.resize(1200, 800);
        view.show();
        view.setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
        RecStudentPanel *panel = view.studentPanel();
        QVERIFY(panel->showStudent(QStringLiteral("STU_00042")));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("recommendationTable"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("recommenderStatus"));
        const QString note
                = QString::fromStdString(view.recommender()->success().calibrationNote());
        // English: the command line's words.
        QCOMPARE(table->rowCount(), int(panel->current().items.size()));
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(table->item(r, 10)->text(),
                     QString::fromStdString(panel->current().items[std::size_t(r)].reason));
        QVERIFY2(status->text().contains(note), qPrintable(status->text()));

        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        QVERIFY(QCoreApplication::installTranslator(&hindi));
        QTRY_VERIFY(hasDevanagari(table->item(0, 10)->text()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QVERIFY(hasDevanagari(table->item(r, 10)->text()));
            QVERIFY(table->item(r, 10)->text()
                    != QString::fromStdString(panel->current().items[std::size_t(r)].reason));
        }
        QVERIFY(!status->text().contains(note));
        QVERIFY(status->text().contains(
                QCoreApplication::translate("RecTexts", "Not calibrated: calibration is off")
                        .left(8))); // the translated calibration sentence, whichever it is
        // The collaborative method's combobox shows its whole Hindi text.
        auto *cf = view.findChild<QComboBox *>(QStringLiteral("cfMethod"));
        QTRY_VERIFY(hasDevanagari(cf->currentText()));
        QTRY_VERIFY(cf->width() >= cf->sizeHint().width());
        QVERIFY(cf->sizeHint().width() > cf->fontMetrics().horizontalAdvance(cf->currentText()));
        QVERIFY(QCoreApplication::removeTranslator(&hindi));
        QTRY_COMPARE(table->item(0, 10)->text(),
                     QString::fromStdString(panel->current().items[0].reason));
    }

    void fitsAt1280x720_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Hindi") << QStringLiteral("hi");
    }

    void fitsAt1280x720()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(nullptr, &languages);
        // A maximised window on a 1280×720 screen, less its title bar; the editor dock is shown.
        window.resize(1280, 690);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.editorDock()->isVisible());
        window.tabs()->setCurrentWidget(window.recommenderPage());
        RecommenderView *view = window.recommenderView();
        view->setDataset(m_data, m_scenario);
        QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 30000);
        QVERIFY(view->studentPanel()->showStudent(QStringLiteral("STU_00042")));
        QVERIFY(view->employerPanel()->showInternship(QStringLiteral("INT_00007")));
        auto *scroll = qobject_cast<QScrollArea *>(window.recommenderPage());
        QVERIFY(scroll);
        auto *pages = view->findChild<QTabWidget *>();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            QVERIFY2(view->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("page %1: needs %2 px, has %3")
                                        .arg(page)
                                        .arg(view->minimumSizeHint().width())
                                        .arg(scroll->viewport()->width())));
            QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
            if (page == 0) {
                // The recommendations too: no column is pushed out of the table's view.
                auto *table
                        = view->findChild<QTableWidget *>(QStringLiteral("recommendationTable"));
                QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
                QVERIFY(table->columnWidth(10) > 0);
            }
            // The student view fits whole; the employer and evaluation views hold more charts
            // and tables than 720 px leave, and scroll vertically.
            if (page != 0)
                continue;
            QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
            QVERIFY2(view->minimumSizeHint().height() <= scroll->viewport()->height(),
                     qPrintable(QStringLiteral("page %1: needs %2 px high, has %3")
                                        .arg(page)
                                        .arg(view->minimumSizeHint().height())
                                        .arg(scroll->viewport()->height())));
        }
        // From 1024×640 up the window still lays out (the tab scrolls there if it must).
        QVERIFY(window.minimumSizeHint().width() <= 1024);
        QVERIFY(window.minimumSizeHint().height() <= 640);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void reportsUnusableData()
    {
        auto broken = std::make_shared<Dataset>(*m_data);
        broken->students.columns.erase(broken->students.columns.begin()
                                       + broken->students.indexOf("skills"));
        RecommenderView view;
        QSignalSpy failed(&view, &RecommenderView::failed);
        view.setDataset(broken, m_scenario);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("students.skills")));
        QVERIFY(!view.isReady());
    }
};

QTEST_MAIN(TestRecView)
#include "test_rec_view.moc"
