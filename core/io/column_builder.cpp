#include "core/io/column_builder.h"

#include "core/util/ascii.h"
#include "core/util/civil_time.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace pmis {
namespace {

std::string quoted(std::string_view text)
{
    constexpr std::size_t kShown = 60;
    std::string out = "'";
    out += text.size() > kShown ? std::string(text.substr(0, kShown)) + "..." : std::string(text);
    out += "'";
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string joinAllowed(const std::vector<std::string> &allowed)
{
    constexpr std::size_t kShown = 8;
    std::string out;
    for (std::size_t i = 0; i < allowed.size() && i < kShown; ++i)
        out += (i ? ", " : "") + allowed[i];
    if (allowed.size() > kShown)
        out += ", ... (" + std::to_string(allowed.size()) + " values)";
    return out;
}

// The decimals that show `cell` as written, given the column shows `decimals`: the digits after
// its point, or the shortest round-trip text beyond what fixed decimals can show exactly (more than
// 15 digits, or an exponent).
int widerDecimals(int decimals, std::string_view cell)
{
    if (decimals == ColumnSpec::kRoundTrip)
        return decimals;
    if (cell.find_first_of("eE") != std::string_view::npos)
        return ColumnSpec::kRoundTrip;
    const auto dot = cell.find('.');
    const std::size_t digits = dot == std::string_view::npos ? 0 : cell.size() - dot - 1;
    if (digits > 15)
        return ColumnSpec::kRoundTrip;
    return std::max(decimals, int(digits));
}

std::int64_t floorToDay(std::int64_t seconds)
{
    std::int64_t days = seconds / kSecondsPerDay;
    if (seconds % kSecondsPerDay < 0)
        --days;
    return days * kSecondsPerDay;
}

} // namespace

std::optional<ParsedId> parseIdText(std::string_view text)
{
    std::size_t split = text.size();
    while (split > 0 && text[split - 1] >= '0' && text[split - 1] <= '9')
        --split;
    const std::string_view digits = text.substr(split);
    if (digits.empty() || digits.size() > std::size_t(ColumnSpec::kMaxIdWidth))
        return std::nullopt;
    ParsedId id;
    id.prefix = text.substr(0, split);
    if (!validIdPrefix(id.prefix)) // "=1+1" is a formula, not the ID 1 with the prefix "=1+"
        return std::nullopt;
    id.digits = int(digits.size());
    std::from_chars(digits.data(), digits.data() + digits.size(), id.number);
    return id;
}

std::optional<std::int64_t> parseWholeNumber(std::string_view text)
{
    std::int64_t value = 0;
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc() && p == end && !text.empty())
        return value;
    if (ec == std::errc::result_out_of_range)
        return std::nullopt;
    // "25000.0": a decimal with a zero fraction.
    if (ec == std::errc() && *p == '.') {
        const char *q = p + 1;
        while (q < end && *q == '0')
            ++q;
        if (q == end && q > p + 1)
            return value;
    }
    return std::nullopt;
}

