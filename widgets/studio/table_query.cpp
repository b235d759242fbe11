// TableQuery: the Data tab's filter, sort and statistics, forwarded to core/query (the filter
// language, sortedRows, columnStats) and translated to what the widgets show.
#include "widgets/studio/table_query.h"

#include "core/query/column_stats.h"
#include "core/query/filter.h"
#include "core/query/sort.h"

#include <algorithm>
#include <numeric>

namespace pmis {

namespace {

// Code points (as core counts them) to UTF-16 units (as QLineEdit counts them).
int utf16Offset(const QString &text, std::size_t codePoints)
{
    int i = 0;
    for (std::size_t n = 0; n < codePoints && i < text.size(); ++n)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

} // namespace

FilterResult TableQuery::filter(const Table &table, const QString &text, const ProgressFn &progress)
{
    FilterResult result;
    if (text.trimmed().isEmpty())
        return result;
    query::QueryError error;
    const std::string utf8 = text.toStdString();
    auto compiled = query::compileFilter(table, utf8, &error);
    if (!compiled) {
        result.ok = false;
        result.message = QString::fromStdString(error.message);
        const std::size_t start = error.position > 0 ? error.position - 1 : 0;
        result.position = utf16Offset(text, start);
        result.length = std::max(1, utf16Offset(text, start + error.length) - result.position);
        return result;
    }
    bool stopped = false;
    const ProgressFn watch = [&](double fraction, const std::string &phase) {
        const bool go = !progress || progress(fraction, phase);
        stopped = stopped || !go;
        return go;
    };
    auto rows = compiled->matchingRows(table, 0, watch);
    if (stopped) {
        result.cancelled = true;
        return result;
    }
    result.rows = std::make_shared<const RowIndex>(std::move(rows));
    return result;
}

Result<RowIndex> TableQuery::sort(const Table &table, int column, bool ascending,
                                  const RowIndex *subset, const ProgressFn &progress)
{
    if (column < 0 || std::size_t(column) >= table.columns.size()) {
        RowIndex rows = subset ? *subset : RowIndex(table.rowCount());
        if (!subset)
            std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }
    bool stopped = false;
    const ProgressFn watch = [&](double fraction, const std::string &phase) {
        const bool go = !progress || progress(fraction, phase);
        stopped = stopped || !go;
        return go;
    };
    auto rows = query::sortedRows(table, std::size_t(column), ascending, subset, watch);
    if (stopped)
        return Status::cancelled();
    return rows;
}

ColumnSummary TableQuery::stats(const Table &table, int column, const RowIndex *subset)
{
    ColumnSummary s;
    if (column < 0 || std::size_t(column) >= table.columns.size())
        return s;
    const query::ColumnStats c = query::columnStats(table, std::size_t(column), subset);
    s.name = QString::fromStdString(c.column);
    s.typeName = QString::fromStdString(std::string(columnTypeName(c.type)));
    s.type = c.type;
    s.rows = c.count;
    s.nulls = c.nulls;
    s.numeric = c.hasNumbers && c.type != ColumnType::Bool;
    s.min = c.min;
    s.max = c.max;
    s.mean = c.mean;
    s.sd = c.sd;
    s.distinct = c.distinct;
    s.repeated = c.repeated;
    s.listElements = c.listElements;
    for (const auto &v : c.topValues)
        s.topValues.emplace_back(QString::fromStdString(v.value), v.count);
    if (!c.histogram.empty()) {
        s.histogram.lo = c.histogram.front().lower;
        s.histogram.width = c.histogram.front().upper - c.histogram.front().lower;
        for (const auto &b : c.histogram) {
            s.histogram.counts.push_back(double(b.count));
            s.histogram.total += b.count;
        }
    }
    return s;
}

} // namespace pmis
