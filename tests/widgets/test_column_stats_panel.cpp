#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/column_stats_panel.h"
#include "widgets/studio/table_query.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace pmis;

class TestColumnStatsPanel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

    QString show(ColumnStatsPanel &panel, const Table &table, const char *column)
    {
        panel.showSummary(TableQuery::stats(table, table.indexOf(column), nullptr));
        return panel.text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto s = loadPreset("demo-small");
        if (!s)
            QFAIL("no demo-small preset");
        auto d = generateDataset(*s);
        if (!d)
            QFAIL("generation failed");
        m_data = std::make_shared<const Dataset>(d.takeValue());
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void timestampsReadAsDatesAndDurations()
    {
        ColumnStatsPanel panel;
        const Column &c = m_data->interactions.at("timestamp");
        const auto [lo, hi] = std::minmax_element(c.ints.begin(), c.ints.end());
        const QString text = show(panel, m_data->interactions, "timestamp");
        const auto date = [](std::int64_t s) {
            return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
        };
        QVERIFY2(text.contains(date(*lo)), qPrintable(text));
        QVERIFY2(text.contains(date(*hi)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" days")), qPrintable(text)); // span and SD
        static const QRegularExpression exponent(QStringLiteral("\\d[eE][+-]?\\d"));
        QVERIFY2(!exponent.match(text).hasMatch(), qPrintable(text));
        auto *chart = panel.findChild<ChartWidget *>();
        chart->resize(260, 220);
        chart->replot(QCustomPlot::rpImmediateRefresh);
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d"));
        QVERIFY(!chart->xAxis->tickVectorLabels().isEmpty());
        for (const QString &l : chart->xAxis->tickVectorLabels())
            QVERIFY2(iso.match(l).hasMatch(), qPrintable(l));
    }

    void idsShowCountsAndUniqueness()
    {
        ColumnStatsPanel panel;
        QString text = show(panel, m_data->students, "student_id");
        QVERIFY2(text.contains(QStringLiteral("unique")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Mean")));
        QVERIFY(!text.contains(QStringLiteral("SD")));

        // A foreign key repeats: distinct students and the rows beyond the first of each.
        const Column &c = m_data->interactions.at("student_id");
        const std::set<std::int64_t> distinct(c.ints.begin(), c.ints.end());
        text = show(panel, m_data->interactions, "student_id");
        const QLocale l;
        QVERIFY2(text.contains(l.toString(qulonglong(distinct.size()))), qPrintable(text));
        QVERIFY2(text.contains(l.toString(qulonglong(c.ints.size() - distinct.size()))),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Mean")));
    }

    void listsShowTheirMostFrequentValues()
    {
        QLocale::setDefault(QLocale(QStringLiteral("hi_IN")));
        ColumnStatsPanel panel;
        const Column &c = m_data->students.at("skills");
        std::map<std::string, std::size_t> counts;
        for (std::size_t r = 0; r < c.size(); ++r)
            for (std::size_t k = 0; k < c.listSize(r); ++k)
                ++counts[c.dict[std::size_t(c.listCode(r, k))]];
        const auto top = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) {
            return a.second != b.second ? a.second < b.second : a.first > b.first;
        });
        const QString text = show(panel, m_data->students, "skills");
        const QString expected = QStringLiteral("%1: %2").arg(
                QString::fromStdString(top->first), QLocale().toString(qulonglong(top->second)));
        QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral(" / ") + expected));
        auto *chart = panel.findChild<ChartWidget *>();
        QVERIFY(chart->categoryAxis());
        QVERIFY(chart->categoryAxis()
                        ->ticker()
                        .dynamicCast<QCPAxisTickerText>()
                        ->ticks()
                        .values()
                        .contains(QString::fromStdString(top->first)));
    }
};

QTEST_MAIN(TestColumnStatsPanel)
#include "test_column_stats_panel.moc"
