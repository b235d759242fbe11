#pragma once
// RFC 4180 reading that survives bad input: quoted fields with doubled quotes and embedded line
// breaks, CRLF, LF or CR line ends, a UTF-8 byte order mark. Problems (a quote inside an unquoted
// field, text after a closing quote, a quote never closed) are reported with the line and field
// they occur at, and reading goes on: a quote never closed is taken literally up to the end of its
// line, so the rows after it still load.
//
// Only a cell longer than kMaxCellBytes, a record longer than kMaxRecordBytes or with more than
// kMaxFields fields stops the reading: next() then returns false, failed() is true and the last
// problem says where.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace pmis {

struct CsvProblem
{
    std::size_t line = 0;  // 1-based line of the file
    std::size_t field = 0; // 1-based field of the record
    std::string message;
};

class CsvReader
{
public:
    static constexpr std::size_t kMaxCellBytes = std::size_t(16) << 20;
    static constexpr std::size_t kMaxRecordBytes = std::size_t(64) << 20;
    static constexpr std::size_t kMaxFields = 65536;

    // `text` must outlive the reader and the fields it returns.
    explicit CsvReader(std::string_view text);

    // Reads the next record; false at the end of the text. Blank lines are skipped. The views stay
    // valid until the next call. Problems found in the record are appended to problems().
    bool next(std::vector<std::string_view> &fields);
    // The line the last record started on (1-based).
    std::size_t recordLine() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    std::size_t position() const { return m_pos; }
    std::size_t size() const { return m_text.size(); }
    std::vector<CsvProblem> &problems() { return m_problems; }
    // True when a limit stopped the reading.
    bool failed() const { return m_failed; }

private:
    // Reads one field starting at m_pos into fields[index]; returns the character that ended it
    // (',' '\n' or 0 at the end of the text).
    char readField(std::size_t index, std::vector<std::string_view> &fields);
    char readUnquoted(std::size_t index, std::vector<std::string_view> &fields, bool reportQuotes);
    char endOfField();
    std::string &scratch(std::size_t index);
    void stop(std::size_t line, std::size_t field, std::string message);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    std::deque<std::string> m_scratch; // unescaped quoted fields, one per field index (stable)
    bool m_firstQuoted = false;
    bool m_failed = false;
    std::vector<CsvProblem> m_problems;
};

} // namespace pmis
