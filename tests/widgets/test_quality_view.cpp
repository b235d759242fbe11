// The Quality tab: the table lists every check with its status, the filter buttons hide and show
// statuses, and selecting a check draws target vs realized with the noise band. Reasons are worded
// from the core's patterns: in English exactly as the command line prints them, in Hindi from the
// catalogue, which holds every pattern the checks write.
#include "core/gen/generator.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "widgets/quality/quality_chart.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/quality/quality_texts.h"
#include "widgets/quality/quality_view.h"
#include "widgets/studio/chart_axes.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <set>

using namespace pmis;
using quality::CheckStatus;

class TestQualityView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryCheck();
    void filtersByStatus();
    void buttonsFilterToo();
    void sharesChart();
    void cdfChart();
    void checkWithoutChart();
    void keepsSelectionAcrossReports();
    void paints();
    void everyPatternIsCatalogued();
    void reasonsInHindi();
    void tabShowsTheNewestDataset();
    void tabStopsWhenCleared();

private:
    quality::QualityReport m_report;
};

void TestQualityView::initTestCase()
{
    Scenario s = *loadPreset("demo-small");
    auto data = generateDataset(s, {1, {}});
    QVERIFY(data.isOk());
    // One failure and one warning, so every status is present.
    data->students.at("cgpa").reals[0] = 42.0;
    data->students.at("email").texts[0] = "someone@gmail.com";
    auto report = quality::computeQuality(*data, &s);
    QVERIFY(report.isOk());
    m_report = report.takeValue();
    QVERIFY(m_report.count(CheckStatus::Fail) >= 1);
    QVERIFY(m_report.count(CheckStatus::Warn) >= 1);
}

void TestQualityView::listsEveryCheck()
{
    QualityView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setReport(m_report);
    QCOMPARE(view.model()->rowCount(), int(m_report.checks.size()));
    QCOMPARE(view.model()->columnCount(), 6);
    const QModelIndex first = view.model()->index(0, 0);
    QVERIFY(!view.model()->data(first, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(view.model()->data(view.model()->index(0, 1)).toString(),
             QString::fromStdString(m_report.checks[0].id));
    QCOMPARE(view.model()->data(first, Qt::ToolTipRole).toString(),
             QString::fromStdString(m_report.checks[0].reason));
    // The first problem is selected and explained.
    const QString current = view.currentCheckId();
    QVERIFY(!current.isEmpty());
    QVERIFY(m_report.find(current.toStdString())->status != CheckStatus::Pass);
    QCOMPARE(view.findChildren<QLabel *>().size() >= 2, true);
}

void TestQualityView::filtersByStatus()
{
    QualityView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setReport(m_report);
    view.setStatusVisible(CheckStatus::Pass, false);
    QCOMPARE(view.model()->rowCount(),
             int(m_report.count(CheckStatus::Warn) + m_report.count(CheckStatus::Fail)));
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QVERIFY(view.model()->data(view.model()->index(r, 0)).toString() != QStringLiteral("Pass"));
    view.setStatusVisible(CheckStatus::Warn, false);
    QCOMPARE(view.model()->rowCount(), int(m_report.count(CheckStatus::Fail)));
    view.setStatusVisible(CheckStatus::Fail, false);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.currentCheckId().isEmpty());
    view.setStatusVisible(CheckStatus::Pass, true);
    QCOMPARE(view.model()->rowCount(), int(m_report.count(CheckStatus::Pass)));
}

void TestQualityView::buttonsFilterToo()
{
    QualityView view;
    view.setReport(m_report);
    QToolButton *failButton = nullptr;
    for (QToolButton *b : view.findChildren<QToolButton *>())
        if (b->text().startsWith(QStringLiteral("Fail")))
            failButton = b;
    if (!failButton)
        QFAIL("no Fail button");
    QCOMPARE(failButton->text(),
             QStringLiteral("Fail (%1)").arg(m_report.count(CheckStatus::Fail)));
    QTest::mouseClick(failButton, Qt::LeftButton);
    QVERIFY(!view.isStatusVisible(CheckStatus::Fail));
    QCOMPARE(view.model()->rowCount(),
             int(m_report.checks.size() - m_report.count(CheckStatus::Fail)));
    QTest::mouseClick(failButton, Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), int(m_report.checks.size()));
}

