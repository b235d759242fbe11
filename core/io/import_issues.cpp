#include "core/io/import_issues.h"

namespace pmis {

std::string ImportIssue::text() const
{
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (field > 0)
            out += ':' + std::to_string(field);
    }
    if (!out.empty())
        out += ": ";
    if (!column.empty())
        out += column + ": ";
    out += severity == Severity::Error ? "error: " : "warning: ";
    out += message;
    return out;
}

void IssueLog::add(ImportIssue issue)
{
    (issue.severity == ImportIssue::Severity::Error ? m_errors : m_warnings) += 1;
    if (m_issues.size() < m_limit)
        m_issues.push_back(std::move(issue));
}

void IssueLog::error(std::string file, std::size_t line, std::size_t field, std::string column,
                     std::string message)
{
    add({ImportIssue::Severity::Error, std::move(file), line, field, std::move(column),
         std::move(message)});
}

void IssueLog::warning(std::string file, std::size_t line, std::size_t field, std::string column,
                       std::string message)
{
    add({ImportIssue::Severity::Warning, std::move(file), line, field, std::move(column),
         std::move(message)});
}

} // namespace pmis
