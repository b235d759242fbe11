// Sorting: numeric and category keys become order-preserving unsigned integers, packed with the
// row's position and radix-sorted (stable by construction); text and lists use a stable comparison
// sort.
#include "core/query/sort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>

namespace pmis::query {

namespace {

constexpr int kDigitBits = 11;
constexpr std::size_t kBuckets = std::size_t(1) << kDigitBits;

std::uint64_t orderedBits(double v)
{
    if (v == 0)
        v = 0; // -0 and +0 are equal
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits >> 63) ? ~bits : bits | (std::uint64_t(1) << 63);
}

// LSD radix sort of items whose sort key sits in bits [32, 32 + keyBits); the low 32 bits hold the
// position, which keeps equal keys in input order. Returns false when cancelled.
bool radixSortPacked(std::vector<std::uint64_t> &items, int keyBits, const ProgressFn &progress)
{
    const int passes = (keyBits + kDigitBits - 1) / kDigitBits;
    if (passes == 0)
        return true;
    std::vector<std::uint64_t> counts(std::size_t(passes) * kBuckets, 0);
    for (std::uint64_t item : items)
        for (int p = 0; p < passes; ++p)
            ++counts[std::size_t(p) * kBuckets
                     + ((item >> (32 + p * kDigitBits)) & (kBuckets - 1))];
    std::vector<std::uint64_t> buffer(items.size());
    for (int p = 0; p < passes; ++p) {
        if (progress && !progress(double(p) / passes, "sorting"))
            return false;
        std::uint64_t *count = counts.data() + std::size_t(p) * kBuckets;
        // A pass where every item has the same digit changes nothing.
        if (std::find(count, count + kBuckets, std::uint64_t(items.size())) != count + kBuckets)
            continue;
        std::uint64_t sum = 0;
        for (std::size_t b = 0; b < kBuckets; ++b) {
            const std::uint64_t c = count[b];
            count[b] = sum;
            sum += c;
        }
        const int shift = 32 + p * kDigitBits;
        for (std::uint64_t item : items)
            buffer[count[(item >> shift) & (kBuckets - 1)]++] = item;
        items.swap(buffer);
    }
    return true;
}

// Sorts positions [0, n) by keyOf(rowAt(position), key), which returns false for a null. Keys
// spanning at most 32 bits are packed above the position and radix-sorted; wider ones (doubles over
// many exponents) use a comparison sort on (key, position). Both keep equal keys in input order.
template<typename RowAt, typename KeyOf>
std::vector<std::uint32_t> sortByKey(const Column &col, std::size_t n, bool ascending, RowAt rowAt,
                                     const ProgressFn &progress, KeyOf keyOf)
{
    std::uint64_t lo = ~std::uint64_t(0), hi = 0, key = 0;
    std::size_t valid = 0;
    for (std::size_t p = 0; p < n; ++p) {
        const std::size_t row = rowAt(p);
        if (col.isNull(row) || !keyOf(row, key))
            continue;
        lo = std::min(lo, key);
        hi = std::max(hi, key);
        ++valid;
    }
    std::vector<std::uint32_t> nulls;
    nulls.reserve(n - valid);
    std::vector<std::uint32_t> result;
    const int keyBits = valid == 0 ? 0 : std::bit_width(hi - lo);
    if (keyBits <= 32) {
        // Relative keys, mirrored for descending order, above the position.
        std::vector<std::uint64_t> items;
        items.reserve(valid);
        for (std::size_t p = 0; p < n; ++p) {
            const std::size_t row = rowAt(p);
            if (col.isNull(row) || !keyOf(row, key)) {
                nulls.push_back(std::uint32_t(p));
                continue;
            }
            items.push_back(((ascending ? key - lo : hi - key) << 32) | p);
        }
        if (!radixSortPacked(items, keyBits, progress))
            return {};
        result.reserve(n);
        for (std::uint64_t item : items)
            result.push_back(std::uint32_t(rowAt(std::size_t(item & 0xffffffffu))));
    } else {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> items;
        items.reserve(valid);
        for (std::size_t p = 0; p < n; ++p) {
            const std::size_t row = rowAt(p);
            if (col.isNull(row) || !keyOf(row, key)) {
                nulls.push_back(std::uint32_t(p));
                continue;
            }
            items.emplace_back(ascending ? key : ~key, std::uint32_t(p));
        }
        std::sort(items.begin(), items.end());
        if (progress && !progress(0.9, "sorting"))
            return {};
        result.reserve(n);
        for (const auto &item : items)
            result.push_back(std::uint32_t(rowAt(item.second)));
    }
    for (std::uint32_t p : nulls)
        result.push_back(std::uint32_t(rowAt(p)));
    if (progress && !progress(1.0, "sorting"))
        return {};
    return result;
}

} // namespace

