#pragma once
// Type checking of one predicate of a filter (see filter.h for the rules): literals are checked
// against the column's type and turned into FilterNode leaves. Errors are thrown as ParseError,
// which compileFilter catches and turns into a QueryError; nothing is thrown out of core/query.

#include "core/data/table.h"
#include "core/query/filter_node.h"
#include "core/query/lexer.h"

#include <string>
#include <string_view>
#include <vector>

namespace pmis::query {

struct ParseError
{
    std::size_t begin; // byte offsets of the offending token
    std::size_t end;
    std::string message;
};

[[noreturn]] void failAt(const Token &at, std::string message);
// The token as written, and as quoted in messages ('>=', "text", the end of the expression).
std::string tokenSource(std::string_view text, const Token &t);
std::string describeToken(std::string_view text, const Token &t);

// column op value
FilterNode buildCompare(const Table &table, std::string_view text, std::size_t column,
                        const Token &op, const Token &value);
// column has value
FilterNode buildHas(const Table &table, std::string_view text, std::size_t column, const Token &has,
                    const Token &value);
// column [not] in (values)
FilterNode buildIn(const Table &table, std::string_view text, std::size_t column, const Token &in,
                   const std::vector<Token> &values, bool negate);

} // namespace pmis::query
