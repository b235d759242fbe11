#pragma once
// Which law of a declared column each row follows: the generator draws by it and the quality
// report compares by it.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <cstdint>
#include <vector>

namespace pmis {

// For every row of `table`: the index into decl.laws of the row's condition value (0 for a column
// without a condition), or -1 where the value is missing or unknown, or the condition column (or
// the parent's key) is absent.
std::vector<std::int32_t> declaredLawOfRows(const ColumnDecl &decl, const Dataset &data,
                                            const Table &table);

} // namespace pmis
