#pragma once
// Column and table descriptions: what a column holds, what it may hold, and what it is for. One
// schema type serves generation, preview, filtering, quality checks and every exporter.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmis {

enum class ColumnType {
    Int64,      // whole numbers
    Double,     // real numbers, formatted with ColumnSpec::decimals
    Category,   // dictionary-encoded strings from a small value set
    Text,       // free strings
    Timestamp,  // seconds since 1970-01-01T00:00:00Z, ISO 8601 on export
    Date,       // seconds since 1970-01-01 at midnight, YYYY-MM-DD on export
    Bool,       // True / False
    StringList, // a list of dictionary codes per row (skills), comma-joined on export
    Id,         // prefix + zero-padded number ("STU_00042"), stored as the number
};

enum class ColumnRole {
    Id,          // the table's primary key
    ForeignKey,  // refers to another table's Id column
    Feature,     // known before an application's outcome; usable as a model feature
    Label,       // the outcome itself
    PostOutcome, // known only after the outcome: never a model feature
    GroundTruth, // the generator's hidden truth (true success probability); exported on request
    FreeText,    // descriptive or contact text
    Protected,   // a group of students (social group): fairness audits and re-ranking, never a
                 // model feature
};
inline constexpr ColumnRole kLastColumnRole = ColumnRole::Protected;

struct ColumnSpec
{
    std::string name;
    ColumnType type = ColumnType::Text;
    ColumnRole role = ColumnRole::Feature;
    bool nullable = false;
    std::string unit;
    std::string description;
    std::optional<double> min; // declared range for numeric and time columns
    std::optional<double> max;
    std::vector<std::string> allowed; // declared value set for categories (empty = open)
    static constexpr int kRoundTrip = -1;
    static constexpr int kMaxDecimals = 17; // more digits than a double holds
    static constexpr int kMaxIdWidth = 18;  // the digits of the largest ID number
    int decimals = 2;                       // Double formatting: 0..kMaxDecimals digits after the
                                            // point, or kRoundTrip (the shortest text that reads
                                            // back as the same double)
    std::string idPrefix;                   // Id: "STU_" (letters, digits and underscores)
    int idWidth = 5;                        // Id: zero padding, 0..kMaxIdWidth
    std::string refTable;                   // ForeignKey: the referenced table's name
    // Category: values whose rows record a step taken after the outcome they belong to was decided
    // (interactions.interaction_type: the employer's closing step, shortlist or reject). Such rows
    // are never evidence about that outcome.
    std::vector<std::string> postOutcomeValues;
};

// Whether `decimals` is kRoundTrip or within 0..kMaxDecimals.
bool validDecimals(int decimals);
// Whether `prefix` may start an ID: letters, digits and underscores only, so that no ID reads as a
// formula or a number in a spreadsheet.
bool validIdPrefix(std::string_view prefix);

// Whether `value` of a column marks a post-outcome row (see ColumnSpec::postOutcomeValues).
bool isPostOutcomeValue(const ColumnSpec &spec, std::string_view value);

std::string_view columnTypeName(ColumnType type);
std::string_view columnRoleName(ColumnRole role);
std::optional<ColumnType> columnTypeFromName(std::string_view name);

// Digits used for IDs of a table with `rows` rows: at least 5, more when the count needs them.
int idWidthFor(std::size_t rows);

} // namespace pmis
