#include "chart_checks.h"

#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace pmis;

namespace {

// The charts' order in the tab.
enum {
    TierMix = 0,
    Cgpa = 1,
    Cities = 2,
    Skills = 3,
    Stipend = 4,
    Activity = 5,
    Funnel = 6,
    SuccessByTier = 7,
    RuralUrban = 8,
    Gender = 9,
};

// The value of each bar of `chart`'s plottable `series` by its category label.
std::map<QString, double> barsByLabel(ChartWidget *chart, int series)
{
    chart->replot(QCustomPlot::rpImmediateRefresh);
    std::map<QString, double> out;
    auto *bars = qobject_cast<QCPBars *>(chart->plottable(series));
    QCPAxis *axis = chart->categoryAxis();
    if (!bars || !axis)
        return out;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (int i = 0; i < bars->dataCount(); ++i) {
        const double key = bars->data()->at(i)->key;
        for (int t = 0; t < ticks.size() && t < labels.size(); ++t)
            if (std::abs(ticks[t] - key) < 1e-9)
                out[labels[t]] = bars->data()->at(i)->value;
    }
    return out;
}

} // namespace

class TestOverviewTab : public QObject
{
    Q_OBJECT
private:
    Scenario m_scenario;
    std::shared_ptr<const Dataset> m_data;

    void showDataset(OverviewTab &tab, const Scenario *targets)
    {
        QSignalSpy updated(&tab, &OverviewTab::updated);
        tab.setDataset(m_data, targets);
        QVERIFY(updated.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto s = loadPreset("pmis-2025");
        QVERIFY(s);
        m_scenario = *s;
        auto d = generateDataset(m_scenario);
        QVERIFY(d);
        m_data = std::make_shared<const Dataset>(d.takeValue());
    }

    void wheelOverAChartScrollsTheOverview()
    {
        OverviewTab tab;
        tab.resize(1280, 720);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        showDataset(tab, nullptr);
        QScrollBar *bar = tab.scrollArea()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0);
        test::wheelDown(tab.charts()[TierMix]);
        QVERIFY(bar->value() > 0);
    }

    void everyChartIsReadableAt1280x720()
    {
        OverviewTab tab;
        tab.resize(1280, 720);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        showDataset(tab, &m_scenario);
        for (std::size_t i = 0; i < tab.charts().size(); ++i) {
            ChartWidget *chart = tab.charts()[i];
            chart->replot(QCustomPlot::rpImmediateRefresh);
            QVERIFY2(chart->emptyText().isEmpty(), qPrintable(chart->emptyText()));
            for (QCPAxis *axis : {chart->xAxis, chart->yAxis}) {
                const double limit = axis == chart->xAxis ? chart->width() : chart->height();
                const QString fault = test::labelFault(axis, limit);
                QVERIFY2(fault.isEmpty(),
                         qPrintable(QStringLiteral("chart %1: %2").arg(i).arg(fault)));
            }
        }
        // Every one of the 24 cities is labelled.
        QCOMPARE(tab.charts()[Cities]->categoryAxis()->tickVectorLabels().size(),
                 int(m_scenario.student.cities.shares.size()));
    }

    void targetsAreMarkedWhereTheyExist()
    {
        OverviewTab tab;
        showDataset(tab, nullptr);
        QCOMPARE(tab.charts()[TierMix]->graphCount(), 0);

        showDataset(tab, &m_scenario);
        for (int chart : {TierMix, Cities, Funnel, SuccessByTier, Gender})
            QCOMPARE(tab.charts()[std::size_t(chart)]->graphCount(), 1);
        // Tier targets: the tier shares of all students (exact mode meets them).
        const auto p = m_scenario.student.tiers.probabilities();
        QCPGraph *tiers = tab.charts()[TierMix]->graph(0);
        QCOMPARE(tiers->dataCount(), int(p.size()));
        for (int i = 0; i < tiers->dataCount(); ++i)
            QCOMPARE(tiers->data()->at(i)->value,
                     p[std::size_t(i)] * double(m_data->students.rowCount()));
        QCOMPARE(tab.charts()[SuccessByTier]->graph(0)->data()->at(0)->value,
                 100 * m_scenario.outcome.successRate);
        // CGPA: a dashed target density per tier over the realized ones, each holding the
        // tier's whole law (its range lies inside the chart's 0..10).
        ChartWidget *cgpa = tab.charts()[Cgpa];
        const int tierCount = int(m_scenario.student.cgpa.size());
        QCOMPARE(cgpa->graphCount(), 2 * tierCount);
        for (int t = 0; t < tierCount; ++t) {
            QCPGraph *target = cgpa->graph(tierCount + t);
            QCOMPARE(target->pen().style(), Qt::DashLine);
            double mass = 0;
            for (int i = 1; i < target->dataCount(); ++i)
                mass += target->data()->at(i)->value
                        * (target->data()->at(i)->key - target->data()->at(i - 1)->key);
            QVERIFY2(std::abs(mass - 1.0) < 0.05, qPrintable(QString::number(mass)));
        }
        // Stipend: one dashed curve of expected internships per bin over the bars, holding
        // (nearly) every internship, and close to the realized count in the fullest bin.
        ChartWidget *stipend = tab.charts()[Stipend];
        QCOMPARE(stipend->graphCount(), 1);
        QCPGraph *expected = stipend->graph(0);
        QCOMPARE(expected->pen().style(), Qt::DashLine);
        double total = 0, peak = 0;
        for (int i = 0; i < expected->dataCount(); ++i) {
            total += expected->data()->at(i)->value;
            peak = std::max(peak, expected->data()->at(i)->value);
        }
        const double internships = double(m_data->internships.rowCount());
        QVERIFY2(std::abs(total - internships) < 0.02 * internships,
                 qPrintable(QStringLiteral("%1 of %2").arg(total).arg(internships)));
        QVERIFY(peak < internships);
    }

