#include "core/data/table.h"

#include "core/util/civil_time.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <limits>

namespace pmis {

std::size_t Column::size() const
{
    switch (spec.type) {
    case ColumnType::Double:
        return reals.size();
    case ColumnType::Category:
        return codes.size();
    case ColumnType::Text:
        return texts.size();
    case ColumnType::StringList:
        return offsets.empty() ? 0 : offsets.size() - 1;
    default:
        return ints.size();
    }
}

void Column::resize(std::size_t rows)
{
    switch (spec.type) {
    case ColumnType::Double:
        reals.resize(rows);
        break;
    case ColumnType::Category:
        codes.resize(rows);
        break;
    case ColumnType::Text:
        texts.resize(rows);
        break;
    case ColumnType::StringList:
        assert(false && "StringList columns are built through offsets");
        break;
    default:
        ints.resize(rows);
        break;
    }
    if (!nulls.empty())
        nulls.resize(rows, 0);
}

void Column::setNull(std::size_t row)
{
    if (nulls.empty())
        nulls.assign(size(), 0);
    nulls[row] = 1;
}

void Column::appendText(std::string &out, std::size_t row) const
{
    if (isNull(row))
        return;
    // Wide enough for any double in fixed notation with kMaxDecimals digits (309 + 1 + 17 + sign).
    char buffer[400];
    switch (spec.type) {
    case ColumnType::Int64: {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, ints[row]);
        if (r.ec == std::errc())
            out.append(buffer, r.ptr);
        break;
    }
    case ColumnType::Double: {
        const double v = reals[row];
        // kRoundTrip: the shortest fixed-point text that reads back as the same double.
        auto r = spec.decimals == ColumnSpec::kRoundTrip
                         ? std::to_chars(buffer, buffer + sizeof buffer, v,
                                         std::chars_format::fixed)
                         : std::to_chars(
                                 buffer, buffer + sizeof buffer, v, std::chars_format::fixed,
                                 std::clamp(spec.decimals, 0, int(ColumnSpec::kMaxDecimals)));
        if (r.ec != std::errc())
            r = std::to_chars(buffer, buffer + sizeof buffer, v); // always fits
        if (r.ec == std::errc())
            out.append(buffer, r.ptr);
        break;
    }
    case ColumnType::Category:
        out += dict[std::size_t(codes[row])];
        break;
    case ColumnType::Text:
        out += texts[row];
        break;
    case ColumnType::Timestamp:
        appendIsoTimestamp(out, ints[row]);
        break;
    case ColumnType::Date:
        appendIsoDate(out, ints[row]);
        break;
    case ColumnType::Bool:
        out += ints[row] ? "True" : "False";
        break;
    case ColumnType::StringList:
        for (std::uint32_t i = offsets[row]; i < offsets[row + 1]; ++i) {
            if (i != offsets[row])
                out += ", ";
            out += dict[std::size_t(codes[i])];
        }
        break;
    case ColumnType::Id: {
        out += spec.idPrefix;
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, ints[row]);
        if (r.ec != std::errc())
            break;
        const int width = std::clamp(spec.idWidth, 0, int(ColumnSpec::kMaxIdWidth));
        for (int i = int(r.ptr - buffer); i < width; ++i)
            out += '0';
        out.append(buffer, r.ptr);
        break;
    }
    }
}

std::string Column::text(std::size_t row) const
{
    std::string out;
    appendText(out, row);
    return out;
}

double Column::number(std::size_t row) const
{
    if (isNull(row))
        return std::numeric_limits<double>::quiet_NaN();
    switch (spec.type) {
    case ColumnType::Double:
        return reals[row];
    case ColumnType::Category:
        return codes[row];
    case ColumnType::Text:
        return std::numeric_limits<double>::quiet_NaN();
    case ColumnType::StringList:
        return double(listSize(row));
    default:
        return double(ints[row]);
    }
}

std::int32_t Column::codeOf(std::string_view value) const
{
    for (std::size_t i = 0; i < dict.size(); ++i) {
        if (dict[i] == value)
            return std::int32_t(i);
    }
    return -1;
}

std::int32_t Column::intern(std::string_view value)
{
    const std::int32_t code = codeOf(value);
    if (code >= 0)
        return code;
    dict.emplace_back(value);
    return std::int32_t(dict.size() - 1);
}

bool Column::isNumeric() const
{
    return spec.type != ColumnType::Text && spec.type != ColumnType::Category
           && spec.type != ColumnType::StringList;
}

int Table::indexOf(std::string_view column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].spec.name == column)
            return int(i);
    }
    return -1;
}

const Column *Table::find(std::string_view column) const
{
    const int i = indexOf(column);
    return i < 0 ? nullptr : &columns[std::size_t(i)];
}

Column *Table::find(std::string_view column)
{
    const int i = indexOf(column);
    return i < 0 ? nullptr : &columns[std::size_t(i)];
}

const Column *Table::findTyped(std::string_view column, ColumnType type) const
{
    const Column *c = find(column);
    return c && c->spec.type == type ? c : nullptr;
}

const Column &Table::at(std::string_view column) const
{
    const Column *c = find(column);
    assert(c && "unknown column");
    return *c;
}

Column &Table::at(std::string_view column)
{
    Column *c = find(column);
    assert(c && "unknown column");
    return *c;
}

Column &Table::add(ColumnSpec spec)
{
    columns.emplace_back(std::move(spec));
    return columns.back();
}

std::vector<const Table *> Dataset::tables() const
{
    return {&students, &internships, &interactions, &outcomes, &companies};
}

std::vector<Table *> Dataset::tables()
{
    return {&students, &internships, &interactions, &outcomes, &companies};
}

const Table *Dataset::find(std::string_view name) const
{
    for (const Table *t : tables()) {
        if (t->name == name)
            return t;
    }
    return nullptr;
}

Table *Dataset::find(std::string_view name)
{
    for (Table *t : tables()) {
        if (t->name == name)
            return t;
    }
    return nullptr;
}

std::size_t Dataset::totalRows() const
{
    std::size_t total = 0;
    for (const Table *t : tables())
        total += t->rowCount();
    return total;
}

} // namespace pmis
