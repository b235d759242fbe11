#include "core/data/data_dictionary.h"

#include <charconv>
#include <cmath>

namespace pmis {
namespace {

std::string number(double v, ColumnType type)
{
    if (type == ColumnType::Timestamp || type == ColumnType::Date)
        return {};
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v); // shortest form: always fits
    return r.ec == std::errc() ? std::string(buffer, r.ptr) : std::string();
}

std::string rangeOrValues(const ColumnSpec &s)
{
    if (s.type == ColumnType::Id)
        return "`" + s.idPrefix + "` + " + std::to_string(s.idWidth) + "+ digits";
    if (s.type == ColumnType::Bool)
        return "True / False";
    if (!s.allowed.empty()) {
        std::string out;
        const std::size_t shown = std::min<std::size_t>(s.allowed.size(), 8);
        for (std::size_t i = 0; i < shown; ++i)
            out += (i ? ", " : "") + s.allowed[i];
        if (shown < s.allowed.size())
            out += ", … (" + std::to_string(s.allowed.size()) + " values)";
        return out;
    }
    if (s.min && s.max) {
        if (s.type == ColumnType::Timestamp || s.type == ColumnType::Date)
            return "relative to the reference date";
        return number(*s.min, s.type) + " to " + number(*s.max, s.type);
    }
    return "";
}

std::string escape(std::string text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else
            out += c;
    }
    return out;
}

} // namespace

std::string dataDictionaryMarkdown(const Dataset &d)
{
    std::string out;
    for (const Table *t : d.tables()) {
        out += "### " + t->name + "\n\n";
        out += "| column | type | role | nullable | unit | range or values | meaning |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (const Column &c : t->columns) {
            const ColumnSpec &s = c.spec;
            std::string role(columnRoleName(s.role));
            if (s.role == ColumnRole::ForeignKey)
                role += " → " + s.refTable;
            for (std::size_t i = 0; i < s.postOutcomeValues.size(); ++i)
                role += (i ? ", " : "; rows of ") + s.postOutcomeValues[i]
                        + (i + 1 == s.postOutcomeValues.size() ? ": post-outcome" : "");
            out += "| `" + s.name + "` | " + std::string(columnTypeName(s.type)) + " | " + role
                   + " | " + (s.nullable ? "yes" : "no") + " | " + escape(s.unit) + " | "
                   + escape(rangeOrValues(s)) + " | " + escape(s.description) + " |\n";
        }
        out += "\n";
    }
    return out;
}

} // namespace pmis