    // A baseline is drawn over every chart in the baseline colour, with its own values (the
    // funnel's counts of a smaller dataset), and goes when cleared.
    void baselineIsDrawnOverEveryChart()
    {
        auto small = loadPreset("demo-small");
        QVERIFY(small);
        auto generated = generateDataset(*small);
        QVERIFY(generated);
        auto baseline = std::make_shared<const Dataset>(generated.takeValue());
        const auto baselineGraphs = [](ChartWidget *chart) {
            QList<QCPGraph *> out;
            for (int i = 0; i < chart->graphCount(); ++i) {
                QCPGraph *g = chart->graph(i);
                const QColor c = g->lineStyle() == QCPGraph::lsNone
                                         ? g->scatterStyle().pen().color()
                                         : g->pen().color();
                if (g->name().startsWith(QStringLiteral("baseline"))
                    && (c == ChartWidget::baselineColor() || g->pen().style() == Qt::DotLine))
                    out << g;
            }
            return out;
        };
        OverviewTab tab;
        showDataset(tab, &m_scenario);
        QSignalSpy updated(&tab, &OverviewTab::updated);
        tab.setBaseline(baseline);
        QVERIFY(updated.wait(10000));
        QVERIFY(tab.hasBaseline());
        for (std::size_t chart = 0; chart < tab.charts().size(); ++chart)
            QVERIFY2(!baselineGraphs(tab.charts()[chart]).isEmpty(),
                     qPrintable(QStringLiteral("chart %1").arg(chart)));
        // The funnel's first mark is the baseline's views, not the current dataset's.
        QCPGraph *funnel = baselineGraphs(tab.charts()[Funnel]).first();
        double views = 0;
        const Table &interactions = baseline->interactions;
        const Column *type = interactions.find("interaction_type");
        QVERIFY(type);
        for (std::size_t r = 0; r < interactions.rowCount(); ++r)
            views += type->dict[type->codes[r]] == "view" ? 1 : 0;
        QCOMPARE(funnel->data()->at(0)->value, views);
        // A new dataset keeps the baseline drawn; clearing it removes every mark.
        showDataset(tab, &m_scenario);
        QVERIFY(!baselineGraphs(tab.charts()[TierMix]).isEmpty());
        tab.setBaseline(nullptr);
        QVERIFY(!tab.hasBaseline());
        for (ChartWidget *chart : tab.charts())
            QVERIFY(baselineGraphs(chart).isEmpty());
    }

    // A scenario claiming published counts shows them beside the data's; one without hides the
    // chart.
    void publishedFiguresBesideTheGenerated()
    {
        QJsonObject doc
                = QJsonDocument::fromJson(
                          QByteArray::fromStdString(scenarioToJson(*loadPreset("demo-small"))))
                          .object();
        doc.insert(QStringLiteral("published"), QJsonDocument::fromJson(R"([
              {"figure": "Registered candidates", "source": "test", "table": "students",
               "value": 500},
              {"figure": "Offers", "source": "test", "table": "outcomes",
               "where": {"application_status": "selected"}, "value": 5, "tolerance": 0.5},
              {"figure": "Rural share", "source": "test", "table": "students",
               "share_by": "rural_urban", "share_of": ["rural"], "value": 0.4}])")
                                                        .array());
        auto scenario = scenarioFromJson(QJsonDocument(doc).toJson().toStdString());
        QVERIFY2(scenario.isOk(), scenario.isOk() ? "" : scenario.error().c_str());
        auto generated = generateDataset(*scenario);
        QVERIFY(generated);
        auto data = std::make_shared<const Dataset>(generated.takeValue());
        std::size_t offers = 0;
        const Column *status = data->outcomes.find("application_status");
        QVERIFY(status);
        for (std::size_t r = 0; r < data->outcomes.rowCount(); ++r)
            offers += status->text(r) == "selected";

