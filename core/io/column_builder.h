#pragma once
// Builds a typed Column from cells as the exporters write them (and as the old generator wrote
// them: dates with or without a time, True/False or 1/0, comma-joined lists). A cell that does not
// parse becomes null with an error naming its line; values outside a declared value set, IDs with a
// different prefix and empty cells in a column that needs a value are kept and summarised once per
// column as warnings when the column is finished.

#include "core/data/table.h"
#include "core/io/import_issues.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pmis {

struct ParsedId
{
    std::string_view prefix;
    std::int64_t number = 0;
    int digits = 0;
};
// "STU_00042" -> {"STU_", 42, 5}; nullopt without trailing digits.
std::optional<ParsedId> parseIdText(std::string_view text);
// Whole numbers; "25000.0" is accepted as 25000.
std::optional<std::int64_t> parseWholeNumber(std::string_view text);
std::optional<double> parseRealNumber(std::string_view text); // finite only
std::optional<bool> parseTruth(std::string_view text);        // True/False in any case, 1/0
// Removes the apostrophe the CSV writer puts before a cell a spreadsheet would run as a formula.
std::string_view stripFormulaGuard(std::string_view cell);

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class ColumnBuilder
{
public:
    // With `infer`, spec.type is ignored and chosen from the cells when the column is finished.
    ColumnBuilder(ColumnSpec spec, CellSource source, bool infer = false);

    void append(std::string_view cell, std::size_t line); // an empty cell is null
    void appendInt(std::int64_t value, std::size_t line); // typed sources (SQLite)
    void appendReal(double value, std::size_t line);
    void appendNull(std::size_t line);
    std::size_t size() const { return m_rows; }
    ColumnType type() const { return m_column.spec.type; }
    // The finished column; reports the per-column warnings.
    Column finish();

private:
    struct Seen
    {
        std::size_t line = 0;
        std::size_t count = 0;
        std::string example;
    };
    void error(std::size_t line, const std::string &message);
    void warning(std::size_t line, const std::string &message);
    std::int32_t intern(std::string_view value, std::size_t line);
    void pushNull();
    void appendId(std::string_view cell, std::size_t line);
    void appendInteger(std::string_view cell, std::size_t line);
    void widenToReal(std::string_view cell, std::size_t line);
    void appendList(std::string_view cell, std::size_t line);
    Column inferAndBuild();

    Column m_column;
    CellSource m_source;
    bool m_infer;
    std::size_t m_rows = 0;
    std::unordered_map<std::string, std::int32_t, StringHash, std::equal_to<>> m_codes;
    std::unordered_set<std::string, StringHash, std::equal_to<>> m_allowed;
    std::map<std::int32_t, Seen> m_unknown; // codes outside the declared value set
    bool m_prefixKnown = false;
    Seen m_otherPrefix;
    Seen m_empty;                   // empty cells in a column that needs a value
    Seen m_widened;                 // Int64 read as Double
    std::vector<std::string> m_raw; // infer: the cells as text
    std::vector<std::size_t> m_rawLines;
};

} // namespace pmis
