// TableQuery: the Data tab's filter, sort and statistics. With core/query present (the filter
// language, sortedRows, columnStats) it forwards to core; otherwise an interim implementation (a
// conjunction of simple comparisons, a stable sort and plain statistics) stands in.
#include "widgets/studio/table_query.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

#if __has_include("core/query/filter.h")
#include "core/query/column_stats.h"
#include "core/query/filter.h"
#include "core/query/sort.h"

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

Result<RowIndex> TableQuery::sort(const Table &table, int column, bool ascending, const RowIndex *subset,
                                  const ProgressFn &progress)
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
    s.rows = c.count;
    s.nulls = c.nulls;
    s.numeric = c.hasNumbers && c.type != ColumnType::Bool;
    s.min = c.min;
    s.max = c.max;
    s.mean = c.mean;
    s.sd = c.sd;
    s.distinct = c.distinct;
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

#else // interim implementation until core/query is available

namespace pmis {
namespace {

struct Token
{
    QString text;
    int pos = 0;
    bool quoted = false;
};

std::vector<Token> tokenize(const QString &s)
{
    std::vector<Token> out;
    int i = 0;
    while (i < s.size()) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (s[i] == u'"') {
            int j = i + 1;
            while (j < s.size() && s[j] != u'"')
                ++j;
            t.text = s.mid(i + 1, j - i - 1);
            t.quoted = true;
            i = std::min<int>(j + 1, s.size());
        } else if (QStringLiteral("<>=!").contains(s[i])) {
            int j = i + 1;
            if (j < s.size() && s[j] == u'=')
                ++j;
            t.text = s.mid(i, j - i);
            i = j;
        } else {
            int j = i;
            while (j < s.size() && !s[j].isSpace() && !QStringLiteral("<>=!\"").contains(s[j]))
                ++j;
            t.text = s.mid(i, j - i);
            i = j;
        }
        out.push_back(t);
    }
    return out;
}

struct Condition
{
    int column = -1;
    QString op;
    QString value;
    double number = 0;
};

bool compare(const Column &c, std::size_t row, const Condition &cond)
{
    if (c.isNull(row))
        return false;
    const QString &op = cond.op;
    if (op == QLatin1String("has")) {
        if (c.spec.type != ColumnType::StringList)
            return false;
        const auto code = c.codeOf(cond.value.toStdString());
        for (std::size_t i = 0, n = c.listSize(row); i < n; ++i)
            if (c.listCode(row, i) == code)
                return true;
        return false;
    }
    int cmp;
    if (c.isNumeric()) {
        const double v = c.number(row);
        cmp = v < cond.number ? -1 : (v > cond.number ? 1 : 0);
    } else {
        cmp = QString::fromStdString(c.text(row)).compare(cond.value);
    }
    if (op == QLatin1String("="))
        return cmp == 0;
    if (op == QLatin1String("!="))
        return cmp != 0;
    if (op == QLatin1String("<"))
        return cmp < 0;
    if (op == QLatin1String("<="))
        return cmp <= 0;
    if (op == QLatin1String(">"))
        return cmp > 0;
    return cmp >= 0;
}

FilterResult failAt(const Token &t, const QString &message)
{
    FilterResult r;
    r.ok = false;
    r.message = message;
    r.position = t.pos;
    r.length = std::max<int>(1, int(t.text.size()) + (t.quoted ? 2 : 0));
    return r;
}

} // namespace

FilterResult TableQuery::filter(const Table &table, const QString &text, const ProgressFn &progress)
{
    FilterResult result;
    if (text.trimmed().isEmpty())
        return result;
    const auto tokens = tokenize(text);
    const Token end{QString(), int(text.size()), false};
    std::vector<Condition> conds;
    static const QStringList ops = {QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                                    QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">="),
                                    QStringLiteral("has")};
    for (std::size_t i = 0; i < tokens.size();) {
        Condition c;
        c.column = table.indexOf(tokens[i].text.toStdString());
        if (c.column < 0)
            return failAt(tokens[i], QCoreApplication::translate("TableQuery", "unknown column \"%1\"; expected a column of %2")
                                         .arg(tokens[i].text, QString::fromStdString(table.name)));
        if (i + 1 >= tokens.size() || !ops.contains(tokens[i + 1].text))
            return failAt(i + 1 < tokens.size() ? tokens[i + 1] : end,
                          QCoreApplication::translate("TableQuery", "expected an operator (=, !=, <, <=, >, >=, has)"));
        c.op = tokens[i + 1].text;
        if (i + 2 >= tokens.size())
            return failAt(end, QCoreApplication::translate("TableQuery", "expected a value"));
        const Token &v = tokens[i + 2];
        c.value = v.text;
        const Column &col = table.columns[std::size_t(c.column)];
        if (col.isNumeric() && c.op != QLatin1String("has")) {
            bool ok = false;
            c.number = v.text.toDouble(&ok);
            if (col.spec.type == ColumnType::Id && !ok) {
                c.number = v.text.mid(int(col.spec.idPrefix.size())).toDouble(&ok);
            }
            if (!ok)
                return failAt(v, QCoreApplication::translate("TableQuery", "\"%1\" is not a number; expected a number").arg(v.text));
        }
        conds.push_back(c);
        i += 3;
        if (i < tokens.size()) {
            if (tokens[i].text.compare(QLatin1String("and"), Qt::CaseInsensitive) != 0)
                return failAt(tokens[i], QCoreApplication::translate("TableQuery", "expected \"and\" or the end"));
            ++i;
            if (i >= tokens.size())
                return failAt(end, QCoreApplication::translate("TableQuery", "expected a column name"));
        }
    }
    auto rows = std::make_shared<RowIndex>();
    const std::size_t n = table.rowCount();
    for (std::size_t r = 0; r < n; ++r) {
        if ((r & 0xFFFFF) == 0 && progress && !progress(double(r) / double(n), "filtering")) {
            result.cancelled = true;
            return result;
        }
        bool keep = true;
        for (const Condition &c : conds) {
            if (!compare(table.columns[std::size_t(c.column)], r, c)) {
                keep = false;
                break;
            }
        }
        if (keep)
            rows->push_back(std::uint32_t(r));
    }
    result.rows = std::move(rows);
    return result;
}