void TestQualityView::sharesChart()
{
    QualityView view;
    QSignalSpy spy(&view, &QualityView::currentCheckChanged);
    view.setReport(m_report);
    QVERIFY(view.selectCheck(QStringLiteral("distribution.students.gender")));
    QCOMPARE(spy.last().first().toString(), QStringLiteral("distribution.students.gender"));
    QualityChart *chart = view.chart();
    // Target bars, realized bars and the band as error bars on the target.
    QCOMPARE(chart->plottableCount(), 3);
    auto *target = qobject_cast<QCPBars *>(chart->plottable(0));
    auto *realized = qobject_cast<QCPBars *>(chart->plottable(1));
    auto *band = qobject_cast<QCPErrorBars *>(chart->plottable(2));
    QVERIFY(target && realized && band);
    QCOMPARE(target->data()->size(), 3);
    const quality::Check *check = m_report.find("distribution.students.gender");
    QCOMPARE(target->data()->at(0)->value, check->chart.target[0]);
    QCOMPARE(realized->data()->at(0)->value, check->chart.realized[0]);
    QCOMPARE(band->dataCount(), 3);
}

void TestQualityView::cdfChart()
{
    QualityView view;
    view.setReport(m_report);
    QVERIFY(view.selectCheck(QStringLiteral("distribution.students.cgpa[Tier-1]")));
    QualityChart *chart = view.chart();
    QCOMPARE(chart->graphCount(), 4); // band low, band high (filled), target, realized
    QVERIFY(chart->graph(1)->channelFillGraph() == chart->graph(0));
    QCOMPARE(chart->graph(2)->dataCount(),
             int(m_report.find("distribution.students.cgpa[Tier-1]")->chart.x.size()));
}

void TestQualityView::checkWithoutChart()
{
    QualityView view;
    view.setReport(m_report);
    QVERIFY(view.selectCheck(QStringLiteral("rows.students")));
    QCOMPARE(view.chart()->plottableCount(), 0);
    // A sentence instead of axes.
    QVERIFY(!chart::emptyStateText(view.chart()).isEmpty());
    QVERIFY(!view.chart()->xAxis->visible());
    QVERIFY(!view.selectCheck(QStringLiteral("no.such.check")));
}

void TestQualityView::keepsSelectionAcrossReports()
{
    QualityView view;
    view.setReport(m_report);
    QVERIFY(view.selectCheck(QStringLiteral("distribution.students.stream")));
    view.setReport(m_report);
    QCOMPARE(view.currentCheckId(), QStringLiteral("distribution.students.stream"));
    view.setReport({});
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.currentCheckId().isEmpty());
}

