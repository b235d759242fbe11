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
    std::size_t rows = 0; // rows considered
    std::size_t nulls = 0;
    bool numeric = false;
    double min = 0, max = 0, mean = 0, sd = 0;
    std::size_t distinct = 0; // categorical columns: distinct values (0 = not counted)
    std::vector<std::pair<QString, std::size_t>> topValues; // categorical columns, most first
    Histogram histogram;                                    // numeric columns
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
