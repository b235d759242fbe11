#pragma once
// The filter language over one Table, compiled once and evaluated over row chunks in parallel.
//
//   expr      := or-expr
//   or-expr   := and-expr ("or" and-expr)*
//   and-expr  := not-expr ("and" not-expr)*
//   not-expr  := "not" not-expr | "(" expr ")" | predicate
//   predicate := column ( op value | "has" value | ["not"] "in" "(" value ("," value)* ")"
//                       | "is" ["not"] "null" )
//   op        := = | != | < | <= | > | >=          (also == and <>)
//   value     := "double-quoted text" (\" and \\ escapes) | number | true | false
//
// Keywords are case-insensitive; column names are exact. How values meet column types:
// - numbers (int64, double): numeric comparison; doubles compare with a relative tolerance of 1e-9;
// - category and text: comparison of the label text (byte order); `has` tests for a substring;
// - string lists: `has "python"` tests for an element; `is null` for a null cell;
// - timestamps and dates: a quoted ISO date or timestamp ("2025-01-01", "2025-01-01T10:00:00"). A
//   date without a time against a timestamp column stands for the whole day: `created_at =
//   "2025-01-01"` matches that day, `<= "2025-01-31"` includes the 31st;
// - bool: true or false with = and !=;
// - IDs: their text form ("STU_00042") or the number (42).
// For columns that declare a value set (ColumnSpec::allowed), a category or list value outside it
// (and outside the dictionary) is an error, so a typo does not silently match nothing. A comparison
// is false on a null cell; `not` negates the whole result (so `not (x = 1)` includes nulls while `x
// != 1` does not).

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pmis::query {

// Where and why an expression failed. Positions and lengths count Unicode code points of the
// expression text, so that a text editor can mark the offending token.
struct QueryError
{
    std::size_t position = 0; // 1-based start of the offending token (length + 1 at the end)
    std::size_t length = 0;   // its length; 0 at the end of the expression
    std::string message;      // what was expected, without the position

    std::string text() const; // "position 14: expected a value after '>=' ..."
};

struct FilterNode;

// A compiled filter. It refers to the columns of the table it was compiled for by index and to
// their dictionaries by code: evaluate it only on that table (or one with identical columns and
// dictionaries). Evaluation is read-only and thread-safe.
class Filter
{
public:
    Filter();
    ~Filter();
    Filter(const Filter &other);
    Filter &operator=(const Filter &other);
    Filter(Filter &&) noexcept;
    Filter &operator=(Filter &&) noexcept;

    // True for the empty expression, which matches every row.
    bool isEmpty() const;
    const std::string &expression() const { return m_expression; }

    // The rows that match, ascending. The result is the same for any thread count (<= 0: all
    // cores). Progress may be reported; when it returns false the work stops and an empty vector
    // is returned (the caller knows it asked to cancel).
    std::vector<std::uint32_t> matchingRows(const Table &table, int threads = 0,
                                            const ProgressFn &progress = {}) const;
    // One row, for spot checks; slower per row than matchingRows.
    bool matches(const Table &table, std::size_t row) const;

private:
    friend Result<Filter> compileFilter(const Table &, std::string_view, QueryError *);
    std::unique_ptr<FilterNode> m_root; // null: match all
    std::string m_expression;
    std::size_t m_columnCount = 0;
};

// Parses and type-checks `expression` against the table's columns. On failure the Status message
// is QueryError::text(); `error`, when given, receives the position, length and message.
Result<Filter> compileFilter(const Table &table, std::string_view expression,
                             QueryError *error = nullptr);

} // namespace pmis::query
