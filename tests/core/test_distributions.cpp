// Sampling primitives: shares within sampling noise, exact shares exact, truncated normals inside
// their bounds with the right mean, and values independent of generation order.
#include "core/gen/generator.h"
#include "core/gen/sampling.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <numeric>

using namespace pmis;

class TestDistributions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampledShares_data();
    void sampledShares();
    void exactShares_data();
    void exactShares();
    void largestRemainderSums();
    void truncatedNormal_data();
    void truncatedNormal();
    void gammaMean();
    void threadCountDoesNotMatter();
    void rowValuesIndependentOfOrder();
    void parallelForPassesExceptionsOn();
};

void TestDistributions::sampledShares_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::newRow("tiers") << QList<double>{0.15, 0.35, 0.50};
    QTest::newRow("gender") << QList<double>{0.60, 0.38, 0.02};
    QTest::newRow("uniform 24") << QList<double>(24, 1.0);
    QTest::newRow("skewed") << QList<double>{100, 1, 0.1, 10};
    QTest::newRow("with zero") << QList<double>{1, 0, 3};
}

void TestDistributions::sampledShares()
{
    QFETCH(QList<double>, weights);
    const std::vector<double> w(weights.begin(), weights.end());
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    constexpr std::size_t n = 100000;
    const auto codes = sampleCodes(w, false, n, RandomStream(7, "test", "shares"), 2);
    std::vector<std::size_t> counts(w.size(), 0);
    for (auto c : codes)
        ++counts[std::size_t(c)];
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double p = w[i] / total;
        const double se = std::sqrt(p * (1 - p) / double(n));
        const double got = double(counts[i]) / double(n);
        if (p == 0)
            QCOMPARE(counts[i], std::size_t(0));
        else
            QVERIFY2(std::abs(got - p) <= 4 * se,
                     qPrintable(QStringLiteral("label %1: %2 vs %3 (4 se = %4)")
                                        .arg(i)
                                        .arg(got)
                                        .arg(p)
                                        .arg(4 * se)));
    }
}

void TestDistributions::exactShares_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("tiers 5000") << QList<double>{0.15, 0.35, 0.50} << 5000
                                << QList<int>{750, 1750, 2500};
    QTest::newRow("thirds 10") << QList<double>{1, 1, 1} << 10 << QList<int>{4, 3, 3};
    QTest::newRow("gender 1001") << QList<double>{0.60, 0.38, 0.02} << 1001
                                 << QList<int>{601, 380, 20};
}

void TestDistributions::exactShares()
{
    QFETCH(QList<double>, weights);
    QFETCH(int, rows);
    QFETCH(QList<int>, expected);
    const std::vector<double> w(weights.begin(), weights.end());
    const auto codes = sampleCodes(w, true, std::size_t(rows), RandomStream(1, "test", "exact"), 2);
    QList<int> counts(weights.size(), 0);
    for (auto c : codes)
        ++counts[c];
    QCOMPARE(counts, expected);
    // Shuffled, not in label order.
    QVERIFY(!std::is_sorted(codes.begin(), codes.end()));
}

void TestDistributions::largestRemainderSums()
{
    for (std::int64_t total : {0, 1, 7, 999, 123457}) {
        const auto c = largestRemainder({0.3, 0.3, 0.4, 1e-9}, total);
        QCOMPARE(std::accumulate(c.begin(), c.end(), std::int64_t(0)), total);
    }
}

void TestDistributions::truncatedNormal_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("tier-1 cgpa") << 8.5 << 0.8 << 6.0 << 10.0;
    QTest::newRow("tier-3 cgpa") << 7.2 << 1.0 << 6.0 << 10.0;
    QTest::newRow("one-sided") << 0.0 << 1.0 << 0.0 << 50.0;
    QTest::newRow("stipend") << 60000.0 << 15000.0 << 10000.0 << 100000.0;
}

