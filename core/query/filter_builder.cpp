// Type checking of predicates: a column, an operator and literals become a FilterNode leaf whose
// hot loop compares integers, codes or doubles; mismatches become errors at the offending token.
#include "core/query/filter_builder.h"

#include "core/query/suggest.h"
#include "core/util/ascii.h"
#include "core/util/civil_time.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pmis::query {

namespace {

// Ranges are kept well inside int64 so that lo - 1 and hi + 1 never overflow.
constexpr std::int64_t kMinInt = -(std::int64_t(1) << 62);
constexpr std::int64_t kMaxInt = std::int64_t(1) << 62;

std::int64_t clampToInt(double v)
{
    return std::int64_t(std::clamp(v, double(kMinInt), double(kMaxInt)));
}

std::string columnKind(const Column &col)
{
    switch (col.spec.type) {
    case ColumnType::Int64:
    case ColumnType::Double:
        return "number column";
    case ColumnType::Category:
        return "category column";
    case ColumnType::Text:
        return "text column";
    case ColumnType::Timestamp:
        return "timestamp column";
    case ColumnType::Date:
        return "date column";
    case ColumnType::Bool:
        return "true/false column";
    case ColumnType::StringList:
        return "list column";
    case ColumnType::Id:
        return "ID column";
    }
    return "column";
}

class Builder
{
public:
    Builder(const Table &table, std::string_view text)
        : m_table(table)
        , m_text(text)
    {}

    [[noreturn]] void fail(const Token &at, std::string message) const
    {
        failAt(at, std::move(message));
    }
    std::string source(const Token &t) const { return tokenSource(m_text, t); }
    std::string describe(const Token &t) const { return describeToken(m_text, t); }

    const Column &col(std::size_t column) const { return m_table.columns[column]; }

    [[noreturn]] void expected(const Column &c, const Token &value, const std::string &what) const
    {
        fail(value,
             "expected " + what + " for column '" + c.spec.name + "', found " + describe(value));
    }

    // The [lo, hi] range of stored integers that equal the literal (lo > hi when none does).
    std::pair<std::int64_t, std::int64_t> equalRange(const Column &c, const Token &value) const
    {
        switch (c.spec.type) {
        case ColumnType::Int64:
            if (value.kind != TokenKind::Number)
                expected(c, value, "a number");
            return {clampToInt(std::ceil(value.number)), clampToInt(std::floor(value.number))};
        case ColumnType::Bool:
            if (!isKeyword(value, "true") && !isKeyword(value, "false"))
                expected(c, value, "true or false");
            return isKeyword(value, "true") ? std::pair<std::int64_t, std::int64_t>{1, 1}
                                            : std::pair<std::int64_t, std::int64_t>{0, 0};
        case ColumnType::Id:
            if (value.kind == TokenKind::Number)
                return {clampToInt(std::ceil(value.number)), clampToInt(std::floor(value.number))};
            if (value.kind == TokenKind::String) {
                if (auto id = parseId(c, value.value))
                    return {*id, *id};
            }
            expected(c, value, "an ID like \"" + exampleId(c) + "\" or a number");
        case ColumnType::Timestamp:
        case ColumnType::Date:
            if (value.kind == TokenKind::String) {
                if (auto s = parseIsoTimestamp(value.value)) {
                    const bool wholeDay
                            = value.value.size() == 10 && c.spec.type == ColumnType::Timestamp;
                    return {*s, wholeDay ? *s + kSecondsPerDay - 1 : *s};
                }
            }
            expected(c, value, "a date \"YYYY-MM-DD\" or a timestamp \"YYYY-MM-DDTHH:MM:SS\"");
        default:
            return {1, 0};
        }
    }

