#include "core/io/csv_reader.h"

#include <algorithm>

namespace pmis {

CsvReader::CsvReader(std::string_view text)
    : m_text(text)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
}

std::string &CsvReader::scratch(std::size_t index)
{
    while (m_scratch.size() <= index)
        m_scratch.emplace_back();
    return m_scratch[index];
}

void CsvReader::stop(std::size_t line, std::size_t field, std::string message)
{
    m_problems.push_back({line, field, std::move(message)});
    m_failed = true;
    m_pos = m_text.size();
}

bool CsvReader::next(std::vector<std::string_view> &fields)
{
    while (m_pos < m_text.size() && !m_failed) {
        m_recordLine = m_line;
        const std::size_t start = m_pos;
        fields.clear();
        std::size_t index = 0;
        for (;;) {
            const char end = readField(index++, fields);
            if (m_failed)
                return false;
            if (m_pos - start > kMaxRecordBytes) {
                stop(m_recordLine, index,
                     "the record is longer than 64 MiB; the rest of the file is not read");
                return false;
            }
            if (end != ',')
                break;
            if (index >= kMaxFields) {
                stop(m_recordLine, index,
                     "the record has more than 65536 fields; the rest of the file is not read");
                return false;
            }
        }
        if (fields.size() == 1 && fields[0].empty() && !m_firstQuoted)
            continue; // a blank line
        return true;
    }
    return false;
}

char CsvReader::endOfField()
{
    if (m_pos >= m_text.size())
        return 0;
    const char c = m_text[m_pos++];
    if (c == ',')
        return ',';
    if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
        ++m_pos;
    ++m_line;
    return '\n';
}

char CsvReader::readUnquoted(std::size_t index, std::vector<std::string_view> &fields,
                             bool reportQuotes)
{
    std::size_t end = m_pos;
    bool reported = !reportQuotes;
    const std::size_t limit = std::min(m_text.size(), m_pos + kMaxCellBytes + 1);
    for (; end < limit; ++end) {
        const char c = m_text[end];
        if (c == ',' || c == '\n' || c == '\r')
            break;
        if (c == '"' && !reported) {
            m_problems.push_back(
                    {m_line, index + 1,
                     "a quote inside an unquoted field; quote the whole field and double "
                     "the quotes inside it (\"a \"\"b\"\"\")"});
            reported = true;
        }
    }
    if (end - m_pos > kMaxCellBytes) {
        stop(m_line, index + 1, "a cell longer than 16 MiB; the rest of the file is not read");
        return 0;
    }
    fields[index] = m_text.substr(m_pos, end - m_pos);
    m_pos = end;
    return endOfField();
}

char CsvReader::readField(std::size_t index, std::vector<std::string_view> &fields)
{
    fields.resize(index + 1);
    const bool quoted = m_pos < m_text.size() && m_text[m_pos] == '"';
    if (index == 0)
        m_firstQuoted = quoted;
    if (!quoted)
        return readUnquoted(index, fields, true);

    const std::size_t start = m_pos, startLine = m_line;
    std::size_t from = start + 1, segment = from;
    std::string *buffer = nullptr;
    for (;;) {
        const std::size_t q = m_text.find('"', from);
        if (q != std::string_view::npos && q - start > kMaxCellBytes) {
            stop(startLine, index + 1,
                 "a quoted cell longer than 16 MiB; the rest of the file is not read");
            return 0;
        }
        if (q == std::string_view::npos) {
            m_problems.push_back(
                    {startLine, index + 1,
                     "a quoted field is never closed; its quote is taken literally up to "
                     "the end of the line"});
            m_pos = start;
            m_line = startLine;
            return readUnquoted(index, fields, false);
        }
        m_line += std::size_t(std::count(m_text.begin() + std::ptrdiff_t(from),
                                         m_text.begin() + std::ptrdiff_t(q), '\n'));
        if (q + 1 < m_text.size() && m_text[q + 1] == '"') { // a doubled quote
            if (!buffer) {
                buffer = &scratch(index);
                buffer->clear();
            }
            buffer->append(m_text.substr(segment, q + 1 - segment));
            from = segment = q + 2;
            continue;
        }
        if (buffer) {
            buffer->append(m_text.substr(segment, q - segment));
            fields[index] = *buffer;
        } else {
            fields[index] = m_text.substr(start + 1, q - start - 1);
        }
        m_pos = q + 1;
        break;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n'
        && m_text[m_pos] != '\r') {
        m_problems.push_back({m_line, index + 1,
                              "text after the closing quote; quote the whole field and double the "
                              "quotes inside it (\"a \"\"b\"\" c\")"});
        std::size_t end = m_pos;
        while (end < m_text.size() && m_text[end] != ',' && m_text[end] != '\n'
               && m_text[end] != '\r')
            ++end;
        if (end - start > kMaxCellBytes) {
            stop(m_line, index + 1, "a cell longer than 16 MiB; the rest of the file is not read");
            return 0;
        }
        std::string &kept = scratch(index);
        if (!buffer)
            kept.assign(fields[index]);
        kept.append(m_text.substr(m_pos, end - m_pos));
        fields[index] = kept;
        m_pos = end;
    }
    return endOfField();
}

} // namespace pmis
