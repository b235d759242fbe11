#pragma once
// Tokens of the filter language (see filter.h). Internal to core/query.

#include <cstddef>
#include <string>
#include <string_view>

namespace pmis::query {

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

enum class TokenKind {
    End,
    Identifier, // column names and keywords (and, or, not, in, has, is, null, true, false)
    String,     // value holds the text without quotes and escapes
    Number,
    LParen,
    RParen,
    Comma,
    Compare,
    Error, // a malformed token; value holds the message
};

struct Token
{
    TokenKind kind = TokenKind::End;
    std::size_t begin = 0; // byte offsets into the expression
    std::size_t end = 0;
    std::string value;
    double number = 0;
    CompareOp op = CompareOp::Eq;
};

std::string_view compareOpText(CompareOp op);

// Splits an expression into tokens on demand; after an Error token it returns End.
class Lexer
{
public:
    explicit Lexer(std::string_view text)
        : m_text(text)
    {}
    Token next();

private:
    Token lexString(std::size_t begin);
    Token lexNumber(std::size_t begin);
    std::string_view m_text;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

// True when the token is the keyword `word` (lower case), in any letter case.
bool isKeyword(const Token &token, std::string_view word);

} // namespace pmis::query
