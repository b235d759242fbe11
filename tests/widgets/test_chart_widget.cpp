#include "chart_checks.h"

#include "widgets/quality/quality_chart.h"
#include "widgets/rec/rec_chart.h"
#include "widgets/studio/chart_widget.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace pmis;

namespace {

QStringList cities(int n)
{
    static const char *names[]
            = {"Mumbai",    "Delhi",    "Bengaluru",     "Hyderabad", "Ahmedabad", "Chennai",
               "Kolkata",   "Pune",     "Jaipur",        "Surat",     "Lucknow",   "Kanpur",
               "Nagpur",    "Indore",   "Thane",         "Bhopal",    "Patna",     "Vadodara",
               "Ghaziabad", "Ludhiana", "Visakhapatnam", "Agra",      "Nashik",    "Faridabad"};
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(names[i % 24]);
    return out;
}

void draw(QCustomPlot &plot, int width, int height)
{
    plot.resize(width, std::max(height, plot.minimumHeight()));
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void savesPngAndPdf()
    {
        ChartWidget chart;
        chart.resize(500, 300);
        chart.setTitle(QStringLiteral("tiers"));
        chart.showTargetBars({QStringLiteral("A"), QStringLiteral("B")}, {0.3, 0.7}, {0.32, 0.68});
        QCOMPARE(chart.plottableCount(), 2); // the target bars and the graph of realized shares
        QCOMPARE(chart.graphCount(), 1);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png"));
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(chart.savePng(png));
        QVERIFY(chart.savePdf(pdf));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(QFileInfo(pdf).size() > 500);
    }

    // Save dialogs propose a file name after the chart's title, with the format's extension.
    void proposesAFileNameFromTheTitle()
    {
        ChartWidget chart;
        QCOMPARE(chart.suggestedFileName(QStringLiteral("png")), QStringLiteral("chart.png"));
        chart.setTitle(QStringLiteral("Students per college tier (2025)"));
        QCOMPARE(chart.suggestedFileName(QStringLiteral("png")),
                 QStringLiteral("students-per-college-tier-2025.png"));
        QCOMPARE(chart.suggestedFileName(QStringLiteral("pdf")),
                 QStringLiteral("students-per-college-tier-2025.pdf"));
    }

    void redrawingReplacesTheContent()
    {
        ChartWidget chart;
        chart.showGroupedBars({QStringLiteral("x")}, {{1.0}, {2.0}},
                              {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("n"));
        QCOMPARE(chart.plottableCount(), 2);
        Histogram h;
        h.counts = {1, 2, 3};
        h.total = 6;
        chart.showHistogram(h, QStringLiteral("x"), QStringLiteral("n"));
        QCOMPARE(chart.plottableCount(), 1);
        QCOMPARE(chart.graphCount(), 0);
    }

    // A legend never shows an empty entry: the unnamed series beside a target gets a name.
    void legendEntriesBesideTargetsAreNamed()
    {
        ChartWidget chart;
        chart.showGroupedBars({QStringLiteral("a"), QStringLiteral("b")}, {{3.0, 5.0}}, {},
                              QStringLiteral("n"));
        chart.overlayTargets({4.0, 4.0}, QStringLiteral("target"));
        QVERIFY(chart.legend->visible());
        QCOMPARE(chart.legend->itemCount(), 2);
        for (int i = 0; i < chart.legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(chart.legend->item(i));
            QVERIFY(item);
            QVERIFY(!item->plottable()->name().isEmpty());
        }
    }

    void axisLabelsFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("Hindi") << QStringLiteral("hi_IN");
    }

    void axisLabelsFollowTheLocale()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const QLocale l;
        ChartWidget chart;
        chart.showGroupedBars({QStringLiteral("view"), QStringLiteral("apply")}, {{2345678, 40000}},
                              {}, QStringLiteral("count"));
        draw(chart, 600, 300);
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QVector<QString> labels = chart.yAxis->tickVectorLabels();
        QVERIFY(ticks.size() >= 3);
        bool grouped = false;
        for (int i = 0; i < ticks.size(); ++i) {
            QCOMPARE(labels[i], l.toString(qlonglong(std::llround(ticks[i]))));
            grouped = grouped || (ticks[i] >= 1e5 && labels[i].contains(l.groupSeparator()));
        }
        QVERIFY2(grouped, "large counts carry the locale's group separator");

        // Shares read as percentages.
        chart.showTargetBars({QStringLiteral("A"), QStringLiteral("B")}, {0.25, 0.75}, {});
        chart.replot(QCustomPlot::rpImmediateRefresh);
        const QVector<double> shareTicks = chart.yAxis->tickVector();
        const QVector<QString> shareLabels = chart.yAxis->tickVectorLabels();
        QVERIFY(!shareTicks.isEmpty());
        for (int i = 0; i < shareTicks.size(); ++i) {
            QVERIFY2(shareLabels[i].endsWith(l.percent()), qPrintable(shareLabels[i]));
            QCOMPARE(l.toDouble(shareLabels[i].chopped(l.percent().size())),
                     std::round(shareTicks[i] * 1e4) / 100);
        }
    }

