#pragma once
// The Data tab's filter, sort and column statistics (core/query), behind one small interface so
// the tab does not depend on how core implements them. Every function only reads the table and may
// run on a worker thread; progress returning false cancels.

#include "core/data/table.h"
#include "core/stats/histogram.h"
#include "core/util/result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace pmis {

using RowIndex = std::vector<std::uint32_t>;

struct FilterResult
{
    bool ok = true;
    bool cancelled = false;
    QString message;   // the error, when !ok
    int position = -1; // offending token: character offset into the filter text
    int length = 0;
    std::shared_ptr<const RowIndex> rows; // matching rows in storage order; null = every row
};

struct ColumnSummary
{
    QString name;
    QString typeName;
    ColumnType type = ColumnType::Text;
    std::size_t rows = 0; // rows considered
    std::size_t nulls = 0;
    bool numeric = false; // min to sd hold: numbers, seconds (times), IDs or list lengths (lists)
    double min = 0, max = 0, mean = 0, sd = 0;
    std::size_t distinct
            = 0; // categorical columns, lists and IDs: distinct values (0 = not counted)
    std::size_t repeated = 0;     // IDs: rows holding an ID an earlier row holds
    std::size_t listElements = 0; // lists: elements over all rows
    // Categorical columns and list elements, most first; IDs: the repeated ones, most first.
    std::vector<std::pair<QString, std::size_t>> topValues;
    Histogram histogram; // numbers, times and list lengths
};

class TableQuery
{
public:
    // An empty text matches every row.
    static FilterResult filter(const Table &table, const QString &text,
                               const ProgressFn &progress = {});
    // The rows of `subset` (null = all) ordered by `column`; stable; nulls last.
    static Result<RowIndex> sort(const Table &table, int column, bool ascending,
                                 const RowIndex *subset, const ProgressFn &progress = {});
    static ColumnSummary stats(const Table &table, int column, const RowIndex *subset);
};

} // namespace pmis
