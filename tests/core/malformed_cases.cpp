// The malformed CSV folders of the import test: each case breaks a good export one way.
#include "tests/core/malformed_cases.h"

#include "tests/core/file_text.h"

#include "core/io/csv_reader.h"
#include "core/io/dataset_export.h"
#include "core/io/csv_writer.h"

#include <algorithm>

namespace pmis::testing {

Rows parse(const std::string &text)
{
    CsvReader reader(text);
    std::vector<std::string_view> fields;
    Rows out;
    while (reader.next(fields))
        out.emplace_back(fields.begin(), fields.end());
    return out;
}

std::string unparse(const Rows &rows)
{
    std::string out;
    for (const auto &row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            appendCsvField(out, row[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::size_t columnOf(const Rows &rows, const std::string &name)
{
    const auto &h = rows.front();
    return std::size_t(std::find(h.begin(), h.end(), name) - h.begin());
}

fs::path csv(const fs::path &folder, const char *table)
{
    return folder / ("enhanced_" + std::string(table) + ".csv");
}

namespace {

// Sets one cell (data row `row`, 0-based) of a CSV file, quoting as needed.
void setCell(const fs::path &file, std::size_t row, const std::string &column,
             const std::string &value)
{
    Rows rows = parse(readText(file));
    rows[row + 1][columnOf(rows, column)] = value;
    writeText(file, unparse(rows));
}

void dropColumn(const fs::path &file, const std::string &column)
{
    Rows rows = parse(readText(file));
    const std::size_t c = columnOf(rows, column);
    for (auto &r : rows)
        r.erase(r.begin() + std::ptrdiff_t(c));
    writeText(file, unparse(rows));
}

// Replaces physical line `line` (1-based; the header is line 1) with raw text.
void setLine(const fs::path &file, std::size_t line, const std::string &raw)
{
    std::string text = readText(file);
    std::size_t begin = 0;
    for (std::size_t i = 1; i < line; ++i)
        begin = text.find('\n', begin) + 1;
    const std::size_t end = text.find('\n', begin);
    text.replace(begin, end - begin, raw);
    writeText(file, text);
}

std::string lineOf(const fs::path &file, std::size_t line)
{
    const std::string text = readText(file);
    std::size_t begin = 0;
    for (std::size_t i = 1; i < line; ++i)
        begin = text.find('\n', begin) + 1;
    std::string out = text.substr(begin, text.find('\n', begin) - begin);
    if (!out.empty() && out.back() == '\r')
        out.pop_back();
    return out;
}

} // namespace

const std::vector<Malformed> &malformedCases()
{
    static const std::vector<Malformed> all = {
            {"missing file", "companies", -2, "enhanced_companies.csv: error: file not found",
             [](const fs::path &d) { fs::remove(csv(d, "companies")); }},
            {"empty file", "students", -2, "enhanced_students.csv: error: the file is empty",
             [](const fs::path &d) { writeText(csv(d, "students"), ""); }},
            {"header only", "interactions", -2,
             "enhanced_interactions.csv: warning: the file has a header but no rows",
             [](const fs::path &d) {
                 writeText(csv(d, "interactions"), lineOf(csv(d, "interactions"), 1) + "\r\n");
             }},
            {"missing column", "students", -1,
             "enhanced_students.csv:1: cgpa: warning: column 'cgpa' is missing",
             [](const fs::path &d) { dropColumn(csv(d, "students"), "cgpa"); }},
            {"missing ID column", "students", -1,
             "error: column 'student_id' is missing; the table is loaded without it, so other",
             [](const fs::path &d) { dropColumn(csv(d, "students"), "student_id"); }},
            {"column twice", "students", -1,
             "enhanced_students.csv:1:19: gender: error: the column appears twice",
             [](const fs::path &d) {
                 Rows rows = parse(readText(csv(d, "students")));
                 for (auto &r : rows)
                     r.push_back(r[columnOf(rows, "gender")]);
                 writeText(csv(d, "students"), unparse(rows));
             }},
            {"unknown column", "students", -1,
             "favourite_colour: warning: not a column of the studio's students table",
             [](const fs::path &d) {
                 Rows rows = parse(readText(csv(d, "students")));
                 for (std::size_t i = 0; i < rows.size(); ++i)
                     rows[i].push_back(i ? "blue" : "favourite_colour");
                 writeText(csv(d, "students"), unparse(rows));
             }},
            {"column without a name", "students", -1,
             "enhanced_students.csv:1:19: warning: the column has no name",
             [](const fs::path &d) {
                 Rows rows = parse(readText(csv(d, "students")));
                 for (std::size_t i = 0; i < rows.size(); ++i)
                     rows[i].push_back(i ? "x" : "");
                 writeText(csv(d, "students"), unparse(rows));
             }},
            {"too few fields", "students", 2,
             "enhanced_students.csv:4: error: expected 18 fields as in the header, found 17",
             [](const fs::path &d) {
                 Rows rows = parse(readText(csv(d, "students")));
                 rows[3].pop_back();
                 writeText(csv(d, "students"), unparse(rows));
             }},
            {"too many fields", "students", 2,
             "expected 18 fields as in the header, found 19; the extra cells are ignored",
             [](const fs::path &d) {
                 Rows rows = parse(readText(csv(d, "students")));
                 rows[3].push_back("extra");
                 writeText(csv(d, "students"), unparse(rows));
             }},
            {"not a whole number", "students", 2,
             "enhanced_students.csv:4:11: graduation_year: error: 'twenty' is not a whole number",
             [](const fs::path &d) {
                 setCell(csv(d, "students"), 2, "graduation_year", "twenty");
             }},
            {"whole number too large", "students", 2,
             "'99999999999999999999' is too large for a whole number",
             [](const fs::path &d) {
                 setCell(csv(d, "students"), 2, "graduation_year", "99999999999999999999");
             }},
            {"not a number", "students", 2,
             "enhanced_students.csv:4:4: cgpa: error: 'abc' is not a number",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "cgpa", "abc"); }},
            {"not a finite number", "students", 2, "cgpa: error: 'nan' is not a number",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "cgpa", "nan"); }},
            {"number with trailing text", "students", 2, "cgpa: error: '7.5x' is not a number",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "cgpa", "7.5x"); }},
            {"not a date", "internships", 1,
             "application_deadline: error: '2025-13-45' is not a date; expected YYYY-MM-DD",
             [](const fs::path &d) {
                 setCell(csv(d, "internships"), 1, "application_deadline", "2025-13-45");
             }},
            {"no such day", "internships", 1, "error: '2025-02-30' is not a date",
             [](const fs::path &d) {
                 setCell(csv(d, "internships"), 1, "application_deadline", "2025-02-30");
             }},
            {"not a timestamp", "students", 0,
             "enhanced_students.csv:2:18: created_at: error: 'yesterday' is not a date and time",
             [](const fs::path &d) { setCell(csv(d, "students"), 0, "created_at", "yesterday"); }},
            {"timestamp with an offset", "students", 0,
             "'2025-03-01T10:00:00+05:30' is not a date and time",
             [](const fs::path &d) {
                 setCell(csv(d, "students"), 0, "created_at", "2025-03-01T10:00:00+05:30");
             }},
            {"not a truth value", "internships", 3,
             "is_active: error: 'maybe' is not a truth value; expected True or False",
             [](const fs::path &d) { setCell(csv(d, "internships"), 3, "is_active", "maybe"); }},
            {"not an ID", "students", 1,
             "enhanced_students.csv:3:1: student_id: error: 'STU_ABC' is not an ID",
             [](const fs::path &d) { setCell(csv(d, "students"), 1, "student_id", "STU_ABC"); }},
            {"key not an ID", "interactions", 5,
             "enhanced_interactions.csv:7:2: student_id: error: '?x?' is not an ID",
             [](const fs::path &d) { setCell(csv(d, "interactions"), 5, "student_id", "?x?"); }},
            {"another ID prefix", "students", 2,
             "1 IDs (first 'STX_00003', here) do not use the prefix 'STU_'",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "student_id", "STX_00003"); }},
            {"repeated ID", "students", 2,
             "enhanced_students.csv:4:1: student_id: error: duplicate ID 'STU_00002' (first at line 3)",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "student_id", "STU_00002"); }},
            {"key naming no row", "interactions", 4,
             "enhanced_interactions.csv:6:2: student_id: warning: 'STU_99999' is not in enhanced_students.csv",
             [](const fs::path &d) {
                 setCell(csv(d, "interactions"), 4, "student_id", "STU_99999");
             }},
            {"outcome of no interaction", "outcomes", 0,
             "interaction_id: warning: 'ACT_99999' is not in enhanced_interactions.csv",
             [](const fs::path &d) {
                 setCell(csv(d, "outcomes"), 0, "interaction_id", "ACT_99999");
             }},
            {"unknown category", "students", 2,
             "college_tier: warning: unknown value 'Tier-4' (1 row, first here); expected one of: Tier-1",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "college_tier", "Tier-4"); }},
            {"unknown list item", "students", 2,
             "skills: warning: unknown value 'quantum knitting' (1 row, first here)",
             [](const fs::path &d) {
                 setCell(csv(d, "students"), 2, "skills", "python, quantum knitting");
             }},
            {"quote inside a field", "students", 2,
             "enhanced_students.csv:4:3: university: error: a quote inside an unquoted field",
             [](const fs::path &d) {
                 const std::string line = lineOf(csv(d, "students"), 4);
                 const std::size_t second = line.find(',', line.find(',') + 1);
                 setLine(csv(d, "students"), 4,
                         line.substr(0, second + 1) + "Ab\"c" + line.substr(second + 1));
             }},
            {"text after a closing quote", "students", 2,
             "enhanced_students.csv:4:2: college_tier: error: text after the closing quote",
             [](const fs::path &d) {
                 const std::string line = lineOf(csv(d, "students"), 4);
                 const std::size_t comma = line.find(',');
                 setLine(csv(d, "students"), 4,
                         line.substr(0, comma) + ",\"Tier-1\"x"
                                 + line.substr(line.find(',', comma + 1)));
             }},
            // On the last line: a quote further on would close it (CSV cannot tell the two apart).
            {"quote never closed", "students", 39,
             "enhanced_students.csv:41:19: error: a quoted field is never closed",
             [](const fs::path &d) {
                 setLine(csv(d, "students"), 41, lineOf(csv(d, "students"), 41) + ",\"open");
             }},
            {"empty cell that needs a value", "students", 2,
             "location: warning: 1 empty cells (first here) in a column that should always hold a value",
             [](const fs::path &d) { setCell(csv(d, "students"), 2, "location", ""); }},
            {"fraction in a whole-number column", "internships", 1,
             "stipend: warning: '25000.5' is not a whole number: the column is read as real numbers",
             [](const fs::path &d) { setCell(csv(d, "internships"), 1, "stipend", "25000.5"); }},
            {"metadata not JSON", "students", -1,
             "datasets_metadata.json: warning: not valid JSON; the metadata is ignored",
             [](const fs::path &d) { writeText(d / kMetadataFileName, "{ not json"); }},
            {"metadata scenario not valid", "students", -1,
             "datasets_metadata.json: warning: the recorded scenario is not valid",
             [](const fs::path &d) {
                 std::string text = readText(d / kMetadataFileName);
                 text.replace(text.find("\"schema_version\": 1"), 19, "\"schema_version\": 99");
                 writeText(d / kMetadataFileName, text);
             }},
            {"company name not in companies", "internships", 2,
             "company: warning: company 'Nonexistent Corp' is not in enhanced_companies.csv",
             [](const fs::path &d) {
                 dropColumn(csv(d, "internships"), "company_id");
                 setCell(csv(d, "internships"), 2, "company", "Nonexistent Corp");
             }},
    };
    return all;
}

} // namespace pmis::testing