std::optional<double> parseRealNumber(std::string_view text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || p != end || text.empty() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseTruth(std::string_view text)
{
    if (asciiEqualsIgnoreCase(text, "true") || text == "1")
        return true;
    if (asciiEqualsIgnoreCase(text, "false") || text == "0")
        return false;
    return std::nullopt;
}

std::string_view stripFormulaGuard(std::string_view cell)
{
    if (cell.size() >= 2 && cell[0] == '\'') {
        const char c = cell[1];
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            cell.remove_prefix(1);
    }
    return cell;
}

ColumnBuilder::ColumnBuilder(ColumnSpec spec, CellSource source, bool infer)
    : m_column(std::move(spec))
    , m_source(std::move(source))
    , m_infer(infer)
{
    if (m_infer)
        return;
    if (m_column.spec.type == ColumnType::StringList)
        m_column.offsets.push_back(0);
    for (const std::string &a : m_column.spec.allowed)
        m_allowed.insert(a);
    if (m_column.spec.type == ColumnType::Category || m_column.spec.type == ColumnType::StringList)
        for (const std::string &a : m_column.spec.allowed)
            intern(a, 0);
}

void ColumnBuilder::error(std::size_t line, const std::string &message)
{
    if (m_source.log)
        m_source.log->error(m_source.file, line, m_source.field, m_column.spec.name, message);
}

void ColumnBuilder::warning(std::size_t line, const std::string &message)
{
    if (m_source.log)
        m_source.log->warning(m_source.file, line, m_source.field, m_column.spec.name, message);
}

std::int32_t ColumnBuilder::intern(std::string_view value, std::size_t line)
{
    if (auto it = m_codes.find(value); it != m_codes.end())
        return it->second;
    const auto code = std::int32_t(m_column.dict.size());
    m_column.dict.emplace_back(value);
    m_codes.emplace(std::string(value), code);
    if (line > 0 && !m_allowed.empty() && !m_allowed.count(value))
        m_unknown[code] = {line, 0, std::string(value)};
    return code;
}

void ColumnBuilder::pushNull()
{
    switch (m_column.spec.type) {
    case ColumnType::Double:
        m_column.reals.push_back(0);
        break;
    case ColumnType::Category:
        m_column.codes.push_back(0);
        break;
    case ColumnType::Text:
        m_column.texts.emplace_back();
        break;
    case ColumnType::StringList:
        m_column.offsets.push_back(m_column.offsets.back());
        break;
    default:
        m_column.ints.push_back(0);
        break;
    }
    if (m_column.nulls.empty())
        m_column.nulls.assign(m_rows, 0);
    m_column.nulls.push_back(1);
    ++m_rows;
}

void ColumnBuilder::appendNull(std::size_t line)
{
    if (m_infer) {
        m_raw.emplace_back();
        m_rawLines.push_back(line);
        ++m_rows;
        return;
    }
    if (!m_column.spec.nullable && m_column.spec.role != ColumnRole::GroundTruth) {
        if (m_empty.count++ == 0)
            m_empty.line = line;
    }
    pushNull();
}

void ColumnBuilder::appendInt(std::int64_t value, std::size_t line)
{
    if (m_infer || m_column.spec.type == ColumnType::Text
        || m_column.spec.type == ColumnType::Category
        || m_column.spec.type == ColumnType::StringList || m_column.spec.type == ColumnType::Id) {
        append(std::to_string(value), line);
        return;
    }
    if (m_column.spec.type == ColumnType::Double) {
        appendReal(double(value), line);
        return;
    }
    // Seconds of a time written as YYYY-MM-DD: the years 0000 to 9999.
    constexpr std::int64_t kFirstSecond = -62167219200, kLastSecond = 253402300799;
    const bool time
            = m_column.spec.type == ColumnType::Timestamp || m_column.spec.type == ColumnType::Date;
    if (time && (value < kFirstSecond || value > kLastSecond)) {
        error(line, std::to_string(value)
                            + " seconds lies outside the years 0000 to 9999; expected a time "
                              "in seconds since 1970-01-01");
        pushNull();
        return;
    }
    if (m_column.spec.type == ColumnType::Bool && value != 0 && value != 1) {
        error(line, std::to_string(value) + " is not a truth value; expected 1 or 0");
        pushNull();
        return;
    }
    if (m_column.spec.type == ColumnType::Date)
        value = floorToDay(value);
    m_column.ints.push_back(value);
    if (!m_column.nulls.empty())
        m_column.nulls.push_back(0);
    ++m_rows;
}

void ColumnBuilder::appendReal(double value, std::size_t line)
{
    if (!std::isfinite(value)) { // SQLite stores infinities; CSV cells never parse to one
        error(line, "an infinite or undefined number; expected a finite number");
        if (m_infer)
            appendNull(line);
        else
            pushNull();
        return;
    }
    if (m_column.spec.type == ColumnType::Int64 && !m_infer && value == std::floor(value)
        && std::abs(value) < 9e18) {
        appendInt(std::int64_t(value), line);
        return;
    }
    if (m_infer || m_column.spec.type != ColumnType::Double) {
        char buffer[64];
        const auto r
                = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest: always fits
        append(r.ec == std::errc() ? std::string_view(buffer, std::size_t(r.ptr - buffer))
                                   : std::string_view(),
               line);
        return;
    }
    m_column.reals.push_back(value);
    if (!m_column.nulls.empty())
        m_column.nulls.push_back(0);
    ++m_rows;
}

void ColumnBuilder::append(std::string_view cell, std::size_t line)
{
    if (cell.empty()) {
        appendNull(line);
        return;
    }
    if (m_infer) {
        m_raw.emplace_back(cell);
        m_rawLines.push_back(line);
        ++m_rows;
        return;
    }
    const auto markValue = [&] {
        if (!m_column.nulls.empty())
            m_column.nulls.push_back(0);
        ++m_rows;
    };
    switch (m_column.spec.type) {
    case ColumnType::Id:
        appendId(cell, line);
        return;
    case ColumnType::Int64:
        appendInteger(cell, line);
        return;
    case ColumnType::StringList:
        appendList(cell, line);
        return;
    case ColumnType::Double:
        if (auto v = parseRealNumber(cell)) {
            m_column.reals.push_back(*v);
            markValue();
        } else {
            error(line, quoted(cell) + " is not a number; expected a decimal number such as 7.85");
            pushNull();
        }
        return;
    case ColumnType::Bool:
        if (auto v = parseTruth(cell)) {
            m_column.ints.push_back(*v ? 1 : 0);
            markValue();
        } else {
            error(line, quoted(cell) + " is not a truth value; expected True or False (or 1 or 0)");
            pushNull();
        }
        return;
    case ColumnType::Timestamp:
    case ColumnType::Date:
        if (auto v = parseIsoTimestamp(cell)) {
            m_column.ints.push_back(m_column.spec.type == ColumnType::Date ? floorToDay(*v) : *v);
            markValue();
        } else if (m_column.spec.type == ColumnType::Date) {
            error(line, quoted(cell) + " is not a date; expected YYYY-MM-DD");
            pushNull();
        } else {
            error(line,
                  quoted(cell)
                          + " is not a date and time; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS");
            pushNull();
        }
        return;
    case ColumnType::Category: {
        const std::int32_t code = intern(stripFormulaGuard(cell), line);
        m_column.codes.push_back(code);
        if (auto it = m_unknown.find(code); it != m_unknown.end())
            ++it->second.count;
        markValue();
        return;
    }
    case ColumnType::Text:
        m_column.texts.emplace_back(stripFormulaGuard(cell));
        markValue();
        return;
    }
}

void ColumnBuilder::appendId(std::string_view cell, std::size_t line)
{
    const auto id = parseIdText(cell);
    if (!id) {
        error(line,
              quoted(cell)
                      + " is not an ID; expected a prefix of letters, digits and underscores, then "
                        "digits, such as STU_00042");
        pushNull();
        return;
    }
    ColumnSpec &spec = m_column.spec;
    if (!m_prefixKnown) {
        spec.idPrefix = std::string(id->prefix);
        spec.idWidth = id->digits;
        m_prefixKnown = true;
    } else if (id->prefix != spec.idPrefix && m_otherPrefix.count++ == 0) {
        m_otherPrefix.line = line;
        m_otherPrefix.example = std::string(cell);
    }
    m_column.ints.push_back(id->number);
    if (!m_column.nulls.empty())
        m_column.nulls.push_back(0);
    ++m_rows;
}

void ColumnBuilder::appendInteger(std::string_view cell, std::size_t line)
{
    if (auto v = parseWholeNumber(cell)) {
        m_column.ints.push_back(*v);
        if (!m_column.nulls.empty())
            m_column.nulls.push_back(0);
        ++m_rows;
        return;
    }
    std::int64_t ignored = 0;
    const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), ignored);
    if (ec == std::errc::result_out_of_range && end == cell.data() + cell.size())
        error(line, quoted(cell) + " is too large for a whole number (at most 19 digits)");
    else if (parseRealNumber(cell))
        return widenToReal(cell, line);
    else
        error(line, quoted(cell) + " is not a whole number; expected digits such as 2025");
    pushNull();
}