Result<RowIndex> TableQuery::sort(const Table &table, int column, bool ascending, const RowIndex *subset,
                                  const ProgressFn &progress)
{
    RowIndex rows;
    if (subset) {
        rows = *subset;
    } else {
        rows.resize(table.rowCount());
        std::iota(rows.begin(), rows.end(), 0u);
    }
    if (column < 0 || std::size_t(column) >= table.columns.size())
        return rows;
    const Column &c = table.columns[std::size_t(column)];
    if (progress && !progress(0.0, "sorting"))
        return Status::cancelled();
    auto nullLast = [&](std::uint32_t a, std::uint32_t b, auto less) {
        const bool na = c.isNull(a), nb = c.isNull(b);
        if (na || nb)
            return !na && nb;
        return ascending ? less(a, b) : less(b, a);
    };
    if (c.spec.type == ColumnType::Category) {
        std::vector<std::int32_t> rank(c.dict.size());
        std::vector<std::int32_t> order(c.dict.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return c.dict[std::size_t(a)] < c.dict[std::size_t(b)]; });
        for (std::size_t i = 0; i < order.size(); ++i)
            rank[std::size_t(order[i])] = std::int32_t(i);
        std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) {
            return nullLast(a, b, [&](auto x, auto y) { return rank[std::size_t(c.codes[x])] < rank[std::size_t(c.codes[y])]; });
        });
    } else if (c.spec.type == ColumnType::Text) {
        std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) {
            return nullLast(a, b, [&](auto x, auto y) { return c.texts[x] < c.texts[y]; });
        });
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) {
            return nullLast(a, b, [&](auto x, auto y) { return c.number(x) < c.number(y); });
        });
    }
    if (progress && !progress(1.0, "sorting"))
        return Status::cancelled();
    return rows;
}

ColumnSummary TableQuery::stats(const Table &table, int column, const RowIndex *subset)
{
    ColumnSummary s;
    if (column < 0 || std::size_t(column) >= table.columns.size())
        return s;
    const Column &c = table.columns[std::size_t(column)];
    s.name = QString::fromStdString(c.spec.name);
    s.typeName = QString::fromStdString(std::string(columnTypeName(c.spec.type)));
    s.rows = subset ? subset->size() : table.rowCount();
    auto each = [&](auto fn) {
        if (subset)
            for (auto r : *subset)
                fn(std::size_t(r));
        else
            for (std::size_t r = 0; r < table.rowCount(); ++r)
                fn(r);
    };
    each([&](std::size_t r) { s.nulls += c.isNull(r) ? 1 : 0; });
    if (c.isNumeric() && c.spec.type != ColumnType::Bool) {
        s.numeric = true;
        double lo = INFINITY, hi = -INFINITY, sum = 0, sum2 = 0;
        std::size_t n = 0;
        each([&](std::size_t r) {
            const double v = c.number(r);
            if (std::isnan(v))
                return;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            sum += v;
            sum2 += v * v;
            ++n;
        });
        if (n) {
            s.min = lo;
            s.max = hi;
            s.mean = sum / double(n);
            if (n > 1)
                s.sd = std::sqrt(std::max(0.0, (sum2 - sum * s.mean) / double(n - 1)));
        }
        s.histogram = histogramAuto(c, 30, subset);
    } else {
        auto counts = labelCounts(c, subset);
        std::stable_sort(counts.begin(), counts.end(), [](auto &a, auto &b) { return a.count > b.count; });
        for (std::size_t i = 0; i < counts.size() && i < 10; ++i)
            s.topValues.emplace_back(QString::fromStdString(counts[i].label), counts[i].count);
    }
    return s;
}

} // namespace pmis

#endif
