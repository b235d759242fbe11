// Parsing of filter expressions into FilterNode trees (grammar in filter.h); the type checking of
// each predicate is in filter_builder.cpp.
#include "core/query/filter.h"
#include "core/query/filter_builder.h"
#include "core/query/filter_node.h"
#include "core/query/lexer.h"
#include "core/query/suggest.h"
#include "core/util/ascii.h"

#include <algorithm>

namespace pmis::query {

namespace {

class Parser
{
public:
    Parser(const Table &table, std::string_view text)
        : m_table(table)
        , m_text(text)
        , m_lexer(text)
    {
        advance();
    }

    FilterNode parseAll()
    {
        FilterNode node = parseOr();
        if (m_tok.kind != TokenKind::End)
            fail(m_tok,
                 "expected 'and', 'or' or the end of the expression, found " + describe(m_tok));
        return node;
    }

private:
    [[noreturn]] void fail(const Token &at, std::string message) const
    {
        failAt(at, std::move(message));
    }

    void advance()
    {
        m_tok = m_lexer.next();
        if (m_tok.kind == TokenKind::Error)
            fail(m_tok, m_tok.value);
    }

    std::string source(const Token &t) const { return tokenSource(m_text, t); }
    std::string describe(const Token &t) const { return describeToken(m_text, t); }

    static bool isReserved(const Token &t)
    {
        for (const char *word : {"and", "or", "not", "in", "has", "is", "null", "true", "false"})
            if (isKeyword(t, word))
                return true;
        return false;
    }

    static FilterNode combine(NodeKind kind, std::vector<FilterNode> parts)
    {
        if (parts.size() == 1)
            return std::move(parts.front());
        FilterNode node;
        node.kind = kind;
        for (FilterNode &p : parts) {
            if (p.kind == kind)
                for (FilterNode &c : p.children)
                    node.children.push_back(std::move(c));
            else
                node.children.push_back(std::move(p));
        }
        return node;
    }

    FilterNode parseOr()
    {
        std::vector<FilterNode> parts;
        parts.push_back(parseAnd());
        while (isKeyword(m_tok, "or")) {
            advance();
            parts.push_back(parseAnd());
        }
        return combine(NodeKind::Or, std::move(parts));
    }

    FilterNode parseAnd()
    {
        std::vector<FilterNode> parts;
        parts.push_back(parseNot());
        while (isKeyword(m_tok, "and")) {
            advance();
            parts.push_back(parseNot());
        }
        return combine(NodeKind::And, std::move(parts));
    }

    // Each '(' and 'not' opens a level; parsing, evaluating and destroying a node recurse once per
    // level, so a bound keeps the stack safe for any expression.
    static constexpr int kMaxDepth = 100;

    struct Level
    {
        explicit Level(Parser &p)
            : parser(p)
        {
            if (++parser.m_depth > kMaxDepth)
                parser.fail(parser.m_tok,
                            "nested more than " + std::to_string(kMaxDepth)
                                    + " levels deep (parentheses and 'not'); expected a "
                                      "flatter expression");
        }
        ~Level() { --parser.m_depth; }
        Parser &parser;
    };

    FilterNode parseNot()
    {
        const Level level(*this);
        if (isKeyword(m_tok, "not")) {
            advance();
            FilterNode node;
            node.kind = NodeKind::Not;
            node.children.push_back(parseNot());
            return node;
        }
        if (m_tok.kind == TokenKind::LParen) {
            const Token open = m_tok;
            advance();
            FilterNode node = parseOr();
            if (m_tok.kind != TokenKind::RParen)
                fail(m_tok, "expected ')' to close the '(' at position "
                                    + std::to_string(codePointsBefore(m_text, open.begin) + 1)
                                    + ", found " + describe(m_tok));
            advance();
            return node;
        }
        if (m_tok.kind != TokenKind::Identifier || isReserved(m_tok))
            fail(m_tok, "expected a column name, found " + describe(m_tok));
        return parsePredicate();
    }