void TestQualityView::paints()
{
    QualityView view;
    view.resize(1100, 600);
    view.setReport(m_report);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(1100, 600));
    // Something was drawn in the chart area (not one flat colour).
    const QImage chart = view.chart()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < chart.height(); y += 7)
        for (int x = 0; x < chart.width(); x += 7)
            colours.insert(chart.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

namespace {

bool hasDevanagari(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

// Reports that between them reach most reasons: a clean dataset, one compared with another
// scenario's targets, one without a scenario, and one with broken keys, repeats and gaps.
std::vector<quality::QualityReport> variedReports()
{
    std::vector<quality::QualityReport> out;
    const Scenario small = *loadPreset("demo-small");
    const Scenario big = *loadPreset("pmis-2025");
    auto data = generateDataset(small, {1, {}});
    out.push_back(quality::computeQuality(*data, &small).takeValue());
    out.push_back(quality::computeQuality(*data, &big).takeValue());
    out.push_back(quality::computeQuality(*data, nullptr).takeValue());
    Dataset broken = *data;
    broken.students.at("cgpa").reals[0] = 42.0;
    broken.students.at("email").texts[0] = "someone@gmail.com";
    Column &key = broken.students.columns.front(); // the ID column
    key.ints[1] = key.ints[0];
    broken.outcomes.at("student_id").ints[0] = 99999999;
    quality::QualityOptions claims;
    claims.claimsComplete = true;
    out.push_back(quality::computeQuality(broken, &small, {}, claims).takeValue());
    return out;
}

} // namespace

void TestQualityView::everyPatternIsCatalogued()
{
    const QStringList catalogue = qualityReasonPatterns();
    const std::set<QString> known(catalogue.begin(), catalogue.end());
    QCOMPARE(known.size(), std::size_t(catalogue.size())); // no pattern listed twice
    std::set<QString> seen;
    for (const quality::QualityReport &report : variedReports()) {
        for (const quality::Check &c : report.checks) {
            // With no catalogue installed the GUI's words are the command line's.
            QCOMPARE(qualityReasonText(c.reasonText), QString::fromStdString(c.reason));
            c.reasonText.forEachPattern([&](const std::string &p) {
                const QString pattern = QString::fromStdString(p);
                QVERIFY2(known.count(pattern), qPrintable(pattern));
                seen.insert(pattern);
            });
        }
    }
    // The reports above reach a good share of the catalogue, so the check above means something.
    QVERIFY2(seen.size() * 2 > known.size(), qPrintable(QString::number(seen.size())));
}

void TestQualityView::reasonsInHindi()
{
    QTranslator hindi;
    QVERIFY(hindi.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
    // Every pattern has a translation (punctuation-only patterns may read the same).
    for (const QString &pattern : qualityReasonPatterns()) {
        const QString t = hindi.translate("QualityReason", pattern.toUtf8().constData());
        QVERIFY2(!t.isEmpty(), qPrintable(pattern));
        bool words = false;
        for (const QChar c : pattern)
            words = words || c.isLetter();
        if (words)
            QVERIFY2(hasDevanagari(t), qPrintable(pattern));
    }

    QualityView view;
    view.resize(1000, 700);
    view.show();
    view.setReport(m_report);
    const QString id = view.currentCheckId();
    const quality::Check *c = m_report.find(id.toStdString());
    QVERIFY(c);
    auto *reason = view.findChild<QLabel *>(QStringLiteral("checkReason"));
    QVERIFY(reason);
    QCOMPARE(reason->text(), QString::fromStdString(c->reason));
    QVERIFY(QCoreApplication::installTranslator(&hindi));
    QTRY_VERIFY(hasDevanagari(reason->text()));
    QVERIFY(reason->text() != QString::fromStdString(c->reason));
    const int row = 0;
    const quality::Check *first = m_report.find(
            view.model()->data(view.model()->index(row, 1)).toString().toStdString());
    QVERIFY(first);
    const QString tip = view.model()->data(view.model()->index(row, 0), Qt::ToolTipRole).toString();
    QVERIFY(hasDevanagari(tip));
    QVERIFY(tip != QString::fromStdString(first->reason));
    // Back to English: the command line's words again.
    QVERIFY(QCoreApplication::removeTranslator(&hindi));
    QTRY_COMPARE(reason->text(), QString::fromStdString(c->reason));
}

// A dataset set while another is checked replaces it: one report, of the newer dataset, with
// progress on the way.
void TestQualityView::tabShowsTheNewestDataset()
{
    Scenario big = *loadPreset("pmis-2025");
    auto first = generateDataset(big, {1, {}});
    Scenario small = *loadPreset("demo-small");
    auto second = generateDataset(small, {1, {}});
    QVERIFY(first.isOk() && second.isOk());
    const auto secondData = std::make_shared<const Dataset>(second.takeValue());
    // Without targets the report has fewer checks than with them: the row count tells which
    // dataset's report is shown.
    const auto expected = quality::computeQuality(*secondData, nullptr);
    QVERIFY(expected.isOk());
    const auto withTargets = quality::computeQuality(*secondData, &small);
    QVERIFY(withTargets.isOk());
    QVERIFY(withTargets->checks.size() != expected->checks.size());

    QualityTab tab;
    QSignalSpy ready(&tab, &QualityTab::reportReady);
    QSignalSpy progress(&tab, &QualityTab::progress);
    tab.setDataset(std::make_shared<const Dataset>(first.takeValue()), &big);
    tab.setDataset(secondData, nullptr);
    QVERIFY(ready.wait(60000));
    QTest::qWait(200); // the replaced check, had it reported, would have by now
    QCOMPARE(ready.count(), 1);
    QVERIFY(progress.count() > 0);
    QCOMPARE(tab.view()->model()->rowCount(), int(expected->checks.size()));
}

// Clearing the dataset stops the check: no report arrives.
void TestQualityView::tabStopsWhenCleared()
{
    Scenario s = *loadPreset("pmis-2025");
    auto data = generateDataset(s, {1, {}});
    QVERIFY(data.isOk());
    QualityTab tab;
    QSignalSpy ready(&tab, &QualityTab::reportReady);
    tab.setDataset(std::make_shared<const Dataset>(data.takeValue()), &s);
    tab.setDataset(nullptr, nullptr);
    QTest::qWait(3000);
    QCOMPARE(ready.count(), 0);
}

QTEST_MAIN(TestQualityView)
#include "test_quality_view.moc"