void TestDistributions::truncatedNormal()
{
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, lo);
    QFETCH(double, hi);
    const RandomStream s(3, "test", "tn");
    constexpr int n = 100000;
    double sum = 0, sq = 0;
    int atLow = 0;
    for (int i = 0; i < n; ++i) {
        const double v = pmis::truncatedNormal(s, std::uint64_t(i), 0, mean, sd, lo, hi);
        QVERIFY(v >= lo && v <= hi);
        atLow += v == lo;
        sum += v;
        sq += v * v;
    }
    // Analytic mean of the truncated normal.
    const auto phi = [](double x) { return std::exp(-0.5 * x * x) / std::sqrt(2 * M_PI); };
    const auto Phi = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
    const double a = (lo - mean) / sd, b = (hi - mean) / sd;
    const double expected = mean + sd * (phi(a) - phi(b)) / (Phi(b) - Phi(a));
    const double got = sum / n;
    const double sdSample = std::sqrt(sq / n - got * got);
    QVERIFY2(std::abs(got - expected) <= 4 * sdSample / std::sqrt(double(n)),
             qPrintable(QStringLiteral("mean %1 vs %2").arg(got).arg(expected)));
    QCOMPARE(atLow, 0); // resampled, not clipped: no pile at the bound
}

void TestDistributions::gammaMean()
{
    const RandomStream s(5, "test", "gamma");
    for (double shape : {0.5, 1.5, 4.0}) {
        constexpr int n = 100000;
        double sum = 0;
        for (int i = 0; i < n; ++i)
            sum += gammaDraw(s, std::uint64_t(i), 0, shape);
        const double se = std::sqrt(shape / n);
        QVERIFY2(std::abs(sum / n - shape) <= 4 * se, qPrintable(QString::number(sum / n)));
    }
}

void TestDistributions::threadCountDoesNotMatter()
{
    const std::vector<double> w{0.2, 0.3, 0.5};
    for (bool exact : {false, true}) {
        const RandomStream s(11, "t", "c");
        const auto one = sampleCodes(w, exact, 50000, s, 1);
        QCOMPARE(sampleCodes(w, exact, 50000, s, 2), one);
        QCOMPARE(sampleCodes(w, exact, 50000, s, 7), one);
    }
}

void TestDistributions::rowValuesIndependentOfOrder()
{
    // With every student column in sampled mode, the first 500 students of a 1,000-student run are
    // the 500 students of a 500-student run: a row's values depend on (seed, column, row) only.
    auto s = loadPreset("demo-small");
    s->student.tiers.mode = ShareMode::Sampled;
    s->interactions = 2000;
    s->students = 500;
    auto small = generateDataset(*s, {1, {}});
    s->students = 1000;
    auto large = generateDataset(*s, {2, {}});
    QVERIFY(small.isOk() && large.isOk());
    const Table &a = small->students, &b = large->students;
    for (std::size_t c = 0; c < a.columns.size(); ++c)
        for (std::size_t r = 0; r < 500; ++r)
            QCOMPARE(a.columns[c].text(r), b.columns[c].text(r));
}

// A chunk that throws (std::bad_alloc on a large scenario) neither ends the process nor leaves
// threads running: every chunk finishes, then the first exception reaches the caller.
void TestDistributions::parallelForPassesExceptionsOn()
{
    for (int threads : {1, 2, 8}) {
        std::atomic<std::size_t> done{0};
        bool caught = false;
        try {
            parallelFor(100000, threads, [&](std::size_t begin, std::size_t end) {
                if (begin == 0)
                    throw std::bad_alloc();
                done += end - begin;
            });
        } catch (const std::bad_alloc &) {
            caught = true;
        }
        QVERIFY(caught);
        if (threads > 1)
            QVERIFY(done > 0); // the other chunks ran to their end
    }
}

QTEST_GUILESS_MAIN(TestDistributions)
#include "test_distributions.moc"