    std::size_t resolveColumn(const Token &t) const
    {
        const int index = m_table.indexOf(t.value);
        if (index >= 0)
            return std::size_t(index);
        std::vector<std::string> names;
        for (const Column &c : m_table.columns)
            names.push_back(c.spec.name);
        const std::string guess = closestMatch(t.value, names);
        if (!guess.empty())
            fail(t, "unknown column '" + t.value + "' (did you mean '" + guess + "'?)");
        fail(t, "unknown column '" + t.value + "' in table '" + m_table.name + "'");
    }

    Token parseValue(const Token &after)
    {
        const Token t = m_tok;
        if (t.kind == TokenKind::String || t.kind == TokenKind::Number || isKeyword(t, "true")
            || isKeyword(t, "false")) {
            advance();
            return t;
        }
        std::string message = "expected a value after '" + source(after)
                              + "' (a number, \"quoted text\", true or false), found "
                              + describe(t);
        if (t.kind == TokenKind::Identifier && !isReserved(t))
            message += " (put text in double quotes)";
        fail(t, message);
    }

    FilterNode parsePredicate()
    {
        const Token colTok = m_tok;
        const std::size_t column = resolveColumn(colTok);
        advance();
        if (m_tok.kind == TokenKind::Compare) {
            const Token opTok = m_tok;
            advance();
            const Token value = parseValue(opTok);
            return buildCompare(m_table, m_text, column, opTok, value);
        }
        if (isKeyword(m_tok, "has")) {
            const Token hasTok = m_tok;
            advance();
            const Token value = parseValue(hasTok);
            return buildHas(m_table, m_text, column, hasTok, value);
        }
        if (isKeyword(m_tok, "not")) {
            advance();
            if (!isKeyword(m_tok, "in"))
                fail(m_tok, "expected 'in' after 'not', found " + describe(m_tok));
            return parseIn(column, true);
        }
        if (isKeyword(m_tok, "in"))
            return parseIn(column, false);
        if (isKeyword(m_tok, "is")) {
            advance();
            bool negate = false;
            if (isKeyword(m_tok, "not")) {
                negate = true;
                advance();
            }
            if (!isKeyword(m_tok, "null"))
                fail(m_tok, std::string(negate ? "expected 'null' after 'is not'"
                                               : "expected 'null' or 'not null' after 'is'")
                                    + ", found " + describe(m_tok));
            advance();
            FilterNode node;
            node.kind = NodeKind::IsNull;
            node.column = column;
            node.negate = negate;
            return node;
        }
        fail(m_tok, "expected an operator after '" + colTok.value
                            + "' (=, !=, <, <=, >, >=, has, in, is), found " + describe(m_tok));
    }

    FilterNode parseIn(std::size_t column, bool negate)
    {
        const Token inTok = m_tok;
        advance();
        if (m_tok.kind != TokenKind::LParen)
            fail(m_tok, "expected '(' after 'in', found " + describe(m_tok));
        Token after = m_tok;
        advance();
        std::vector<Token> values;
        for (;;) {
            values.push_back(parseValue(after));
            if (m_tok.kind == TokenKind::RParen) {
                advance();
                break;
            }
            if (m_tok.kind != TokenKind::Comma)
                fail(m_tok, "expected ',' or ')' in the list after 'in', found " + describe(m_tok));
            after = m_tok;
            advance();
        }
        return buildIn(m_table, m_text, column, inTok, values, negate);
    }

    const Table &m_table;
    std::string_view m_text;
    Lexer m_lexer;
    Token m_tok;
    int m_depth = 0;
};

} // namespace

Result<Filter> compileFilter(const Table &table, std::string_view expression, QueryError *error)
{
    Filter filter;
    filter.m_expression = std::string(expression);
    filter.m_columnCount = table.columns.size();
    const bool blank = std::all_of(expression.begin(), expression.end(),
                                   [](char ch) { return isAsciiSpace(ch); });
    if (blank)
        return filter;
    try {
        Parser parser(table, expression);
        filter.m_root = std::make_unique<FilterNode>(parser.parseAll());
    } catch (const ParseError &e) {
        QueryError q;
        const std::size_t begin = codePointsBefore(expression, e.begin);
        q.position = begin + 1;
        q.length = codePointsBefore(expression, e.end) - begin;
        q.message = e.message;
        if (error)
            *error = q;
        return Status::error(q.text());
    }
    return filter;
}

} // namespace pmis::query
