#pragma once
// Problems found while importing a dataset, each naming the file, line, field and column, and a
// log that keeps the first `limit` of them while counting all.

#include <cstdint>
#include <string>
#include <vector>

namespace pmis {

struct ImportIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string file;      // "enhanced_students.csv"; empty for the whole import
    std::size_t line = 0;  // 1-based line of the file; 0 = the whole file
    std::size_t field = 0; // 1-based field; 0 = the whole row or file
    std::string column;    // the column's name, when known
    std::string message;   // what is wrong and the expected form

    // "enhanced_students.csv:13:4: cgpa: 'abc' is not a number; expected ..."
    std::string text() const;
};

class IssueLog
{
public:
    explicit IssueLog(std::size_t limit = 100)
        : m_limit(limit)
    {}
    void add(ImportIssue issue);
    void error(std::string file, std::size_t line, std::size_t field, std::string column,
               std::string message);
    void warning(std::string file, std::size_t line, std::size_t field, std::string column,
                 std::string message);

    const std::vector<ImportIssue> &issues() const { return m_issues; }
    std::vector<ImportIssue> takeIssues() { return std::move(m_issues); }
    std::size_t errors() const { return m_errors; }
    std::size_t warnings() const { return m_warnings; }
    std::size_t total() const { return m_errors + m_warnings; }
    std::size_t suppressed() const { return total() - m_issues.size(); }

private:
    std::size_t m_limit;
    std::vector<ImportIssue> m_issues;
    std::size_t m_errors = 0;
    std::size_t m_warnings = 0;
};

// Where the cells of one column come from, for the messages of a ColumnBuilder.
struct CellSource
{
    IssueLog *log = nullptr;
    std::string file;
    std::size_t field = 0; // 1-based
};

} // namespace pmis
