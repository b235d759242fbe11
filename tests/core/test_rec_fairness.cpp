// FA*IR m-tables, fail probabilities, adjusted tables and re-ranking against the test vectors of docs/recommender.md;
// property tests over random pools for FA*IR and the minimum-share greedy; audit helpers.
#include "core/rec/fairness.h"
#include "core/util/rng.h"

#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace pmis;
using namespace pmis::rec;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

std::vector<int> repeat(std::initializer_list<std::pair<int, int>> runs)
{
    std::vector<int> out;
    for (auto [value, count] : runs)
        out.insert(out.end(), std::size_t(count), value);
    return out;
}

bool increasingWithin(const std::vector<std::size_t> &order, const std::vector<std::uint8_t> &flag,
                      bool which)
{
    std::size_t last = 0;
    bool first = true;
    for (std::size_t c : order) {
        if ((flag[c] != 0) != which)
            continue;
        if (!first && c <= last)
            return false;
        last = c;
        first = false;
    }
    return true;
}

bool distinctSubset(const std::vector<std::size_t> &order, std::size_t n)
{
    std::vector<std::uint8_t> seen(n, 0);
    for (std::size_t c : order) {
        if (c >= n || seen[c])
            return false;
        seen[c] = 1;
    }
    return true;
}

} // namespace