    void emptyDataIsASentenceNotAxes()
    {
        ChartWidget chart;
        chart.showGroupedBars({}, {}, {}, QStringLiteral("n"));
        QVERIFY(!chart.emptyText().isEmpty());
        QVERIFY(!chart.xAxis->visible());
        QVERIFY(!chart.yAxis->visible());
        QCOMPARE(chart.plottableCount(), 0);
        chart.showHistogram(Histogram{}, QStringLiteral("x"), QStringLiteral("n"));
        QVERIFY(!chart.emptyText().isEmpty());
        QVERIFY(!chart.xAxis->visible());
        chart.showCurves({}, {}, {}, QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!chart.emptyText().isEmpty());
        // Data bring the axes back.
        chart.showGroupedBars({QStringLiteral("a")}, {{1.0}}, {}, QStringLiteral("n"));
        QVERIFY(chart.emptyText().isEmpty());
        QVERIFY(chart.xAxis->visible() && chart.yAxis->visible());

        RecChart rec;
        rec.showCurves({}, {}, {}, QStringLiteral("K"), QStringLiteral("NDCG@K"));
        QVERIFY(!rec.emptyText().isEmpty());
        QVERIFY(!rec.yAxis->visible());
        rec.showReliability({}, {}, {});
        QVERIFY(!rec.emptyText().isEmpty());
        rec.showGroupedBars({}, {}, {}, QString());
        QVERIFY(!rec.emptyText().isEmpty());
        rec.showCurves({1, 2}, {{0.1, 0.2}}, {QStringLiteral("a")}, QStringLiteral("K"),
                       QStringLiteral("NDCG@K"));
        QVERIFY(rec.emptyText().isEmpty());
        QVERIFY(rec.yAxis->visible());

        QualityChart quality;
        quality::Check check;
        check.id = "rows.students";
        quality.showCheck(&check);
        QVERIFY(!chart::emptyStateText(&quality).isEmpty());
        QVERIFY(!quality.xAxis->visible() && !quality.yAxis->visible());
        quality.showCheck(nullptr);
        QVERIFY(!chart::emptyStateText(&quality).isEmpty());
    }

    void manyCategoriesGetTheHeightTheyNeed()
    {
        ChartWidget chart;
        chart.setMinimumHeight(170); // as the editors ask
        const QStringList labels = cities(24);
        QVector<double> target, realized;
        for (int i = 0; i < labels.size(); ++i) {
            target << (24 - i) / 300.0;
            realized << (24 - i) / 310.0;
        }
        chart.showTargetBars(labels, target, realized);
        QCOMPARE(chart.categoryAxis(), chart.yAxis); // bars listed from top to bottom
        const int line = QFontMetrics(chart.yAxis->tickLabelFont()).height();
        QVERIFY2(chart.minimumHeight() >= 24 * line, "the chart asks for a line per category");
        draw(chart, 400, 0);
        QCOMPARE(chart.yAxis->tickVectorLabels().size(), 24); // the last city is labelled too
        QCOMPARE(chart.yAxis->tickVectorLabels().last(), labels.last());
        const QString fault = test::labelFault(chart.yAxis, chart.height());
        QVERIFY2(fault.isEmpty(), qPrintable(fault));
        const QString valueFault = test::labelFault(chart.xAxis, chart.width());
        QVERIFY2(valueFault.isEmpty(), qPrintable(valueFault));

        // Back to a few categories: the height it was given.
        chart.showTargetBars(labels.mid(0, 3), {0.2, 0.3, 0.5}, {});
        QCOMPARE(chart.categoryAxis(), chart.xAxis);
        QCOMPARE(chart.minimumHeight(), 170);
    }

