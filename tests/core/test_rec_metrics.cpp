// Ranking and binary metrics against the test vectors of docs/recommender.md; bootstrap intervals; reliability bins.
#include "core/rec/metrics.h"
#include "core/util/rng.h"

#include <QtTest>

using namespace pmis;
using namespace pmis::rec;

class TestRecMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankingVector()
    {
        // L = [A,B,C,D,E], T = {A,C,F}, K = 5.
        const std::vector<std::int32_t> list = {0, 1, 2, 3, 4};
        const std::vector<std::int32_t> relevant = {0, 2, 5};
        const RankingMetrics m = rankingMetrics(list, relevant, 5);
        QVERIFY(std::abs(m.precision - 0.4) < 1e-6);
        QVERIFY(std::abs(m.recall - 0.666667) < 1e-6);
        QVERIFY(std::abs(m.ndcg - 0.703918) < 1e-6);
        QVERIFY(std::abs(m.ap - 0.555556) < 1e-6);
        QCOMPARE(m.hit, 1.0);
        QCOMPARE(m.mrr, 1.0);
        const auto curve = ndcgCurve(list, relevant);
        QCOMPARE(curve.size(), std::size_t(5));
        QVERIFY(std::abs(curve[4] - m.ndcg) < 1e-15);
        QCOMPARE(curve[0], 1.0);
    }

    void rankingEdges()
    {
        // No hit: everything 0; a first hit at rank 3 gives MRR 1/3; K beyond the list length.
        const RankingMetrics none = rankingMetrics({1, 2, 3}, {9}, 3);
        QCOMPARE(none.ndcg, 0.0);
        QCOMPARE(none.mrr, 0.0);
        QCOMPARE(none.hit, 0.0);
        const RankingMetrics third = rankingMetrics({1, 2, 9}, {9}, 10);
        QVERIFY(std::abs(third.mrr - 1.0 / 3.0) < 1e-15);
        QVERIFY(std::abs(third.precision - 0.1) < 1e-15); // divided by K, not by the list length
        QVERIFY(std::abs(third.ndcg - 0.5) < 1e-15);      // 1/log2(4) over the ideal 1
        QVERIFY(std::abs(third.ap - 1.0 / 3.0) < 1e-15);
    }

    void binaryVectors()
    {
        const std::vector<std::uint8_t> y = {0, 0, 1, 1};
        const std::vector<double> s = {0.1, 0.4, 0.35, 0.8};
        QVERIFY(std::abs(rocAuc(s, y) - 0.75) < 1e-6);
        QVERIFY(std::abs(averagePrecision(s, y) - 0.833333) < 1e-6);
        QVERIFY(std::abs(brierScore({0.1, 0.9, 0.8, 0.3}, {0, 1, 1, 0}) - 0.0375) < 1e-6);
        const double ll = logLoss({0.1, 0.9, 0.8, 0.3}, {0, 1, 1, 0});
        const double expected
                = -(std::log(0.9) + std::log(0.9) + std::log(0.8) + std::log(0.7)) / 4;
        QVERIFY(std::abs(ll - expected) < 1e-12);
    }

    void ties()
    {
        // Tied scores: AUC counts half, AP treats the tie as one threshold.
        const std::vector<std::uint8_t> y = {1, 0, 1, 0};
        const std::vector<double> s = {0.5, 0.5, 0.9, 0.1};
        QVERIFY(std::abs(rocAuc(s, y) - (1.0 + 1.0 + 1.0 + 0.5) / 4.0) < 1e-12);
        // Thresholds: 0.9 -> P 1, R 0.5; 0.5 -> P 2/3, R 1; AP = 0.5 * 1 + 0.5 * 2/3.
        QVERIFY(std::abs(averagePrecision(s, y) - (0.5 + 1.0 / 3.0)) < 1e-12);
        QVERIFY(std::isnan(rocAuc({0.1, 0.2}, {1, 1})));
    }

    void reliability()
    {
        std::vector<double> p;
        std::vector<std::uint8_t> y;
        for (int i = 0; i < 100; ++i) {
            p.push_back(i / 100.0);
            y.push_back(i % 10 == 0);
        }
        const Reliability r = reliabilityDiagram(p, y, 10);
        QCOMPARE(r.bins.size(), std::size_t(10));
        double ece = 0;
        for (std::size_t b = 0; b < 10; ++b) {
            QCOMPARE(r.bins[b].count, std::size_t(10));
            QVERIFY(std::abs(r.bins[b].predicted - (b * 10 + 4.5) / 100.0) < 1e-12);
            QVERIFY(std::abs(r.bins[b].observed - 0.1) < 1e-12);
            ece += 0.1 * std::abs(0.1 - (b * 10 + 4.5) / 100.0);
        }
        QVERIFY(std::abs(r.ece - ece) < 1e-12);
    }

    void bootstrap()
    {
        const RandomStream rng(7, "tests", "bootstrap");
        std::vector<double> p;
        std::vector<std::uint8_t> y;
        for (std::uint64_t i = 0; i < 2000; ++i) {
            const double z = rng.normal(i, 0);
            const double prob = 1 / (1 + std::exp(-(z - 2)));
            p.push_back(prob);
            y.push_back(rng.uniform(i, 5) < prob);
        }
        const BinaryReport a = binaryReport("m", p, y, 400, 11, 1);
        const BinaryReport b = binaryReport("m", p, y, 400, 11, 2);
        QCOMPARE(a.auc.lo, b.auc.lo); // identical for any thread count
        QCOMPARE(a.logLoss.hi, b.logLoss.hi);
        QCOMPARE(a.auc.value, rocAuc(p, y));
        QCOMPARE(a.ap.value, averagePrecision(p, y));
        for (const Interval *iv : {&a.auc, &a.ap, &a.brier, &a.logLoss}) {
            QVERIFY(iv->lo <= iv->value && iv->value <= iv->hi);
            QVERIFY(iv->hi - iv->lo > 0);
        }
        // The AUC's interval width is close to its normal-theory size (Hanley-McNeil order).
        QVERIFY(a.auc.hi - a.auc.lo < 0.1);
        // Skill scores against the constant base-rate predictor.
        const double pi = a.baseRate;
        QVERIFY(std::abs(a.brierSkill - (1 - a.brier.value / (pi * (1 - pi)))) < 1e-12);
        const BinaryReport constant = binaryReport("c", std::vector<double>(p.size(), pi), y, 0);
        QVERIFY(std::abs(constant.brierSkill) < 1e-12);
        QVERIFY(std::abs(constant.logLossSkill) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestRecMetrics)
#include "test_rec_metrics.moc"
