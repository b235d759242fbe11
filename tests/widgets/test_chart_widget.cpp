#include "widgets/studio/chart_widget.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pmis;

class TestChartWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

    void redrawingReplacesTheContent()
    {
        ChartWidget chart;
        chart.showGroupedBars({QStringLiteral("x")}, {{1.0}, {2.0}},
                              {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("n"));
        QCOMPARE(chart.plottableCount(), 2);
        Histogram h;
        h.counts = {1, 2, 3};
        chart.showHistogram(h, QStringLiteral("x"), QStringLiteral("n"));
        QCOMPARE(chart.plottableCount(), 1);
        QCOMPARE(chart.graphCount(), 0);
    }
};

QTEST_MAIN(TestChartWidget)
#include "test_chart_widget.moc"
