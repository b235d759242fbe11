#include "core/rec/metrics.h"

#include "core/rec/parallel_tasks.h"
#include "core/util/rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pmis::rec {

namespace {

// The gain of `item` in a sorted relevant list with parallel gains (1 each when gains is empty); 0
// when the item is not relevant.
double gainOf(const std::vector<std::int32_t> &relevant, const std::vector<double> &gains,
              std::int32_t item)
{
    const auto it = std::lower_bound(relevant.begin(), relevant.end(), item);
    if (it == relevant.end() || *it != item)
        return 0.0;
    return gains.empty() ? 1.0 : gains[std::size_t(it - relevant.begin())];
}

std::vector<double> idealGains(const std::vector<std::int32_t> &relevant,
                               const std::vector<double> &gains)
{
    std::vector<double> ideal = gains.empty() ? std::vector<double>(relevant.size(), 1.0) : gains;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    return ideal;
}

} // namespace

RankingMetrics rankingMetrics(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant, std::size_t k)
{
    return rankingMetrics(list, relevant, {}, k);
}

RankingMetrics rankingMetrics(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant,
                              const std::vector<double> &gains, std::size_t k)
{
    RankingMetrics m;
    if (relevant.empty() || k == 0)
        return m;
    const std::size_t len = std::min(k, list.size());
    double hits = 0, dcg = 0, apSum = 0;
    for (std::size_t r = 0; r < len; ++r) {
        const double gain = gainOf(relevant, gains, list[r]);
        if (gain <= 0)
            continue;
        hits += 1;
        dcg += gain / std::log2(double(r) + 2.0);
        apSum += hits / double(r + 1);
        if (m.mrr == 0)
            m.mrr = 1.0 / double(r + 1);
    }
    const std::size_t idealLen = std::min(relevant.size(), k);
    const std::vector<double> ideal = idealGains(relevant, gains);
    double idcg = 0;
    for (std::size_t r = 0; r < idealLen; ++r)
        idcg += ideal[r] / std::log2(double(r) + 2.0);
    m.precision = hits / double(k);
    m.recall = hits / double(relevant.size());
    m.ndcg = idcg > 0 ? dcg / idcg : 0.0;
    m.ap = apSum / double(idealLen);
    m.hit = hits > 0 ? 1.0 : 0.0;
    return m;
}

std::vector<double> ndcgCurve(const std::vector<std::int32_t> &list,
                              const std::vector<std::int32_t> &relevant,
                              const std::vector<double> &gains)
{
    std::vector<double> out(list.size(), 0.0);
    const std::vector<double> ideal = idealGains(relevant, gains);
    double dcg = 0, idcg = 0;
    for (std::size_t r = 0; r < list.size(); ++r) {
        const double discount = 1.0 / std::log2(double(r) + 2.0);
        dcg += gainOf(relevant, gains, list[r]) * discount;
        if (r < ideal.size())
            idcg += ideal[r] * discount;
        out[r] = idcg > 0 ? dcg / idcg : 0.0;
    }
    return out;
}

RankingMetrics &operator+=(RankingMetrics &a, const RankingMetrics &b)
{
    a.precision += b.precision;
    a.recall += b.recall;
    a.ndcg += b.ndcg;
    a.ap += b.ap;
    a.hit += b.hit;
    a.mrr += b.mrr;
    return a;
}

RankingMetrics operator/(RankingMetrics a, double d)
{
    if (d <= 0)
        return RankingMetrics{};
    a.precision /= d;
    a.recall /= d;
    a.ndcg /= d;
    a.ap /= d;
    a.hit /= d;
    a.mrr /= d;
    return a;
}

namespace {

// Indices sorted by score ascending (ties by index) and the tie groups' ends.
std::vector<std::uint32_t> ascending(const std::vector<double> &s)
{
    std::vector<std::uint32_t> order(s.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return s[a] != s[b] ? s[a] < s[b] : a < b; });
    return order;
}

// AUC with weights (multiplicities): P(score+ > score-) + 0.5 P(tie). NaN without both classes.
double weightedAuc(const std::vector<double> &s, const std::vector<std::uint8_t> &y,
                   const std::vector<std::uint32_t> &order, const std::vector<double> *w)
{
    double negBelow = 0, sum = 0, pos = 0, neg = 0;
    for (std::size_t a = 0; a < order.size();) {
        std::size_t b = a;
        double gp = 0, gn = 0;
        while (b < order.size() && s[order[b]] == s[order[a]]) {
            const double wi = w ? (*w)[order[b]] : 1.0;
            (y[order[b]] ? gp : gn) += wi;
            ++b;
        }
        sum += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
        neg += gn;
        a = b;
    }
    return pos > 0 && neg > 0 ? sum / (pos * neg) : std::numeric_limits<double>::quiet_NaN();
}

double weightedAp(const std::vector<double> &s, const std::vector<std::uint8_t> &y,
                  const std::vector<std::uint32_t> &order, const std::vector<double> *w)
{
    double totalPos = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        totalPos += y[i] ? (w ? (*w)[i] : 1.0) : 0.0;
    if (totalPos <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    double tp = 0, fp = 0, prevRecall = 0, ap = 0;
    for (std::size_t a = order.size(); a > 0;) { // descending thresholds
        std::size_t b = a;
        while (b > 0 && s[order[b - 1]] == s[order[a - 1]]) {
            const double wi = w ? (*w)[order[b - 1]] : 1.0;
            (y[order[b - 1]] ? tp : fp) += wi;
            --b;
        }
        const double recall = tp / totalPos;
        if (tp + fp > 0)
            ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
        a = b;
    }
    return ap;
}

double clipP(double p)
{
    return std::clamp(p, 1e-15, 1.0 - 1e-15);
}

} // namespace