std::vector<std::uint32_t> dictionaryRanks(const Column &column)
{
    std::vector<std::uint32_t> order(column.dict.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return column.dict[a] < column.dict[b];
    });
    std::vector<std::uint32_t> rank(column.dict.size());
    std::uint32_t r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && column.dict[order[i]] != column.dict[order[i - 1]])
            r = std::uint32_t(i);
        rank[order[i]] = r;
    }
    return rank;
}

std::vector<std::uint32_t> sortedRows(const Table &table, std::size_t column, bool ascending,
                                      const std::vector<std::uint32_t> *subset,
                                      const ProgressFn &progress)
{
    const Column &col = table.columns[column];
    const std::size_t n = subset ? subset->size() : table.rowCount();
    auto rowAt = [&](std::size_t pos) { return subset ? std::size_t((*subset)[pos]) : pos; };
    if (progress && !progress(0.0, "sorting"))
        return {};

    if (col.spec.type == ColumnType::Text || col.spec.type == ColumnType::StringList) {
        std::vector<std::uint32_t> rows, nulls;
        rows.reserve(n);
        for (std::size_t p = 0; p < n; ++p)
            (col.isNull(rowAt(p)) ? nulls : rows).push_back(std::uint32_t(rowAt(p)));
        if (col.spec.type == ColumnType::Text) {
            auto less
                    = [&](std::uint32_t a, std::uint32_t b) { return col.texts[a] < col.texts[b]; };
            if (ascending)
                std::stable_sort(rows.begin(), rows.end(), less);
            else
                std::stable_sort(rows.begin(), rows.end(),
                                 [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
        } else {
            const std::vector<std::uint32_t> rank = dictionaryRanks(col);
            auto less = [&](std::uint32_t a, std::uint32_t b) {
                const std::int32_t *ca = col.codes.data() + col.offsets[a];
                const std::int32_t *cb = col.codes.data() + col.offsets[b];
                return std::lexicographical_compare(
                        ca, ca + col.listSize(a), cb, cb + col.listSize(b),
                        [&](std::int32_t x, std::int32_t y) { return rank[x] < rank[y]; });
            };
            if (ascending)
                std::stable_sort(rows.begin(), rows.end(), less);
            else
                std::stable_sort(rows.begin(), rows.end(),
                                 [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
        }
        rows.insert(rows.end(), nulls.begin(), nulls.end());
        if (progress && !progress(1.0, "sorting"))
            return {};
        return rows;
    }

    // Keys that order like the values, for every other type; one instantiation per key kind so the
    // row loops do not switch on the type.
    switch (col.spec.type) {
    case ColumnType::Double:
        return sortByKey(col, n, ascending, rowAt, progress,
                         [&](std::size_t row, std::uint64_t &key) {
                             if (std::isnan(col.reals[row]))
                                 return false;
                             key = orderedBits(col.reals[row]);
                             return true;
                         });
    case ColumnType::Category: {
        const std::vector<std::uint32_t> rank = dictionaryRanks(col);
        return sortByKey(col, n, ascending, rowAt, progress,
                         [&](std::size_t row, std::uint64_t &key) {
                             key = rank[std::size_t(col.codes[row])];
                             return true;
                         });
    }
    default:
        return sortByKey(
                col, n, ascending, rowAt, progress, [&](std::size_t row, std::uint64_t &key) {
                    key = static_cast<std::uint64_t>(col.ints[row]) ^ (std::uint64_t(1) << 63);
                    return true;
                });
    }
}

} // namespace pmis::query
