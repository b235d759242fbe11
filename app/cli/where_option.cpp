#include "app/cli/where_option.h"

#include "core/query/filter.h"

namespace pmis::cli {

const char *kWhereHelp
        = "  --where TABLE:EXPR     export only the rows of TABLE that match EXPR, e.g.\n"
          "                         students:cgpa >= 8 and college_tier = \"Tier-1\"\n";

Result<WhereOption> parseWhereOption(const std::string &text, const Dataset &schemas)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        return Status::error("--where: expected TABLE:EXPRESSION, e.g. students:cgpa >= 8");
    WhereOption where{text.substr(0, colon), text.substr(colon + 1)};
    const Table *table = schemas.find(where.table);
    if (!table) {
        std::string names;
        for (const Table *t : schemas.tables())
            names += (names.empty() ? "" : ", ") + t->name;
        return Status::error("--where: unknown table '" + where.table + "' (tables: " + names
                             + ")");
    }
    if (auto filter = query::compileFilter(*table, where.expression); !filter)
        return Status::error("--where " + where.table + ": " + filter.error());
    return where;
}

Result<RowSubsets> whereSubsets(const WhereOption &where, const Dataset &data, int threads)
{
    const Table *table = data.find(where.table);
    if (!table)
        return Status::error("--where: unknown table '" + where.table + "'");
    auto filter = query::compileFilter(*table, where.expression);
    if (!filter)
        return Status::error("--where " + where.table + ": " + filter.error());
    RowSubsets subsets;
    subsets[where.table] = RowSubset{filter->matchingRows(*table, threads), where.expression};
    return subsets;
}

} // namespace pmis::cli
