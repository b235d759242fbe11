#pragma once
// Evaluation metrics by the field's definitions (docs/recommender.md, "Metrics"). Ranking metrics rank the full
// catalogue (never sampled negatives); binary metrics score the success model. Pure functions.

#include <cstdint>
#include <string>
#include <vector>

namespace pmis::rec {

struct RankingMetrics
{
    double precision = 0; // |L n T| / K
    double recall = 0;    // |L n T| / |T|
    double ndcg = 0; // gain (binary, or graded), discount 1 / log2(i + 1), ideal over min(|T|, K)
    double ap = 0;   // sum of Precision@r at hits / min(|T|, K)
    double hit = 0;  // 1 when L n T is not empty
    double mrr = 0;  // 1 / rank of the first hit (0 without one)
};
// list: the top-K (it may be shorter than K when the catalogue is); relevant: sorted, non-empty.
RankingMetrics rankingMetrics(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant, std::size_t k);
// Graded: gains parallel to relevant (> 0; e.g. apply 1, shortlist 2, selected 3) enter NDCG as
// gain / log2(i + 1) with the ideal DCG over the largest min(|T|, K) gains; the other metrics count
// every relevant item as a hit. Empty gains = binary.
RankingMetrics rankingMetrics(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant,
                              const std::vector<double> &gains, std::size_t k);
// NDCG@k for k = 1..list.size() in one pass (gains as above; empty = binary).
std::vector<double> ndcgCurve(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant,
                              const std::vector<double> &gains = {});
RankingMetrics &operator+=(RankingMetrics &a, const RankingMetrics &b);
RankingMetrics operator/(RankingMetrics a, double d);

// Binary classification of the success model. Ties share ranks (AUC) or a threshold (AP).
double rocAuc(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels);
// Step-wise: sum over thresholds of (R_n - R_{n-1}) P_n, not trapezoidal.
double averagePrecision(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels);
double brierScore(const std::vector<double> &probabilities,
                  const std::vector<std::uint8_t> &labels);
// Natural logarithm; probabilities clipped to [1e-15, 1 - 1e-15].
double logLoss(const std::vector<double> &probabilities, const std::vector<std::uint8_t> &labels);

struct ReliabilityBin
{
    double lo = 0, hi = 0; // the predicted range of the bin
    double predicted = 0;  // mean prediction
    double observed = 0;   // success rate
    std::size_t count = 0;
};
struct Reliability
{
    std::vector<ReliabilityBin> bins; // equal-count (quantile) bins of the sorted predictions
    double ece = 0;                   // sum over bins of count / n * |observed - predicted|
};
Reliability reliabilityDiagram(const std::vector<double> &probabilities,
                               const std::vector<std::uint8_t> &labels, int bins = 10);

struct Interval
{
    double value = 0, lo = 0, hi = 0; // the estimate and its bootstrap 95% percentile interval
};
// Below this many positives (or negatives) a ranking figure such as an AUC or AP is not judged
// (docs/recommender.md, "Counts and reliability"); groups use kMinGroupPositives.
inline constexpr std::size_t kMinPositives = 30;
inline constexpr std::size_t kMinGroupPositives = 10;

struct BinaryReport
{
    std::string name;
    std::size_t n = 0, positives = 0, negatives = 0;
    bool reliable = false;     // positives and negatives >= kMinPositives
    std::size_t resamples = 0; // bootstrap resamples drawn...
    // ...and those dropped for AUC / AP because they held one class.
    std::size_t droppedResamples = 0;
    double baseRate = 0;
    Interval auc, ap, brier, logLoss;
    double brierSkill = 0;   // 1 - Brier / (pi (1 - pi)): against the constant base-rate predictor
    double logLossSkill = 0; // 1 - logloss / -(pi ln pi + (1 - pi) ln(1 - pi))
    Reliability reliability;
};
// Every binary metric with percentile intervals from `resamples` bootstrap resamples (seeded,
// deterministic for any thread count). Resamples holding one class only are skipped for AUC / AP
// and counted in droppedResamples.
BinaryReport binaryReport(const std::string &name, const std::vector<double> &probabilities,
                          const std::vector<std::uint8_t> &labels, int resamples = 1000,
                          std::uint64_t seed = 42, int threads = 0);

} // namespace pmis::rec