double rocAuc(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels)
{
    return weightedAuc(scores, labels, ascending(scores), nullptr);
}

double averagePrecision(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels)
{
    return weightedAp(scores, labels, ascending(scores), nullptr);
}

double brierScore(const std::vector<double> &p, const std::vector<std::uint8_t> &y)
{
    double sum = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        sum += (p[i] - y[i]) * (p[i] - y[i]);
    return p.empty() ? 0.0 : sum / double(p.size());
}

double logLoss(const std::vector<double> &p, const std::vector<std::uint8_t> &y)
{
    double sum = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        sum -= y[i] ? std::log(clipP(p[i])) : std::log(1 - clipP(p[i]));
    return p.empty() ? 0.0 : sum / double(p.size());
}

Reliability reliabilityDiagram(const std::vector<double> &p, const std::vector<std::uint8_t> &y,
                               int bins)
{
    Reliability r;
    const std::size_t n = p.size();
    if (n == 0 || bins < 1)
        return r;
    const auto order = ascending(p);
    const auto nb = std::size_t(bins);
    for (std::size_t b = 0; b < nb; ++b) {
        const std::size_t lo = n * b / nb, hi = n * (b + 1) / nb;
        if (hi <= lo)
            continue;
        ReliabilityBin bin;
        bin.lo = p[order[lo]];
        bin.hi = p[order[hi - 1]];
        for (std::size_t i = lo; i < hi; ++i) {
            bin.predicted += p[order[i]];
            bin.observed += y[order[i]];
        }
        bin.count = hi - lo;
        bin.predicted /= double(bin.count);
        bin.observed /= double(bin.count);
        r.ece += double(bin.count) / double(n) * std::abs(bin.observed - bin.predicted);
        r.bins.push_back(bin);
    }
    return r;
}

BinaryReport binaryReport(const std::string &name, const std::vector<double> &p,
                          const std::vector<std::uint8_t> &y, int resamples, std::uint64_t seed,
                          int threads)
{
    BinaryReport r;
    r.name = name;
    r.n = p.size();
    for (auto v : y)
        r.positives += v ? 1 : 0;
    r.negatives = r.n - r.positives;
    r.reliable = r.positives >= kMinPositives && r.negatives >= kMinPositives;
    r.resamples = std::size_t(std::max(0, resamples));
    if (r.n == 0)
        return r;
    const double pi = double(r.positives) / double(r.n);
    r.baseRate = pi;
    const auto order = ascending(p);
    r.auc.value = weightedAuc(p, y, order, nullptr);
    r.ap.value = weightedAp(p, y, order, nullptr);
    r.brier.value = brierScore(p, y);
    r.logLoss.value = logLoss(p, y);
    const double brierBase = pi * (1 - pi);
    const double llBase
            = (pi > 0 && pi < 1) ? -(pi * std::log(pi) + (1 - pi) * std::log(1 - pi)) : 0.0;
    r.brierSkill = brierBase > 0 ? 1.0 - r.brier.value / brierBase : 0.0;
    r.logLossSkill = llBase > 0 ? 1.0 - r.logLoss.value / llBase : 0.0;
    r.reliability = reliabilityDiagram(p, y, 10);

    const auto B = std::size_t(std::max(0, resamples));
    std::vector<double> auc(B), ap(B), brier(B), ll(B);
    const RandomStream stream(seed, "bootstrap", "resample"); // paired across reports
    parallelTasks(B, threads, 16, [&](std::size_t begin, std::size_t end, std::size_t) {
        std::vector<double> w(r.n);
        for (std::size_t b = begin; b < end; ++b) {
            std::fill(w.begin(), w.end(), 0.0);
            for (std::size_t i = 0; i < r.n; ++i)
                w[std::size_t(stream.integer(b, i, 0, std::int64_t(r.n) - 1))] += 1.0;
            auc[b] = weightedAuc(p, y, order, &w);
            ap[b] = weightedAp(p, y, order, &w);
            double sb = 0, sl = 0;
            for (std::size_t i = 0; i < r.n; ++i) {
                if (w[i] == 0)
                    continue;
                sb += w[i] * (p[i] - y[i]) * (p[i] - y[i]);
                sl -= w[i] * (y[i] ? std::log(clipP(p[i])) : std::log(1 - clipP(p[i])));
            }
            brier[b] = sb / double(r.n);
            ll[b] = sl / double(r.n);
        }
    });
    const auto interval = [](std::vector<double> v, Interval &out) {
        v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }),
                v.end());
        if (v.empty()) {
            out.lo = out.hi = out.value;
            return;
        }
        std::sort(v.begin(), v.end());
        const auto at = [&](double q) {
            const double pos = q * double(v.size() - 1);
            const auto i = std::size_t(pos);
            const double f = pos - double(i);
            return i + 1 < v.size() ? v[i] * (1 - f) + v[i + 1] * f : v[i];
        };
        out.lo = at(0.025);
        out.hi = at(0.975);
    };
    for (double v : auc)
        r.droppedResamples += std::isnan(v) ? 1 : 0;
    interval(auc, r.auc);
    interval(ap, r.ap);
    interval(brier, r.brier);
    interval(ll, r.logLoss);
    return r;
}

} // namespace pmis::rec