    static std::optional<std::int64_t> parseId(const Column &c, const std::string &text)
    {
        const std::string &prefix = c.spec.idPrefix;
        if (text.size() <= prefix.size() || text.size() > prefix.size() + 18)
            return std::nullopt;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (asciiToUpper(text[i]) != asciiToUpper(prefix[i]))
                return std::nullopt;
        std::int64_t v = 0;
        for (std::size_t i = prefix.size(); i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    }

    static std::string exampleId(const Column &c)
    {
        std::string digits = "42";
        while (int(digits.size()) < c.spec.idWidth)
            digits.insert(digits.begin(), '0');
        return c.spec.idPrefix + digits;
    }

    static FilterNode constant(bool value)
    {
        FilterNode node;
        node.kind = NodeKind::Const;
        node.constant = value;
        return node;
    }

    static FilterNode notNull(std::size_t column)
    {
        FilterNode node;
        node.kind = NodeKind::IsNull;
        node.column = column;
        node.negate = true;
        return node;
    }

    static FilterNode intRange(std::size_t column, std::int64_t lo, std::int64_t hi,
                               bool negate = false)
    {
        if (lo > hi)
            return negate ? notNull(column) : constant(false);
        FilterNode node;
        node.kind = NodeKind::IntRanges;
        node.column = column;
        node.ranges = {{lo, hi}};
        node.negate = negate;
        return node;
    }

    void requireEquality(const Column &c, const Token &opTok) const
    {
        if (opTok.op != CompareOp::Eq && opTok.op != CompareOp::Ne)
            fail(opTok, "'" + source(opTok) + "' does not apply to the " + columnKind(c) + " '"
                                + c.spec.name + "' (use = or !=)");
    }

    // A category or list value must be one of the column's declared value set, so a typo is not a
    // silent "no rows". Columns with an open value set (IP addresses, imported data) accept any.
    void requireKnownValue(const Column &c, const Token &value) const
    {
        if (c.spec.allowed.empty()
            || std::find(c.dict.begin(), c.dict.end(), value.value) != c.dict.end()
            || std::find(c.spec.allowed.begin(), c.spec.allowed.end(), value.value)
                       != c.spec.allowed.end())
            return;
        std::vector<std::string> known = c.spec.allowed;
        for (const std::string &d : c.dict)
            if (std::find(known.begin(), known.end(), d) == known.end())
                known.push_back(d);
        std::string message
                = "unknown value " + source(value) + " for column '" + c.spec.name + "'";
        const std::string guess = closestMatch(value.value, known);
        if (!guess.empty()) {
            message += " (did you mean \"" + guess + "\"?)";
        } else if (!known.empty() && known.size() <= 8) {
            message += " (expected one of: ";
            for (std::size_t i = 0; i < known.size(); ++i)
                message += (i ? ", \"" : "\"") + known[i] + "\"";
            message += ")";
        }
        fail(value, message);
    }

    static bool compareText(const std::string &a, const std::string &b, CompareOp op)
    {
        const int r = a.compare(b);
        switch (op) {
        case CompareOp::Eq:
            return r == 0;
        case CompareOp::Ne:
            return r != 0;
        case CompareOp::Lt:
            return r < 0;
        case CompareOp::Le:
            return r <= 0;
        case CompareOp::Gt:
            return r > 0;
        case CompareOp::Ge:
            return r >= 0;
        }
        return false;
    }

    FilterNode codeTable(std::size_t column, std::vector<std::uint8_t> matches,
                         NodeKind kind = NodeKind::CodeTable) const
    {
        if (std::find(matches.begin(), matches.end(), 1) == matches.end())
            return constant(false);
        FilterNode node;
        node.kind = kind;
        node.column = column;
        node.codeMatches = std::move(matches);
        return node;
    }

    FilterNode buildCompare(std::size_t column, const Token &opTok, const Token &value) const
    {
        const Column &c = col(column);
        const CompareOp op = opTok.op;
        switch (c.spec.type) {
        case ColumnType::Double: {
            if (value.kind != TokenKind::Number)
                expected(c, value, "a number");
            FilterNode node;
            node.kind = NodeKind::RealCompare;
            node.column = column;
            node.op = op;
            node.value = value.number;
            node.tolerance = 1e-9 * std::max(1.0, std::abs(value.number));
            return node;
        }
        case ColumnType::Category: {
            if (value.kind != TokenKind::String)
                expected(c, value, "\"quoted text\"");
            if (op == CompareOp::Eq || op == CompareOp::Ne)
                requireKnownValue(c, value);
            std::vector<std::uint8_t> matches(c.dict.size());
            for (std::size_t i = 0; i < c.dict.size(); ++i)
                matches[i] = compareText(c.dict[i], value.value, op) ? 1 : 0;
            return codeTable(column, std::move(matches));
        }
        case ColumnType::Text: {
            if (value.kind != TokenKind::String)
                expected(c, value, "\"quoted text\"");
            FilterNode node;
            node.kind = NodeKind::TextCompare;
            node.column = column;
            node.op = op;
            node.text = value.value;
            return node;
        }
        case ColumnType::StringList:
            fail(opTok, "'" + source(opTok) + "' does not apply to the list column '" + c.spec.name
                                + "' (use has)");
        case ColumnType::Bool:
            requireEquality(c, opTok);
            [[fallthrough]];
        default: {
            const auto [lo, hi] = equalRange(c, value);
            switch (op) {
            case CompareOp::Eq:
                return intRange(column, lo, hi);
            case CompareOp::Ne:
                return intRange(column, lo, hi, true);
            case CompareOp::Lt:
                return intRange(column, kMinInt, lo - 1);
            case CompareOp::Le:
                return intRange(column, kMinInt, hi);
            case CompareOp::Gt:
                return intRange(column, hi + 1, kMaxInt);
            case CompareOp::Ge:
                return intRange(column, lo, kMaxInt);
            }
            return constant(false);
        }
        }
    }

    FilterNode buildHas(std::size_t column, const Token &hasTok, const Token &value) const
    {
        const Column &c = col(column);
        switch (c.spec.type) {
        case ColumnType::StringList: {
            if (value.kind != TokenKind::String)
                expected(c, value, "\"quoted text\"");
            requireKnownValue(c, value);
            std::vector<std::uint8_t> matches(c.dict.size());
            for (std::size_t i = 0; i < c.dict.size(); ++i)
                matches[i] = c.dict[i] == value.value ? 1 : 0;
            return codeTable(column, std::move(matches), NodeKind::ListHas);
        }
        case ColumnType::Category: {
            if (value.kind != TokenKind::String)
                expected(c, value, "\"quoted text\"");
            std::vector<std::uint8_t> matches(c.dict.size());
            for (std::size_t i = 0; i < c.dict.size(); ++i)
                matches[i] = c.dict[i].find(value.value) != std::string::npos ? 1 : 0;
            return codeTable(column, std::move(matches));
        }
        case ColumnType::Text: {
            if (value.kind != TokenKind::String)
                expected(c, value, "\"quoted text\"");
            FilterNode node;
            node.kind = NodeKind::TextContains;
            node.column = column;
            node.text = value.value;
            return node;
        }
        default:
            fail(hasTok, "'has' does not apply to the " + columnKind(c) + " '" + c.spec.name
                                 + "' (it tests list elements and text)");
        }
    }

    FilterNode buildIn(std::size_t column, const Token &inTok, const std::vector<Token> &values,
                       bool negate) const
    {
        const Column &c = col(column);
        FilterNode node;
        node.column = column;
        node.negate = negate;
        switch (c.spec.type) {
        case ColumnType::StringList:
            fail(inTok, "'in' does not apply to the list column '" + c.spec.name + "' (use has)");
        case ColumnType::Double:
            node.kind = NodeKind::RealSet;
            for (const Token &v : values) {
                if (v.kind != TokenKind::Number)
                    expected(c, v, "a number");
                node.reals.push_back(v.number);
            }
            return node;
        case ColumnType::Category: {
            std::vector<std::uint8_t> matches(c.dict.size(), negate ? 1 : 0);
            for (const Token &v : values) {
                if (v.kind != TokenKind::String)
                    expected(c, v, "\"quoted text\"");
                requireKnownValue(c, v);
                for (std::size_t i = 0; i < c.dict.size(); ++i)
                    if (c.dict[i] == v.value)
                        matches[i] = negate ? 0 : 1;
            }
            return codeTable(column, std::move(matches));
        }
        case ColumnType::Text:
            node.kind = NodeKind::TextSet;
            for (const Token &v : values) {
                if (v.kind != TokenKind::String)
                    expected(c, v, "\"quoted text\"");
                node.texts.push_back(v.value);
            }
            std::sort(node.texts.begin(), node.texts.end());
            node.texts.erase(std::unique(node.texts.begin(), node.texts.end()), node.texts.end());
            return node;
        default: {
            std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
            for (const Token &v : values) {
                const auto range = equalRange(c, v);
                if (range.first <= range.second)
                    ranges.push_back(range);
            }
            if (ranges.empty())
                return negate ? notNull(column) : constant(false);
            std::sort(ranges.begin(), ranges.end());
            std::vector<std::pair<std::int64_t, std::int64_t>> merged;
            for (const auto &r : ranges) {
                if (!merged.empty() && r.first <= merged.back().second + 1)
                    merged.back().second = std::max(merged.back().second, r.second);
                else
                    merged.push_back(r);
            }
            node.kind = NodeKind::IntRanges;
            node.ranges = std::move(merged);
            return node;
        }
        }
    }

    const Table &m_table;
    std::string_view m_text;
};

} // namespace

void failAt(const Token &at, std::string message)
{
    throw ParseError{at.begin, at.end, std::move(message)};
}

std::string tokenSource(std::string_view text, const Token &t)
{
    return std::string(text.substr(t.begin, t.end - t.begin));
}

std::string describeToken(std::string_view text, const Token &t)
{
    if (t.kind == TokenKind::End)
        return "the end of the expression";
    if (t.kind == TokenKind::String)
        return tokenSource(text, t);
    // Appended piecewise: GCC 12 warns (-Wrestrict, a false positive) on "'" + std::string.
    std::string out(1, '\'');
    out += tokenSource(text, t);
    out += '\'';
    return out;
}

FilterNode buildCompare(const Table &table, std::string_view text, std::size_t column,
                        const Token &op, const Token &value)
{
    return Builder(table, text).buildCompare(column, op, value);
}

FilterNode buildHas(const Table &table, std::string_view text, std::size_t column, const Token &has,
                    const Token &value)
{
    return Builder(table, text).buildHas(column, has, value);
}

FilterNode buildIn(const Table &table, std::string_view text, std::size_t column, const Token &in,
                   const std::vector<Token> &values, bool negate)
{
    return Builder(table, text).buildIn(column, in, values, negate);
}

} // namespace pmis::query