    void crowdedColumnLabelsTurn_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 300;
        QTest::newRow("medium") << 640;
        QTest::newRow("wide") << 1200;
    }

    void crowdedColumnLabelsTurn()
    {
        QFETCH(int, width);
        const QStringList labels = cities(24).mid(0, 9);
        QVector<double> values;
        for (int i = 0; i < labels.size(); ++i)
            values << 100 * (i + 1);
        ChartWidget chart;
        chart.showGroupedBars(labels, {values}, {}, QStringLiteral("n"));
        draw(chart, width, 320);
        QCOMPARE(chart.categoryAxis(), chart.xAxis);
        QCOMPARE(chart.xAxis->tickVectorLabels().size(), labels.size());
        const QString fault = test::labelFault(chart.xAxis, chart.width());
        QVERIFY2(fault.isEmpty(), qPrintable(fault));

        RecChart rec;
        rec.showGroupedBars(labels, {values, values},
                            {QStringLiteral("before"), QStringLiteral("after")},
                            QStringLiteral("exposure"));
        draw(rec, width, 320);
        const QString recFault = test::labelFault(rec.xAxis, rec.width());
        QVERIFY2(recFault.isEmpty(), qPrintable(recFault));
        const QString recLegendFault = test::legendFault(&rec);
        QVERIFY2(recLegendFault.isEmpty(), qPrintable(recLegendFault));

        QualityChart quality;
        quality::Check check;
        check.id = "distribution.students.location";
        check.chart.kind = quality::CheckChart::Kind::Shares;
        for (const QString &l : cities(width < 400 ? 12 : 24)) {
            check.chart.labels.push_back(l.toStdString());
            check.chart.target.push_back(1 / 24.0);
            check.chart.realized.push_back(1 / 24.0);
            check.chart.bandLow.push_back(0.9 / 24.0);
            check.chart.bandHigh.push_back(1.1 / 24.0);
        }
        quality.showCheck(&check);
        draw(quality, width, 320);
        const QString qualityFault = test::labelFault(quality.xAxis, quality.width());
        QVERIFY2(qualityFault.isEmpty(), qPrintable(qualityFault));
        QCOMPARE(quality.xAxis->tickVectorLabels().size(), int(check.chart.labels.size()));
        QVERIFY(quality.legend->itemCount() >= 2);
        const QString legendFault = test::legendFault(&quality);
        QVERIFY2(legendFault.isEmpty(), qPrintable(legendFault));
    }

    void shortChartsKeepValueLabelsApart()
    {
        // Seven curves: the legend takes two rows and leaves the plot little height.
        QVector<double> x;
        QVector<QVector<double>> ys(7);
        QStringList names;
        for (int k = 1; k <= 20; ++k)
            x << k;
        for (int s = 0; s < 7; ++s) {
            names << QStringLiteral("method %1").arg(s);
            for (int k = 1; k <= 20; ++k)
                ys[s] << 0.005 * k * (s + 1) / 7.0;
        }
        RecChart rec;
        rec.showCurves(x, ys, names, QStringLiteral("K"), QStringLiteral("NDCG@K"));
        draw(rec, 600, 230);
        rec.replot(QCustomPlot::rpImmediateRefresh); // with the axis rect's height known
        QVERIFY(rec.yAxis->tickVectorLabels().size() >= 2);
        const QString fault = test::labelFault(rec.yAxis, rec.height());
        QVERIFY2(fault.isEmpty(), qPrintable(fault));
        const QString legendFault = test::legendFault(&rec);
        QVERIFY2(legendFault.isEmpty(), qPrintable(legendFault));
    }

    void timestampsAreLabelledAsDates()
    {
        Histogram h;
        h.lo = 1743033600; // 2025-03-27
        h.width = 7 * 86400;
        h.counts = std::vector<double>(26, 5.0);
        h.total = 130;
        ChartWidget chart;
        chart.showHistogram(h, QStringLiteral("created_at"), QStringLiteral("rows"), {}, {}, false,
                            chart::AxisFormat::Date);
        draw(chart, 260, 220); // the column statistics' narrowest
        const QVector<QString> labels = chart.xAxis->tickVectorLabels();
        QVERIFY(labels.size() >= 2);
        static const QRegularExpression iso(QStringLiteral("^20\\d\\d-\\d\\d-\\d\\d$"));
        for (const QString &l : labels)
            QVERIFY2(iso.match(l).hasMatch(), qPrintable(l));
        const QString fault = test::labelFault(chart.xAxis, chart.width());
        QVERIFY2(fault.isEmpty(), qPrintable(fault));
    }

    void wheelScrollsThePageOverAChart()
    {
        QScrollArea area;
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *chart = new ChartWidget(page);
        chart->setMinimumHeight(300);
        chart->showGroupedBars({QStringLiteral("a")}, {{1.0}}, {}, QStringLiteral("n"));
        layout->addWidget(chart);
        auto *filler = new QWidget(page);
        filler->setMinimumHeight(1500);
        layout->addWidget(filler);
        area.setWidget(page);
        area.resize(400, 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.verticalScrollBar()->value(), 0);
        test::wheelDown(chart);
        QVERIFY(area.verticalScrollBar()->value() > 0);
    }
};

QTEST_MAIN(TestChartWidget)
#include "test_chart_widget.moc"
