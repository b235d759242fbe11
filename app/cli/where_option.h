#pragma once
// --where TABLE:EXPRESSION: export only the rows of one table that match a filter (core/query).

#include "core/data/table.h"
#include "core/io/dataset_export.h"
#include "core/util/result.h"

#include <string>

namespace pmis::cli {

struct WhereOption
{
    std::string table;
    std::string expression;
};

extern const char *kWhereHelp;

// Splits "TABLE:EXPRESSION" and compiles the expression against the table's schema in `schemas`, so
// that a mistake is reported before any data is generated. Errors read "--where students: position
// 6: ...".
Result<WhereOption> parseWhereOption(const std::string &text, const Dataset &schemas);

// The rows of the generated table that match, as an export subset.
Result<RowSubsets> whereSubsets(const WhereOption &where, const Dataset &data, int threads);

} // namespace pmis::cli
