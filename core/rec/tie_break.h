#pragma once
// Deterministic tie-breaking (docs/recommender.md, "Ties"): items with equal scores are ordered by
// a 64-bit hash of (seed, owner, item), so no item wins a tie because of its row, and the order is
// the same on every platform and for any thread count.

#include <cstdint>

namespace pmis::rec {

constexpr std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// The tie key of `item` in the list of `owner` (a student for internship lists, an internship for
// candidate lists): lower keys rank first among equal scores.
constexpr std::uint64_t tieBreakKey(std::uint64_t seed, std::uint64_t owner, std::uint64_t item)
{
    return splitMix64(splitMix64(seed ^ splitMix64(owner)) ^ item);
}

} // namespace pmis::rec
