#pragma once
// Row order by one column, computed in core over index vectors so that views never copy or proxy
// the table.

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstdint>
#include <vector>

namespace pmis::query {

// The rows of `subset` (all rows when null) ordered by `column`: numbers, timestamps, dates, IDs
// and bools numerically; categories and text by their label bytes; lists element by element (by
// label). Stable: rows with equal values keep their order in `subset`. Nulls (and NaN) come last in
// both directions. Categories sort by a precomputed rank of the dictionary, so 10,000,000 rows take
// a fraction of a second (radix sort). When progress returns false the work stops and an empty
// vector is returned. `column` must be a valid index.
std::vector<std::uint32_t> sortedRows(const Table &table, std::size_t column, bool ascending,
                                      const std::vector<std::uint32_t> *subset = nullptr,
                                      const ProgressFn &progress = {});

// The rank of every dictionary entry of a category or list column in label order (equal labels get
// equal ranks).
std::vector<std::uint32_t> dictionaryRanks(const Column &column);

} // namespace pmis::query
