// The noise bands are right: data sampled from the target pass 99% of the time, and not more.
// Pass counts over many fixed seeds are compared with Binomial(seeds, 0.99): four standard
// deviations either side, so a band that is too narrow or too wide fails.
#include "core/gen/generator.h"
#include "core/stats/realized.h"
#include "core/gen/sampling.h"
#include "core/quality/noise_band.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <cmath>
#include <numeric>

using namespace pmis;
using namespace pmis::quality;

namespace {

// [lo, hi] for the pass count of `trials` checks that each pass with probability 0.99.
std::pair<double, double> binomialRange(int trials, double sigmas = 4.0)
{
    const double mean = 0.99 * trials, sd = std::sqrt(trials * 0.99 * 0.01);
    return {mean - sigmas * sd, std::min(double(trials), mean + sigmas * sd)};
}

double totalVariation(const std::vector<std::int32_t> &codes, const std::vector<double> &p)
{
    std::vector<double> share(p.size(), 0.0);
    for (auto c : codes)
        share[std::size_t(c)] += 1.0 / double(codes.size());
    double d = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        d += std::abs(share[i] - p[i]);
    return d / 2;
}

std::vector<double> normalised(std::vector<double> w)
{
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double &v : w)
        v /= sum;
    return w;
}

} // namespace

class TestNoiseBand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedStudentsPass99PercentOver200Seeds();
    void sampledSharesPass99Percent_data();
    void sampledSharesPass99Percent();
    void exactSharesAlwaysPass();
    void ksBandPasses99Percent();
    void clusteredBandPasses99Percent();
    void bandShrinksWithRows();
    void bandIsDeterministic();
};

void TestNoiseBand::sampledSharesPass99Percent_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<int>("rows");
    QTest::newRow("tiers at 5,000") << QList<double>{0.15, 0.35, 0.50} << 5000;
    QTest::newRow("24 cities at 5,000") << QList<double>(24, 1.0) << 5000;
    QTest::newRow("gender at 5,000") << QList<double>{0.60, 0.38, 0.02} << 5000;
    QTest::newRow("experience at 1,000")
            << QList<double>{0.20, 0.25, 0.20, 0.15, 0.15, 0.05} << 1000;
}

void TestNoiseBand::sampledSharesPass99Percent()
{
    QFETCH(QList<double>, weights);
    QFETCH(int, rows);
    const auto p = normalised(std::vector<double>(weights.begin(), weights.end()));
    const double band = shareBand(p, std::size_t(rows), ShareMode::Sampled);
    constexpr int kSeeds = 2000;
    int pass = 0;
    for (int seed = 0; seed < kSeeds; ++seed) {
        const auto codes = sampleCodes(p, false, std::size_t(rows),
                                       RandomStream(std::uint64_t(seed), "test", "band"), 1);
        pass += totalVariation(codes, p) <= band;
    }
    const auto [lo, hi] = binomialRange(kSeeds);
    QVERIFY2(pass >= lo && pass <= hi,
             qPrintable(QStringLiteral("%1 of %2 passed; expected %3..%4 (band %5)")
                                .arg(pass)
                                .arg(kSeeds)
                                .arg(lo)
                                .arg(hi)
                                .arg(band)));
}

void TestNoiseBand::exactSharesAlwaysPass()
{
    const auto p = normalised({0.15, 0.35, 0.50});
    for (std::size_t n : {7u, 100u, 4999u, 5000u}) {
        const double band = shareBand(p, n, ShareMode::Exact);
        for (int seed = 0; seed < 20; ++seed) {
            const auto codes = sampleCodes(p, true, n,
                                           RandomStream(std::uint64_t(seed), "test", "exact"), 1);
            QVERIFY(totalVariation(codes, p) <= band + 1e-12);
        }
        QVERIFY(band <= 1.5 / double(n) + 1e-12);
    }
}

void TestNoiseBand::generatedStudentsPass99PercentOver200Seeds()
{
    // The whole path: generate 5,000 students per seed, run the report, count the share checks.
    Scenario s = *loadPreset("pmis-2025");
    s.internships = 100;
    s.interactions = 500;
    constexpr int kSeeds = 200;
    int trials = 0, pass = 0, exactPass = 0;
    for (int seed = 0; seed < kSeeds; ++seed) {
        s.seed = std::uint64_t(1000 + seed);
        auto data = generateDataset(s, {2, {}});
        QVERIFY(data.isOk());
        auto report = computeQuality(*data, &s);
        QVERIFY(report.isOk());
        for (const Check &c : report->checks) {
            if (c.category != "distribution" || c.table != "students" || c.metric != "1 - TV")
                continue;
            if (c.column == "college_tier") { // exact mode
                exactPass += c.status == CheckStatus::Pass;
                continue;
            }
            ++trials;
            pass += c.status == CheckStatus::Pass;
        }
    }
    QCOMPARE(exactPass, kSeeds);
    QCOMPARE(trials, kSeeds * 6);
    const auto [lo, hi] = binomialRange(trials);
    QVERIFY2(pass >= lo && pass <= hi,
             qPrintable(QStringLiteral("%1 of %2 share checks passed; expected %3..%4")
                                .arg(pass)
                                .arg(trials)
                                .arg(lo)
                                .arg(hi)));
}

