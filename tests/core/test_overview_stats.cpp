#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "core/stats/histogram.h"
#include "core/stats/overview_stats.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace pmis;

class TestOverviewStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void histogramBinsAndEdges()
    {
        Column c(ColumnSpec{});
        c.spec.type = ColumnType::Double;
        c.reals = {0.0, 0.5, 1.0, 1.5, 2.0, 10.0, std::nan("")};
        const Histogram h = histogram(c, 0, 2, 4);
        QCOMPARE(h.counts.size(), std::size_t(4));
        QCOMPARE(h.counts[0], 1.0);        // 0
        QCOMPARE(h.counts[1], 1.0);        // 0.5
        QCOMPARE(h.counts[2], 1.0);        // 1.0
        QCOMPARE(h.counts[3], 2.0);        // 1.5 and the upper edge 2.0
        QCOMPARE(h.total, std::size_t(5)); // 10 is outside, NaN skipped
        const std::vector<std::uint32_t> rows{4, 5};
        QCOMPARE(histogram(c, 0, 2, 4, &rows).total, std::size_t(1));
        QCOMPARE(h.center(0), 0.25);
    }

    void integerColumnsGetOneBinPerValue()
    {
        Column c(ColumnSpec{});
        c.spec.type = ColumnType::Int64;
        c.ints = {3, 4, 4, 7};
        const Histogram h = histogramAuto(c, 30);
        QCOMPARE(h.counts.size(), std::size_t(5));
        QCOMPARE(h.lo, 2.5);
        QCOMPARE(h.counts[1], 2.0);
        QCOMPARE(h.counts[4], 1.0);
    }

    void overviewMatchesTheTables()
    {
        auto s = loadPreset("pmis-2025");
        QVERIFY(s);
        auto d = generateDataset(*s);
        QVERIFY(d);
        const OverviewStats o = computeOverview(*d);
        QCOMPARE(o.tierMix.labels, (std::vector<std::string>{"Tier-1", "Tier-2", "Tier-3"}));
        QCOMPARE(std::accumulate(o.tierMix.values.begin(), o.tierMix.values.end(), 0.0), 5000.0);
        QCOMPARE(o.tierMix.values[0], 750.0); // exact mode: 15%
        QCOMPARE(std::accumulate(o.cities.values.begin(), o.cities.values.end(), 0.0), 5000.0);
        QVERIFY(std::is_sorted(o.cities.values.rbegin(), o.cities.values.rend()));
        QCOMPARE(o.topSkills.size(), std::size_t(20));
        QVERIFY(std::is_sorted(o.skillStudents.rbegin(), o.skillStudents.rend()));
        QCOMPARE(o.funnel.labels.size(), std::size_t(4));
        QCOMPARE(o.funnel.values[1], double(d->outcomes.rowCount())); // one outcome per apply
        double selected = 0;
        for (auto v : d->outcomes.at("success").ints)
            selected += double(v);
        QCOMPARE(o.funnel.values[3], selected);
        QCOMPARE(o.stipend.total, d->internships.rowCount());
        double perStudent = 0;
        for (std::size_t b = 0; b < o.interactionsPerStudent.counts.size(); ++b)
            perStudent += o.interactionsPerStudent.counts[b];
        QCOMPARE(perStudent, 5000.0);
        QCOMPARE(o.cgpaByTier.size(), std::size_t(3));
        QCOMPARE(o.cgpaByTier[0].total, std::size_t(750));
        QCOMPARE(o.successByTier.values.size(), std::size_t(3));
        QVERIFY(o.successByTier.values[0]
                > o.successByTier.values[2]); // Tier-1 succeeds more often
    }
};

QTEST_MAIN(TestOverviewStats)
#include "test_overview_stats.moc"