        OverviewTab tab;
        tab.resize(1280, 720);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy updated(&tab, &OverviewTab::updated);
        tab.setDataset(data, &*scenario);
        QVERIFY(updated.wait(10000));
        ChartWidget *chart = tab.publishedChart();
        QVERIFY(chart->isVisibleTo(&tab));
        const auto published = barsByLabel(chart, 0);
        const auto generatedBars = barsByLabel(chart, 1);
        // The counts only: a share is the quality report's to show.
        QCOMPARE(published.size(), std::size_t(2));
        QCOMPARE(published.at(QStringLiteral("Registered candidates")), 500.0);
        QCOMPARE(published.at(QStringLiteral("Offers")), 5.0);
        QCOMPARE(generatedBars.at(QStringLiteral("Registered candidates")),
                 double(data->students.rowCount()));
        QCOMPARE(generatedBars.at(QStringLiteral("Offers")), double(offers));

        tab.setDataset(m_data, &m_scenario);
        QVERIFY(updated.wait(10000));
        QVERIFY(!chart->isVisibleTo(&tab));
    }

    // Any categorical or numeric column of any table can be charted: its most frequent values, or
    // its numbers in bins.
    void anyColumnCharted()
    {
        OverviewTab tab;
        tab.resize(1280, 720);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.columnChart()->emptyText().isEmpty()); // nothing generated yet
        showDataset(tab, &m_scenario);
        QComboBox *table = tab.columnTableBox();
        QComboBox *column = tab.columnBox();
        QVERIFY(column->findData(QStringLiteral("student_id")) < 0); // keys are not charted
        column->setCurrentIndex(column->findData(QStringLiteral("college_tier")));
        const auto tiers = barsByLabel(tab.columnChart(), 0);
        const Column &tier = m_data->students.at("college_tier");
        std::map<QString, double> expected;
        for (std::size_t r = 0; r < m_data->students.rowCount(); ++r)
            expected[QString::fromStdString(tier.text(r))] += 1;
        QCOMPARE(tiers, expected);

        table->setCurrentIndex(table->findData(QStringLiteral("outcomes")));
        QVERIFY(column->findData(QStringLiteral("application_status")) >= 0);
        table->setCurrentIndex(table->findData(QStringLiteral("students")));
        column->setCurrentIndex(column->findData(QStringLiteral("cgpa")));
        ChartWidget *cgpa = tab.columnChart();
        QVERIFY(cgpa->emptyText().isEmpty());
        auto *bins = qobject_cast<QCPBars *>(cgpa->plottable(0));
        QVERIFY(bins);
        double rows = 0;
        for (int i = 0; i < bins->dataCount(); ++i)
            rows += bins->data()->at(i)->value;
        QCOMPARE(rows, double(m_data->students.rowCount())); // every CGPA in one bin
        QCOMPARE(cgpa->xAxis->label(), QStringLiteral("cgpa (points)"));
        // Empty cells are not drawn but counted in the title: a selected application has no
        // rejection reason.
        table->setCurrentIndex(table->findData(QStringLiteral("outcomes")));
        column->setCurrentIndex(column->findData(QStringLiteral("application_status")));
        QCOMPARE(tab.columnChart()->title(), QStringLiteral("outcomes.application_status"));
        column->setCurrentIndex(column->findData(QStringLiteral("rejection_reason")));
        const Column &status = m_data->outcomes.at("application_status");
        std::size_t selected = 0;
        for (std::size_t r = 0; r < m_data->outcomes.rowCount(); ++r)
            selected += status.text(r) == "selected";
        QVERIFY(selected > 0);
        QCOMPARE(tab.columnChart()->title(),
                 QStringLiteral("outcomes.rejection_reason (%1 of %2 rows empty)")
                         .arg(QLocale().toString(qulonglong(selected)),
                              QLocale().toString(qulonglong(m_data->outcomes.rowCount()))));
    }

    void scenarioEditsMarkTheOverviewOutOfDate()
    {
        StudioDocument doc;
        doc.reset(m_scenario);
        OverviewTab tab;
        QSignalSpy updated(&tab, &OverviewTab::updated);
        tab.followDocument(&doc);
        doc.setDataset(m_data, m_scenario);
        QVERIFY(updated.wait(10000));
        QVERIFY(!tab.isOutOfDate());
        QCOMPARE(tab.charts()[TierMix]->graphCount(), 1); // the document's targets

        Scenario edited = doc.scenario();
        edited.outcome.successRate = 0.05;
        QVERIFY(doc.applyEdit(QStringLiteral("rate"), edited).isEmpty());
        QVERIFY(tab.isOutOfDate());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("outOfDateNote"))->isVisibleTo(&tab));
        doc.undoStack()->undo(); // the scenario the data came from again
        QVERIFY(!tab.isOutOfDate());
        doc.undoStack()->redo();
        QVERIFY(tab.isOutOfDate());
        doc.setDataset(m_data, doc.scenario()); // generated again
        QVERIFY(!tab.isOutOfDate());
        QVERIFY(updated.wait(10000));
    }
};

QTEST_MAIN(TestOverviewTab)
#include "test_overview_tab.moc"
