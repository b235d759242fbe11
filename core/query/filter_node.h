#pragma once
// The compiled form of a filter: a tree of typed leaves over one table's columns, evaluated a
// block of rows at a time into byte masks. Internal to core/query.

#include "core/data/table.h"
#include "core/query/lexer.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pmis::query {

enum class NodeKind {
    And,
    Or,
    Not,
    Const,        // constant: every row matches (`constant`) or none
    IntRanges,    // ints in one of the sorted, disjoint [lo, hi] ranges (xor negate)
    RealCompare,  // reals op value with a tolerance
    RealSet,      // reals equal to one of the values (xor negate)
    CodeTable,    // category code whose entry in `codeMatches` is 1
    ListHas,      // a list with at least one code whose entry in `codeMatches` is 1
    TextCompare,  // texts op text
    TextContains, // texts containing text as a substring (xor negate)
    TextSet,      // texts equal to one of the sorted values (xor negate)
    IsNull,       // null cells (xor negate)
};

struct FilterNode
{
    NodeKind kind = NodeKind::Const;
    std::size_t column = 0;
    bool negate = false;
    bool constant = false;
    CompareOp op = CompareOp::Eq;
    double value = 0;
    double tolerance = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
    std::vector<double> reals;
    std::vector<std::uint8_t> codeMatches;
    std::string text;
    std::vector<std::string> texts;
    std::vector<FilterNode> children;
};

// Evaluates `node` for rows [begin, end) of `table` into out[0 .. end - begin) as 0/1 bytes.
// `scratch` holds the buffers of nested nodes; it grows as needed and can be reused.
void evaluateBlock(const FilterNode &node, const Table &table, std::size_t begin, std::size_t end,
                   std::uint8_t *out, std::vector<std::vector<std::uint8_t>> &scratch,
                   std::size_t depth = 0);

} // namespace pmis::query