class TestRecFairness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mTables_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<std::vector<int>>("table");
        QTest::addColumn<double>("fail");
        QTest::addColumn<double>("failPrinted"); // the figure docs/recommender.md prints
        QTest::newRow("k10 p0.5 a0.1")
                << 10 << 0.5 << 0.1 << std::vector<int>{0, 0, 0, 1, 1, 1, 2, 2, 3, 3} << 0.12890625
                << 0.1289;
        QTest::newRow("k20 p0.25 a0.1")
                << 20 << 0.25 << 0.1 << repeat({{0, 8}, {1, 6}, {2, 5}, {3, 1}})
                << 0.146887188699111 << 0.146887;
        QTest::newRow("k10 p0.2 a0.15")
                << 10 << 0.2 << 0.15 << repeat({{0, 8}, {1, 2}}) << 0.134217728 << 0.134218;
    }
    void mTables()
    {
        QFETCH(int, k);
        QFETCH(double, p);
        QFETCH(double, alpha);
        QFETCH(std::vector<int>, table);
        QFETCH(double, fail);
        QFETCH(double, failPrinted);
        QCOMPARE(fairMTable(k, p, alpha), table);
        const double computed = fairFailProbability(table, p);
        QVERIFY2(std::abs(computed - fail) < 1e-9, qPrintable(QString::number(computed, 'g', 12)));
        // The printed figure, to its printed precision.
        const int decimals = failPrinted == 0.1289 ? 4 : 6;
        QVERIFY(std::abs(computed - failPrinted) <= 0.5 * std::pow(10.0, -decimals) + 1e-12);
    }

    void adjustedTables()
    {
        const AdjustedTable a = fairAdjustedTable(20, 0.25, 0.1);
        QCOMPARE(a.mTable, repeat({{0, 9}, {1, 6}, {2, 5}}));
        QVERIFY(std::abs(a.failProbability - 0.089722) < 1e-6);
        QVERIFY(a.failProbability <= 0.1);
        QVERIFY(a.alphaAdjusted < 0.1);
        const AdjustedTable b = fairAdjustedTable(10, 0.5, 0.1);
        QCOMPARE(b.mTable, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 2, 2, 3}));
        QVERIFY(std::abs(b.failProbability - 0.075195) < 1e-6);
        // A table already within alpha is returned as it is.
        const AdjustedTable c = fairAdjustedTable(10, 0.2, 0.1);
        QCOMPARE(c.mTable, fairMTable(10, 0.2, 0.1));
        QCOMPARE(c.alphaAdjusted, 0.1);
    }

    void noConstraintAtSmallShares()
    {
        // docs/recommender.md: with k = 10 and p <= 0.2, alpha = 0.1 imposes nothing (P(0 in 10) = 0.107).
        for (double p : {0.05, 0.1, 0.15, 0.2})
            QCOMPARE(fairMTable(10, p, 0.1), std::vector<int>(10, 0));
        QVERIFY(std::abs(binomialCdf(0, 10, 0.2) - 0.1073741824) < 1e-12);
    }

    void rerankVector()
    {
        // Scores 20..1 for ids 20..1 (input order = ids descending), ids 5..1 protected.
        std::vector<int> ids;
        std::vector<std::uint8_t> prot;
        for (int id = 20; id >= 1; --id) {
            ids.push_back(id);
            prot.push_back(id <= 5);
        }
        const AdjustedTable t = fairAdjustedTable(20, 0.25, 0.1);
        const FairRanking r = fairRerank(prot, 20, t.mTable);
        std::vector<int> got;
        for (std::size_t c : r.order)
            got.push_back(ids[c]);
        QCOMPARE(got, (std::vector<int>{20, 19, 18, 17, 16, 15, 14, 13, 12, 5,
                                        11, 10, 9,  8,  7,  4,  6,  3,  2,  1}));
        QVERIFY(r.feasible);
        QVERIFY(satisfiesTable(prot, r.order, t.mTable));
    }

    void fairProperties()
    {
        const RandomStream rng(2025, "tests", "fair_pools");
        int alreadyFair = 0, infeasible = 0;
        for (std::uint64_t trial = 0; trial < 12000; ++trial) {
            const auto n = std::size_t(rng.integer(trial, 0, 1, 60));
            const auto k = std::size_t(rng.integer(trial, 1, 1, 65));
            const double q = rng.uniform(trial, 2);
            const double p = 0.05 + 0.9 * rng.uniform(trial, 3);
            const double alpha = 0.01 + 0.19 * rng.uniform(trial, 4);
            std::vector<std::uint8_t> prot(n);
            std::size_t protectedCount = 0;
            for (std::size_t c = 0; c < n; ++c) {
                prot[c] = rng.uniform(trial, 10 + c) < q;
                protectedCount += prot[c];
            }
            const std::vector<int> table = (trial % 8 == 1)
                                                   ? fairAdjustedTable(int(k), p, alpha).mTable
                                                   : fairMTable(int(k), p, alpha);
            const FairRanking r = fairRerank(prot, k, table);
            const std::size_t kk = std::min(k, n);
            QCOMPARE(r.order.size(), kk);
            QVERIFY(distinctSubset(r.order, n));
            QVERIFY(increasingWithin(r.order, prot, true));
            QVERIFY(increasingWithin(r.order, prot, false));
            const bool enough = kk == 0 || int(protectedCount) >= table[kk - 1];
            QCOMPARE(r.feasible, enough);
            infeasible += enough ? 0 : 1;
            if (enough)
                QVERIFY(satisfiesTable(prot, r.order, table));
            std::vector<std::size_t> identity(kk);
            std::iota(identity.begin(), identity.end(), std::size_t(0));
            if (satisfiesTable(prot, identity, table)) {
                ++alreadyFair;
                QCOMPARE(r.order, identity);
            }
        }
        QVERIFY(alreadyFair > 1000); // both branches are exercised
        QVERIFY(infeasible > 100);
    }

    void greedyExample()
    {
        // 6 candidates; group A = {3, 4}, group B = {1, 5}; shares 0.5 / 0.25, k = 4.
        const std::vector<std::vector<std::uint8_t>> m = {{0, 0, 0, 1, 1, 0}, {0, 1, 0, 0, 0, 1}};
        const GreedyRanking g = minimumShareRerank(m, {0.5, 0.25}, 4);
        // i=1: no need -> 0; i=2: A needs 1 -> 3; i=3: no need -> 1 (B counted); i=4: A needs 2 -> 4.
        QCOMPARE(g.order, (std::vector<std::size_t>{0, 3, 1, 4}));
        QVERIFY(g.allMet);
        QCOMPARE(g.groups[0].achieved, 2);
        QCOMPARE(g.groups[1].achieved, 1);
        // A floor the pool cannot meet is flagged, and the slate is still filled.
        const GreedyRanking h = minimumShareRerank(m, {0.9, 0.0}, 5);
        QCOMPARE(h.order.size(), std::size_t(5));
        QVERIFY(h.groups[0].infeasible);
        QVERIFY(!h.groups[0].met);
        QCOMPARE(h.groups[0].achieved, 2);
        QVERIFY(!h.infeasiblePositions.empty());
    }

    void greedyProperties()
    {
        const RandomStream rng(2025, "tests", "greedy_pools");
        int feasibleCases = 0, flagged = 0;
        for (std::uint64_t trial = 0; trial < 12000; ++trial) {
            const auto n = std::size_t(rng.integer(trial, 0, 1, 60));
            const auto k = std::size_t(rng.integer(trial, 1, 1, std::int64_t(n)));
            const auto groups = std::size_t(rng.integer(trial, 2, 1, 3));
            std::vector<std::vector<std::uint8_t>> m(groups, std::vector<std::uint8_t>(n));
            std::vector<double> shares(groups);
            for (std::size_t g = 0; g < groups; ++g) {
                const double q = rng.uniform(trial, 10 + g);
                shares[g] = 0.02 + 0.58 * rng.uniform(trial, 20 + g);
                for (std::size_t c = 0; c < n; ++c)
                    m[g][c] = rng.uniform(trial, 100 + g * 100 + c) < q;
            }
            const GreedyRanking r = minimumShareRerank(m, shares, k);
            QCOMPARE(r.order.size(), k);
            QVERIFY(distinctSubset(r.order, n));
            int floorSum = 0;
            for (std::size_t g = 0; g < groups; ++g)
                floorSum += int(std::floor(shares[g] * double(k) + 1e-9));
            for (std::size_t g = 0; g < groups; ++g) {
                const GroupFloorReport &rep = r.groups[g];
                int available = 0, achieved = 0;
                for (std::size_t c = 0; c < n; ++c)
                    available += m[g][c];
                for (std::size_t c : r.order)
                    achieved += m[g][c];
                QCOMPARE(rep.available, available);
                QCOMPARE(rep.achieved, achieved);
                QCOMPARE(rep.floorAtK, int(std::floor(shares[g] * double(k) + 1e-9)));
                QCOMPARE(rep.infeasible, available < rep.floorAtK);
                flagged += rep.infeasible ? 1 : 0;
                if (!rep.infeasible && floorSum <= int(k)) {
                    QVERIFY2(rep.met,
                             qPrintable(QStringLiteral("trial %1 group %2").arg(trial).arg(g)));
                    ++feasibleCases;
                }
                if (groups == 1 && !rep.infeasible)
                    QCOMPARE(rep.prefixShortfalls, 0);
            }
        }
        QVERIFY(feasibleCases > 5000);
        QVERIFY(flagged > 500);
    }

    void audits()
    {
        const std::vector<std::uint8_t> prot = {1, 0, 0, 1};
        QCOMPARE(protectedShareByPrefix(prot, {0, 1, 2, 3}),
                 (std::vector<double>{1.0, 0.5, 1.0 / 3.0, 0.5}));
        QCOMPARE(positionWeight(1), 1.0);
        QVERIFY(std::abs(positionWeight(3) - 0.5) < 1e-15);
        const std::vector<double> gains = {4, 3, 2, 1};
        QCOMPARE(ndcgRetained(gains, {0, 1, 2, 3}), 1.0);
        const double swapped = (3 + 4 / std::log2(3.0)) / (4 + 3 / std::log2(3.0));
        QVERIFY(std::abs(ndcgRetained(gains, {1, 0}) - swapped) < 1e-12);
        std::vector<GroupExposure> e = {{"a", 0, 0, 0}, {"b", 0, 0, 0}};
        addExposure({0, 1, 1, -1}, {1, 0}, e); // positions 1 and 2
        QCOMPARE(e[0].members, 1.0);
        QCOMPARE(e[1].members, 2.0);
        const double ratio = finishExposure(e);
        QVERIFY(std::abs(e[0].perMember - 1.0 / std::log2(3.0)) < 1e-12);
        QVERIFY(std::abs(e[1].perMember - 0.5) < 1e-12);
        QVERIFY(std::abs(ratio - 0.5 / (1.0 / std::log2(3.0))) < 1e-12);
    }

    void severalGroupsEachWithItsTable()
    {
        // A candidate in both groups covers both needs at once.
        const MultiFairRanking both = multiFairRerank({{0, 1, 0}, {0, 1, 1}}, {{1}, {1}}, 3);
        QVERIFY(both.feasible);
        QCOMPARE(both.order, (std::vector<std::size_t>{1, 0, 2}));
        QCOMPARE(both.firstShortfall, (std::vector<int>{0, 0}));
        // Two disjoint groups that both need a member in the first place cannot both be served.
        const MultiFairRanking clash
                = multiFairRerank({{0, 1, 0, 0}, {0, 0, 1, 0}}, {{1, 1}, {1, 1}}, 2);
        QVERIFY(!clash.feasible);
        QCOMPARE(clash.firstShortfall, (std::vector<int>{0, 1}));
        // With one group it is FA*IR's own re-rank.
        std::vector<std::uint8_t> prot(20, 0);
        for (std::size_t c = 15; c < 20; ++c)
            prot[c] = 1;
        const auto table = fairAdjustedTable(20, 0.25, 0.1).mTable;
        QCOMPARE(multiFairRerank({prot}, {table}, 20).order, fairRerank(prot, 20, table).order);
    }
};

QTEST_APPLESS_MAIN(TestRecFairness)
#include "test_rec_fairness.moc"
