#pragma once
// The malformed CSV folders of the import test, and the CSV helpers that build them.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pmis::testing {

namespace fs = std::filesystem;

using Rows = std::vector<std::vector<std::string>>;

// The records of a CSV text, and back (CRLF lines, quoting as needed).
Rows parse(const std::string &text);
std::string unparse(const Rows &rows);
// The index of the header `name` in `rows`, or the header's size.
std::size_t columnOf(const Rows &rows, const std::string &name);
// The CSV file of `table` in an exported folder.
fs::path csv(const fs::path &folder, const char *table);

struct Malformed
{
    const char *name;
    const char *table;   // the table the change touches
    long row;            // its data row that may differ (-1: none), or -2: the table is lost
    const char *message; // a substring of one issue's text
    std::function<void(const fs::path &folder)> apply;
};

// Every case: a name, what it breaks in a good export, and the issue the importer must report.
const std::vector<Malformed> &malformedCases();

} // namespace pmis::testing
