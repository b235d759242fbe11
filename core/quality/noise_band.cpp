#include "core/quality/noise_band.h"

#include "core/util/rng.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace pmis::quality {
namespace {

constexpr int kReplicates = 4000;
constexpr double kZ995 = 2.5758293035489; // two-sided 99% normal quantile

// Binomial(m, q): inversion while the mean is small, a rounded normal otherwise.
std::int64_t binomial(std::int64_t m, double q, const RandomStream &stream, std::uint64_t rep,
                      std::uint64_t k)
{
    if (m <= 0 || q <= 0)
        return 0;
    if (q >= 1)
        return m;
    if (q > 0.5)
        return m - binomial(m, 1 - q, stream, rep, k);
    const double mean = double(m) * q;
    if (mean < 30) {
        const double u = stream.uniform(rep, k);
        double pmf = std::exp(double(m) * std::log1p(-q));
        double cdf = pmf;
        std::int64_t x = 0;
        const double ratio = q / (1 - q);
        while (u > cdf && x < m) {
            pmf *= double(m - x) / double(x + 1) * ratio;
            ++x;
            cdf += pmf;
            if (pmf < 1e-300)
                break;
        }
        return x;
    }
    const double z = stream.normal(rep, k);
    const auto x = std::llround(mean + std::sqrt(mean * (1 - q)) * z);
    return std::clamp<std::int64_t>(x, 0, m);
}

double quantile(std::vector<double> &values, double level)
{
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(std::ceil(level * double(values.size()))) - 1;
    return values[std::min(at, values.size() - 1)];
}

std::uint64_t bandSeed(std::size_t n, const std::vector<double> &p)
{
    std::uint64_t h = mix64(n);
    for (double v : p)
        h = mix64(h ^ std::uint64_t(v * 1e12));
    return h;
}

} // namespace

double shareBand(const std::vector<double> &p, std::size_t n, ShareMode mode)
{
    if (n == 0 || p.empty())
        return 1.0;
    if (mode == ShareMode::Exact) // every count is within one of n p_i
        return double(p.size()) / (2.0 * double(n));
    // The same targets at the same row count come back on every regeneration: keep recent bands.
    static std::mutex mutex;
    static std::map<std::pair<std::size_t, std::vector<double>>, double> cache;
    const auto key = std::make_pair(n, p);
    {
        const std::lock_guard lock(mutex);
        if (const auto it = cache.find(key); it != cache.end())
            return it->second;
    }
    double sum = 0;
    for (double v : p)
        sum += v;
    const RandomStream stream(bandSeed(n, p), "quality", "share band");
    std::vector<double> tv(kReplicates);
    for (int rep = 0; rep < kReplicates; ++rep) {
        std::int64_t left = std::int64_t(n);
        double mass = sum;
        double d = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            const std::int64_t c = i + 1 == p.size() ? left
                                                     : binomial(left, mass > 0 ? p[i] / mass : 0,
                                                                stream, std::uint64_t(rep), i);
            left -= c;
            mass -= p[i];
            d += std::abs(double(c) / double(n) - p[i] / sum);
        }
        tv[std::size_t(rep)] = 0.5 * d;
    }
    const double band = quantile(tv, kBandLevel);
    const std::lock_guard lock(mutex);
    if (cache.size() >= 512)
        cache.clear();
    cache.emplace(key, band);
    return band;
}

double clusteredShareBand(const std::vector<double> &covariance, std::size_t k)
{
    // Cholesky factor of a positive semi-definite matrix: pivots that vanish drop their column.
    std::vector<double> l(k * k, 0.0);
    double scale = 0;
    for (std::size_t i = 0; i < k; ++i)
        scale = std::max(scale, covariance[i * k + i]);
    for (std::size_t j = 0; j < k; ++j) {
        double d = covariance[j * k + j];
        for (std::size_t m = 0; m < j; ++m)
            d -= l[j * k + m] * l[j * k + m];
        if (d <= 1e-12 * scale)
            continue;
        l[j * k + j] = std::sqrt(d);
        for (std::size_t i = j + 1; i < k; ++i) {
            double v = covariance[i * k + j];
            for (std::size_t m = 0; m < j; ++m)
                v -= l[i * k + m] * l[j * k + m];
            l[i * k + j] = v / l[j * k + j];
        }
    }
    const RandomStream stream(mix64(k) ^ std::uint64_t(scale * 1e15), "quality", "clustered band");
    std::vector<double> tv(kReplicates), z(k);
    for (int rep = 0; rep < kReplicates; ++rep) {
        for (std::size_t i = 0; i < k; ++i)
            z[i] = stream.normal(std::uint64_t(rep), 2 * i);
        double d = 0;
        for (std::size_t i = 0; i < k; ++i) {
            double x = 0;
            for (std::size_t m = 0; m <= i; ++m)
                x += l[i * k + m] * z[m];
            d += std::abs(x);
        }
        tv[std::size_t(rep)] = 0.5 * d;
    }
    return quantile(tv, kBandLevel);
}

double ksBand(std::size_t n)
{
    if (n == 0)
        return 1.0;
    constexpr double c99 = 1.6276; // sqrt(-ln(0.005) / 2)
    const double root = std::sqrt(double(n));
    return std::min(1.0, c99 / (root + 0.12 + 0.11 / root));
}

double shareHalfWidth(double p, std::size_t n)
{
    return n == 0 ? 1.0 : kZ995 * std::sqrt(std::max(0.0, p * (1 - p)) / double(n));
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double truncatedNormalCdf(double x, double mean, double sd, double lo, double hi)
{
    if (x < lo)
        return 0.0;
    if (x >= hi)
        return 1.0;
    const double a = normalCdf((lo - mean) / sd), b = normalCdf((hi - mean) / sd);
    if (b - a <= 0)
        return x >= mean ? 1.0 : 0.0;
    return std::clamp((normalCdf((x - mean) / sd) - a) / (b - a), 0.0, 1.0);
}

} // namespace pmis::quality
