#include "core/query/lexer.h"

#include "core/util/ascii.h"

#include <charconv>

namespace pmis::query {

namespace {

bool isIdentStart(char c)
{
    return isAsciiAlpha(c) || c == '_';
}

bool isIdentChar(char c)
{
    return isAsciiAlnum(c) || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

Token errorToken(std::size_t begin, std::size_t end, std::string message)
{
    Token t;
    t.kind = TokenKind::Error;
    t.begin = begin;
    t.end = end;
    t.value = std::move(message);
    return t;
}

} // namespace

std::string_view compareOpText(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return "=";
    case CompareOp::Ne:
        return "!=";
    case CompareOp::Lt:
        return "<";
    case CompareOp::Le:
        return "<=";
    case CompareOp::Gt:
        return ">";
    case CompareOp::Ge:
        return ">=";
    }
    return "?";
}

bool isKeyword(const Token &token, std::string_view word)
{
    if (token.kind != TokenKind::Identifier || token.value.size() != word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (asciiToLower(token.value[i]) != word[i])
            return false;
    }
    return true;
}

Token Lexer::next()
{
    if (m_failed)
        return Token{TokenKind::End, m_text.size(), m_text.size(), {}, 0, CompareOp::Eq};
    while (m_pos < m_text.size() && isAsciiSpace(m_text[m_pos]))
        ++m_pos;
    Token t;
    t.begin = m_pos;
    if (m_pos >= m_text.size()) {
        t.kind = TokenKind::End;
        t.end = m_pos;
        return t;
    }
    const char c = m_text[m_pos];
    const char d = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
    auto single = [&](TokenKind kind, std::size_t length = 1) {
        t.kind = kind;
        m_pos += length;
        t.end = m_pos;
        t.value = std::string(m_text.substr(t.begin, length));
        return t;
    };
    auto compare = [&](CompareOp op, std::size_t length) {
        t.op = op;
        return single(TokenKind::Compare, length);
    };
    if (c == '(')
        return single(TokenKind::LParen);
    if (c == ')')
        return single(TokenKind::RParen);
    if (c == ',')
        return single(TokenKind::Comma);
    if (c == '=')
        return compare(CompareOp::Eq, d == '=' ? 2 : 1);
    if (c == '!' && d == '=')
        return compare(CompareOp::Ne, 2);
    if (c == '<')
        return d == '='   ? compare(CompareOp::Le, 2)
               : d == '>' ? compare(CompareOp::Ne, 2)
                          : compare(CompareOp::Lt, 1);
    if (c == '>')
        return d == '=' ? compare(CompareOp::Ge, 2) : compare(CompareOp::Gt, 1);
    if (c == '"')
        return lexString(m_pos);
    if (isDigit(c) || ((c == '-' || c == '.') && isDigit(d))
        || (c == '-' && d == '.' && m_pos + 2 < m_text.size() && isDigit(m_text[m_pos + 2])))
        return lexNumber(m_pos);
    if (isIdentStart(c)) {
        std::size_t end = m_pos;
        while (end < m_text.size() && isIdentChar(m_text[end]))
            ++end;
        return single(TokenKind::Identifier, end - m_pos);
    }
    // One whole UTF-8 character, so that the error marks it and nothing else.
    std::size_t end = m_pos + 1;
    while (end < m_text.size() && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80)
        ++end;
    m_failed = true;
    return errorToken(m_pos, end,
                      "unexpected character '" + std::string(m_text.substr(m_pos, end - m_pos))
                              + "'");
}

Token Lexer::lexString(std::size_t begin)
{
    Token t;
    t.kind = TokenKind::String;
    t.begin = begin;
    std::size_t i = begin + 1;
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '"') {
            m_pos = i + 1;
            t.end = m_pos;
            return t;
        }
        if (c == '\\') {
            const char e = i + 1 < m_text.size() ? m_text[i + 1] : '\0';
            if (e != '"' && e != '\\') {
                m_failed = true;
                if (e == '\0')
                    return errorToken(i, i + 1, "unterminated string: missing the closing '\"'");
                return errorToken(i, i + 2,
                                  "unknown escape '\\" + std::string(1, e)
                                          + "' in a string (use \\\" or \\\\)");
            }
            t.value += e;
            i += 2;
            continue;
        }
        t.value += c;
        ++i;
    }
    m_failed = true;
    return errorToken(begin, m_text.size(), "unterminated string: missing the closing '\"'");
}

Token Lexer::lexNumber(std::size_t begin)
{
    std::size_t i = begin;
    if (m_text[i] == '-')
        ++i;
    while (i < m_text.size() && isDigit(m_text[i]))
        ++i;
    bool malformed = false;
    if (i < m_text.size() && m_text[i] == '.') {
        ++i;
        const std::size_t digits = i;
        while (i < m_text.size() && isDigit(m_text[i]))
            ++i;
        malformed = i == digits;
    }
    if (i < m_text.size() && (m_text[i] == 'e' || m_text[i] == 'E')) {
        ++i;
        if (i < m_text.size() && (m_text[i] == '+' || m_text[i] == '-'))
            ++i;
        const std::size_t digits = i;
        while (i < m_text.size() && isDigit(m_text[i]))
            ++i;
        malformed = malformed || i == digits;
    }
    // "8abc" or "1.2.3" is one malformed token, not a number followed by something else.
    while (i < m_text.size() && (isIdentChar(m_text[i]) || m_text[i] == '.')) {
        ++i;
        malformed = true;
    }
    const std::string_view text = m_text.substr(begin, i - begin);
    Token t;
    t.kind = TokenKind::Number;
    t.begin = begin;
    t.end = i;
    t.value = std::string(text);
    if (!malformed) {
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), t.number);
        malformed = ec != std::errc() || ptr != text.data() + text.size();
    }
    if (malformed) {
        m_failed = true;
        return errorToken(begin, i, "malformed number '" + std::string(text) + "'");
    }
    m_pos = i;
    return t;
}

} // namespace pmis::query
