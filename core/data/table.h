#pragma once
// Columnar tables. A Column stores its values in the vector its type uses and leaves the rest empty:
//   Int64, Timestamp, Date, Bool, Id -> ints      Double -> reals      Text -> texts
//   Category -> codes into dict                   StringList -> offsets + codes into dict
// Nulls are marked in `nulls` (empty = no nulls). Reading is thread-safe; writing is not.

#include "core/data/schema.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmis {

struct Column
{
    ColumnSpec spec;
    std::vector<std::int64_t> ints;
    std::vector<double> reals;
    std::vector<std::int32_t> codes;
    std::vector<std::string> dict;
    std::vector<std::string> texts;
    std::vector<std::uint32_t> offsets; // StringList: rows + 1 entries
    std::vector<std::uint8_t> nulls;

    Column() = default;
    explicit Column(ColumnSpec s)
        : spec(std::move(s))
    {}

    std::size_t size() const;
    void resize(std::size_t rows); // not for StringList
    bool isNull(std::size_t row) const { return !nulls.empty() && nulls[row]; }
    void setNull(std::size_t row);

    // Appends the cell as exported text (no CSV quoting); nulls append nothing.
    void appendText(std::string &out, std::size_t row) const;
    std::string text(std::size_t row) const;
    // A numeric view for sorting, filtering and statistics: the number, the timestamp, 0/1, the
    // category code, the ID number, the list length; NaN for nulls and text.
    double number(std::size_t row) const;
    std::string_view category(std::size_t row) const { return dict[std::size_t(codes[row])]; }
    // StringList access.
    std::size_t listSize(std::size_t row) const { return offsets[row + 1] - offsets[row]; }
    std::int32_t listCode(std::size_t row, std::size_t i) const { return codes[offsets[row] + i]; }

    // Dictionary lookup; -1 when absent. Linear: for building, not for hot loops.
    std::int32_t codeOf(std::string_view value) const;
    // Dictionary lookup that adds the value when absent.
    std::int32_t intern(std::string_view value);
    bool isNumeric() const;
};

struct Table
{
    std::string name;
    std::vector<Column> columns;

    std::size_t rowCount() const { return columns.empty() ? 0 : columns.front().size(); }
    int indexOf(std::string_view column) const; // -1 when absent
    const Column *find(std::string_view column) const;
    Column *find(std::string_view column);
    // The column by name when it also has `type`; null when absent or of another type. Imported
    // tables hold whatever columns their files hold: code that reads them looks columns up here.
    const Column *findTyped(std::string_view column, ColumnType type) const;
    // The column by name, for tables whose schema the caller built itself (generated data); the
    // name must exist (checked by assert). Never for imported data: use find() or findTyped().
    const Column &at(std::string_view column) const;
    Column &at(std::string_view column);
    Column &add(ColumnSpec spec);
};

// The five PMIS tables. Foreign keys are stored as the parent's ID number, which is the parent's
// row index + 1 for generated data.
struct Dataset
{
    Table companies;
    Table students;
    Table internships;
    Table interactions;
    Table outcomes;

    std::vector<const Table *> tables() const;
    std::vector<Table *> tables();
    const Table *find(std::string_view name) const;
    Table *find(std::string_view name);
    std::size_t totalRows() const;
};

} // namespace pmis