void ColumnBuilder::widenToReal(std::string_view cell, std::size_t line)
{
    // The column holds fractions: keep them by reading the whole column as real numbers.
    m_column.spec.type = ColumnType::Double;
    m_column.spec.decimals = widerDecimals(m_column.spec.decimals, cell);
    m_column.reals.assign(m_column.ints.begin(), m_column.ints.end());
    m_column.ints.clear();
    m_column.ints.shrink_to_fit();
    m_widened = {line, 1, std::string(cell)};
    m_column.reals.push_back(*parseRealNumber(cell));
    if (!m_column.nulls.empty())
        m_column.nulls.push_back(0);
    ++m_rows;
}

void ColumnBuilder::appendList(std::string_view cell, std::size_t line)
{
    cell = stripFormulaGuard(cell);
    std::size_t from = 0;
    while (from <= cell.size()) {
        std::size_t comma = cell.find(',', from);
        if (comma == std::string_view::npos)
            comma = cell.size();
        const std::string_view item = trim(cell.substr(from, comma - from));
        if (!item.empty()) {
            const std::int32_t code = intern(item, line);
            m_column.codes.push_back(code);
            if (auto it = m_unknown.find(code); it != m_unknown.end())
                ++it->second.count;
        }
        from = comma + 1;
    }
    if (m_column.codes.size() > std::numeric_limits<std::uint32_t>::max()) { // offsets are 32-bit
        m_column.codes.erase(m_column.codes.begin() + std::ptrdiff_t(m_column.offsets.back()),
                             m_column.codes.end());
        error(line,
              "more list elements in this column than it can hold (2^32); the cell is left empty");
        pushNull();
        return;
    }
    m_column.offsets.push_back(std::uint32_t(m_column.codes.size()));
    if (!m_column.nulls.empty())
        m_column.nulls.push_back(0);
    ++m_rows;
}

