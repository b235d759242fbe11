#pragma once
// Sampling primitives over counter-based streams: alias tables, exact shares, truncated normals,
// gamma draws and small subsets. Every function is deterministic in (stream, row).

#include "core/util/parallel.h"
#include "core/util/rng.h"

#include <cstdint>
#include <vector>

namespace pmis {

// Walker/Vose alias table: O(1) categorical draws from non-negative weights (not all zero).
class AliasTable
{
public:
    AliasTable() = default;
    explicit AliasTable(const std::vector<double> &weights);
    std::int32_t sample(std::uint64_t bits) const;
    std::size_t size() const { return m_prob.size(); }

private:
    std::vector<double> m_prob;
    std::vector<std::int32_t> m_alias;
};

// Largest-remainder counts: non-negative integers proportional to `weights` that sum to `total`.
// Ties in the remainder go to the earlier index.
std::vector<std::int64_t> largestRemainder(const std::vector<double> &weights, std::int64_t total);

// One category code per row, either drawn independently (sampled) or with exact largest-remainder
// counts in a seeded random order (exact).
std::vector<std::int32_t> sampleCodes(const std::vector<double> &weights, bool exact,
                                      std::size_t rows, const RandomStream &stream, int threads);

// Normal(mean, sd) truncated to [lo, hi] by resampling (never clipping). Uses draws k, k+1, ...
double truncatedNormal(const RandomStream &stream, std::uint64_t row, std::uint64_t k, double mean,
                       double sd, double lo, double hi);

// Gamma(shape, 1) by Marsaglia-Tsang. Uses draws k, k+1, ...
double gammaDraw(const RandomStream &stream, std::uint64_t row, std::uint64_t k, double shape);

// `count` distinct indices from [0, poolSize) in random order (partial Fisher-Yates), count <= poolSize.
void sampleDistinct(const RandomStream &stream, std::uint64_t row, std::uint64_t k, int poolSize,
                    int count, std::vector<int> &out);

} // namespace pmis