void TestNoiseBand::ksBandPasses99Percent()
{
    // CGPA-like values: a truncated normal rounded to 2 decimals, 750 per sample (Tier-1).
    constexpr int kSeeds = 1000;
    constexpr std::size_t n = 750;
    const double band = ksBand(n);
    int pass = 0;
    std::vector<double> v(n);
    for (int seed = 0; seed < kSeeds; ++seed) {
        const RandomStream stream(std::uint64_t(seed), "test", "ks");
        for (std::size_t r = 0; r < n; ++r)
            v[r] = std::round(truncatedNormal(stream, r, 0, 8.5, 0.8, 6.0, 10.0) * 100) / 100;
        std::sort(v.begin(), v.end());
        double d = 0;
        for (std::size_t i = 0; i < n;) {
            std::size_t j = i;
            while (j < n && v[j] == v[i])
                ++j;
            d = std::max(
                    d, std::abs(double(i) / n - truncatedNormalCdf(v[i] - 0.005, 8.5, 0.8, 6, 10)));
            d = std::max(
                    d, std::abs(double(j) / n - truncatedNormalCdf(v[i] + 0.005, 8.5, 0.8, 6, 10)));
            i = j;
        }
        pass += d <= band;
    }
    const auto [lo, hi] = binomialRange(kSeeds);
    QVERIFY2(pass >= lo && pass <= hi, qPrintable(QStringLiteral("%1 of %2 passed; expected %3..%4")
                                                          .arg(pass)
                                                          .arg(kSeeds)
                                                          .arg(lo)
                                                          .arg(hi)));
}

void TestNoiseBand::clusteredBandPasses99Percent()
{
    // Sessions as a funnel: a view, then an apply with probability 5/12, then a shortlist (0.4)
    // or a reject (0.2): type shares 0.6 / 0.25 / 0.1 / 0.05 with rows clustered by session.
    const std::vector<double> p = {0.6, 0.25, 0.1, 0.05};
    constexpr int kSeeds = 1000;
    constexpr std::size_t sessions = 3000;
    int pass = 0;
    for (int seed = 0; seed < kSeeds; ++seed) {
        const RandomStream stream(std::uint64_t(seed), "test", "funnel");
        std::vector<std::array<double, 4>> y(sessions);
        std::array<double, 4> total{};
        double rows = 0;
        for (std::size_t s = 0; s < sessions; ++s) {
            y[s] = {1, 0, 0, 0};
            if (stream.uniform(s, 0) < 0.25 / 0.6) {
                y[s][1] = 1;
                const double u = stream.uniform(s, 1);
                if (u < 0.4)
                    y[s][2] = 1;
                else if (u < 0.6)
                    y[s][3] = 1;
            }
            for (int k = 0; k < 4; ++k) {
                total[std::size_t(k)] += y[s][std::size_t(k)];
                rows += y[s][std::size_t(k)];
            }
        }
        std::vector<double> cov(16, 0.0);
        for (const auto &ys : y) {
            const double m = ys[0] + ys[1] + ys[2] + ys[3];
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 4; ++j)
                    cov[std::size_t(i * 4 + j)] += (ys[std::size_t(i)] - p[std::size_t(i)] * m)
                                                   * (ys[std::size_t(j)] - p[std::size_t(j)] * m);
        }
        for (double &c : cov)
            c /= rows * rows;
        double d = 0;
        for (int k = 0; k < 4; ++k)
            d += std::abs(total[std::size_t(k)] / rows - p[std::size_t(k)]);
        pass += d / 2 <= clusteredShareBand(cov, 4);
    }
    const auto [lo, hi] = binomialRange(kSeeds);
    QVERIFY2(pass >= lo && pass <= hi, qPrintable(QStringLiteral("%1 of %2 passed; expected %3..%4")
                                                          .arg(pass)
                                                          .arg(kSeeds)
                                                          .arg(lo)
                                                          .arg(hi)));
}

void TestNoiseBand::bandShrinksWithRows()
{
    const std::vector<double> p = {0.15, 0.35, 0.5};
    const double b1 = shareBand(p, 1000, ShareMode::Sampled);
    const double b4 = shareBand(p, 4000, ShareMode::Sampled);
    // Sampling noise falls as 1 / sqrt(n): four times the rows, half the band (within MC noise).
    QVERIFY2(std::abs(b1 / b4 - 2.0) < 0.15, qPrintable(QString::number(b1 / b4)));
    QVERIFY(ksBand(100) > ksBand(10000));
}

void TestNoiseBand::bandIsDeterministic()
{
    const std::vector<double> p = {0.6, 0.38, 0.02};
    QCOMPARE(shareBand(p, 5000, ShareMode::Sampled), shareBand(p, 5000, ShareMode::Sampled));
}

QTEST_GUILESS_MAIN(TestNoiseBand)
#include "test_noise_band.moc"
