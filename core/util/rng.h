#pragma once
// Counter-based randomness: every value is a pure function of (stream key, row, draw index), so a
// row's values do not depend on which thread made it or in which order rows were made.

#include <cmath>
#include <cstdint>
#include <string_view>

namespace pmis {

constexpr std::uint64_t mix64(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

__extension__ typedef unsigned __int128 Uint128;

// The high 64 bits of a * b: maps 64 random bits onto [0, b) without modulo bias worth noting.
inline std::uint64_t mulHigh(std::uint64_t a, std::uint64_t b)
{
    return std::uint64_t((Uint128(a) * b) >> 64);
}

// FNV-1a, used only to turn stream names into keys.
constexpr std::uint64_t hashName(std::string_view name)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

// One named stream of random numbers, e.g. ("students", "cgpa") under a seed.
class RandomStream
{
public:
    RandomStream() = default;
    RandomStream(std::uint64_t seed, std::string_view table, std::string_view column)
        : m_key(mix64(mix64(seed ^ hashName(table)) ^ hashName(column)))
    {}

    // 64 random bits for (row, k).
    std::uint64_t bits(std::uint64_t row, std::uint64_t k = 0) const
    {
        return mix64(m_key ^ mix64(row * 0xd1b54a32d192ed03ULL + k * 0x8cb92ba72f3d8dd7ULL + 1));
    }
    // Uniform in [0, 1).
    double uniform(std::uint64_t row, std::uint64_t k = 0) const
    {
        return static_cast<double>(bits(row, k) >> 11) * 0x1.0p-53;
    }
    // Uniform in (0, 1): safe for logarithms.
    double uniformOpen(std::uint64_t row, std::uint64_t k = 0) const
    {
        return (static_cast<double>(bits(row, k) >> 11) + 0.5) * 0x1.0p-53;
    }
    // Uniform integer in [lo, hi] (inclusive); lo <= hi.
    std::int64_t integer(std::uint64_t row, std::uint64_t k, std::int64_t lo, std::int64_t hi) const
    {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(mulHigh(bits(row, k), span));
    }
    // Standard normal by Box-Muller, consuming draws k and k + 1.
    double normal(std::uint64_t row, std::uint64_t k = 0) const
    {
        const double u1 = uniformOpen(row, k);
        const double u2 = uniform(row, k + 1);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    std::uint64_t key() const { return m_key; }

private:
    std::uint64_t m_key = 0;
};

} // namespace pmis
