#include "core/gen/sampling.h"

#include <cmath>
#include <numeric>

namespace pmis {

AliasTable::AliasTable(const std::vector<double> &weights)
{
    const std::size_t n = weights.size();
    m_prob.assign(n, 0.0);
    m_alias.assign(n, 0);
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> scaled(n);
    std::vector<std::int32_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        scaled[i] = weights[i] * double(n) / total;
        (scaled[i] < 1.0 ? small : large).push_back(std::int32_t(i));
    }
    while (!small.empty() && !large.empty()) {
        const std::int32_t s = small.back();
        small.pop_back();
        const std::int32_t l = large.back();
        m_prob[std::size_t(s)] = scaled[std::size_t(s)];
        m_alias[std::size_t(s)] = l;
        scaled[std::size_t(l)] -= 1.0 - scaled[std::size_t(s)];
        if (scaled[std::size_t(l)] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (std::int32_t i : large)
        m_prob[std::size_t(i)] = 1.0;
    for (std::int32_t i : small)
        m_prob[std::size_t(i)] = 1.0;
}

std::int32_t AliasTable::sample(std::uint64_t bits) const
{
    // High bits pick the column, the low 32 bits decide between it and its alias.
    const auto n = std::uint64_t(m_prob.size());
    const auto column = std::size_t(((bits >> 32) * n) >> 32);
    const double u = double(bits & 0xffffffffULL) * 0x1.0p-32;
    return u < m_prob[column] ? std::int32_t(column) : m_alias[column];
}

std::vector<std::int64_t> largestRemainder(const std::vector<double> &weights, std::int64_t total)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<std::int64_t> counts(weights.size(), 0);
    if (!(sum > 0)) // no weight anywhere: nothing to share out
        return counts;
    std::vector<std::pair<double, std::size_t>> remainders;
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = double(total) * weights[i] / sum;
        counts[i] = std::int64_t(std::floor(exact));
        assigned += counts[i];
        remainders.emplace_back(exact - double(counts[i]), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t i = 0; assigned < total && i < remainders.size(); ++i, ++assigned)
        ++counts[remainders[i].second];
    return counts;
}

std::vector<std::int32_t> sampleCodes(const std::vector<double> &weights, bool exact,
                                      std::size_t rows, const RandomStream &stream, int threads)
{
    std::vector<std::int32_t> codes(rows);
    if (!exact) {
        const AliasTable table(weights);
        parallelFor(rows, threads, [&](std::size_t begin, std::size_t end) {
            for (std::size_t r = begin; r < end; ++r)
                codes[r] = table.sample(stream.bits(r));
        });
        return codes;
    }
    const auto counts = largestRemainder(weights, std::int64_t(rows));
    std::size_t r = 0;
    for (std::size_t c = 0; c < counts.size(); ++c)
        for (std::int64_t i = 0; i < counts[c]; ++i)
            codes[r++] = std::int32_t(c);
    // Fisher-Yates from the end; the swap partner of position i comes from draw i.
    for (std::size_t i = rows; i > 1; --i) {
        const auto j = std::size_t(stream.integer(i - 1, 1, 0, std::int64_t(i - 1)));
        std::swap(codes[i - 1], codes[j]);
    }
    return codes;
}

double truncatedNormal(const RandomStream &stream, std::uint64_t row, std::uint64_t k, double mean,
                       double sd, double lo, double hi)
{
    for (int attempt = 0; attempt < 256; ++attempt) {
        const double v = mean + sd * stream.normal(row, k + 2 * std::uint64_t(attempt));
        if (v >= lo && v <= hi)
            return v;
    }
    // The interval holds almost no mass: fall back to a uniform draw inside it.
    return lo + (hi - lo) * stream.uniform(row, k + 512);
}

double gammaDraw(const RandomStream &stream, std::uint64_t row, std::uint64_t k, double shape)
{
    if (shape < 1.0) {
        // Gamma(a) = Gamma(a + 1) * U^(1/a)
        const double u = stream.uniformOpen(row, k);
        return gammaDraw(stream, row, k + 1, shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (std::uint64_t attempt = 0; attempt < 64; ++attempt) {
        const std::uint64_t draw = k + 3 * attempt;
        const double x = stream.normal(row, draw);
        double v = 1.0 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        const double u = stream.uniformOpen(row, draw + 2);
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v))
            return d * v;
    }
    return shape;
}

void sampleDistinct(const RandomStream &stream, std::uint64_t row, std::uint64_t k, int poolSize,
                    int count, std::vector<int> &out)
{
    out.resize(std::size_t(poolSize));
    std::iota(out.begin(), out.end(), 0);
    for (int i = 0; i < count; ++i) {
        const auto j = int(stream.integer(row, k + std::uint64_t(i), i, poolSize - 1));
        std::swap(out[std::size_t(i)], out[std::size_t(j)]);
    }
    out.resize(std::size_t(count));
}

} // namespace pmis