Column ColumnBuilder::finish()
{
    if (m_infer)
        return inferAndBuild();
    const ColumnSpec &spec = m_column.spec;
    for (const auto &[code, seen] : m_unknown) {
        if (seen.count == 0)
            continue;
        warning(seen.line,
                "unknown value " + quoted(seen.example) + " (" + std::to_string(seen.count)
                        + (seen.count == 1 ? " row" : " rows")
                        + ", first here); expected one of: " + joinAllowed(spec.allowed));
    }
    if (m_otherPrefix.count)
        warning(m_otherPrefix.line,
                std::to_string(m_otherPrefix.count) + " IDs (first " + quoted(m_otherPrefix.example)
                        + ", here) do not use the prefix '" + spec.idPrefix
                        + "' of the column's first ID; expected one prefix per column");
    if (m_empty.count)
        warning(m_empty.line, std::to_string(m_empty.count)
                                      + " empty cells (first here) in a column that "
                                        "should always hold a value");
    if (m_widened.count)
        warning(m_widened.line, quoted(m_widened.example)
                                        + " is not a whole number: the column is read as "
                                          "real numbers to keep its fractions");
    if (!m_column.nulls.empty())
        m_column.nulls.resize(m_rows, 0);
    return std::move(m_column);
}

Column ColumnBuilder::inferAndBuild()
{
    bool ints = true, reals = true, truths = true, times = true, dates = true, ids = true;
    std::unordered_set<std::string_view> distinct;
    std::size_t values = 0;
    for (const std::string &cell : m_raw) {
        if (cell.empty())
            continue;
        ++values;
        ints = ints && parseWholeNumber(cell).has_value();
        reals = reals && parseRealNumber(cell).has_value();
        truths = truths && parseTruth(cell).has_value() && cell != "1" && cell != "0";
        const bool time = parseIsoTimestamp(cell).has_value();
        times = times && time;
        dates = dates && time && cell.size() == 10;
        const auto id = parseIdText(cell);
        ids = ids && id && !id->prefix.empty();
        if (distinct.size() <= 1000)
            distinct.insert(cell);
    }
    ColumnSpec spec = m_column.spec;
    const std::string &name = spec.name;
    const bool idName = name.size() > 3 && name.compare(name.size() - 3, 3, "_id") == 0;
    if (values == 0)
        spec.type = ColumnType::Text;
    else if (ids && idName)
        spec.type = ColumnType::Id;
    else if (ints)
        spec.type = ColumnType::Int64;
    else if (reals)
        spec.type = ColumnType::Double;
    else if (truths)
        spec.type = ColumnType::Bool;
    else if (dates)
        spec.type = ColumnType::Date;
    else if (times)
        spec.type = ColumnType::Timestamp;
    else if (distinct.size() <= 64 || distinct.size() * 10 <= values)
        spec.type = ColumnType::Category;
    else
        spec.type = ColumnType::Text;
    spec.nullable = values < m_raw.size();
    if (spec.type == ColumnType::Double) {
        spec.decimals = 0;
        for (const std::string &cell : m_raw)
            spec.decimals = widerDecimals(spec.decimals, cell);
    }
    ColumnBuilder typed(spec, m_source);
    for (std::size_t i = 0; i < m_raw.size(); ++i)
        typed.append(m_raw[i], m_rawLines[i]);
    return typed.finish();
}

} // namespace pmis
