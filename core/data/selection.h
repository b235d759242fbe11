#pragma once
// Row selections with referential closure: from some rows of one table, the rows of all five
// tables an export must hold so that no key dangles. Parents are followed from every included row
// (an interaction brings its student and internship, an internship its company); children are
// followed down from the chosen rows only (a student brings its interactions and outcomes, an
// interaction its outcome), never from the parents pulled in, which would grow to the whole dataset.

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pmis {

// Sorted row indices per table.
struct RowSelection
{
    std::vector<std::uint32_t> companies, students, internships, interactions, outcomes;

    std::vector<std::uint32_t> *find(std::string_view table);
    const std::vector<std::uint32_t> *find(std::string_view table) const;
    std::size_t totalRows() const;
};

struct ClosureOptions
{
    bool parents = true;  // include every row an included row refers to
    bool children = true; // include every row that refers to a chosen row (transitively down)
};

// `rows` are row indices of `table` (any order, repeats allowed). Fails when the table is unknown
// or a row is out of range.
Result<RowSelection> referentialClosure(const Dataset &data, const std::string &table,
                                        const std::vector<std::uint32_t> &rows,
                                        const ClosureOptions &options = {});

// A copy of the given rows of a column (same spec and dictionary).
Column gatherRows(const Column &column, const std::vector<std::uint32_t> &rows);

// A dataset holding copies of the selected rows, with the same schemas.
Dataset selectRows(const Dataset &data, const RowSelection &selection);

// A line for the metadata saying what was selected: "students: 120 of 5000 rows chosen; ...".
std::string describeSelection(const Dataset &data, const std::string &table, std::size_t chosen,
                              const RowSelection &selection);

} // namespace pmis
