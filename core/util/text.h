#pragma once
// A sentence a front end can translate: an English pattern with markers %1..%9 and the arguments
// that replace them, each a literal (names, values, numbers already formatted) or another Text.
// english() is the text the CLI and the JSON outputs print; a GUI looks the pattern up in its
// catalogue and fills the markers the same way.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmis {

struct Text
{
    std::string pattern; // empty: the text is `literal`
    std::string literal;
    std::vector<Text> args;

    Text() = default;
    Text(std::string value) // NOLINT(google-explicit-constructor): literals read as strings
        : literal(std::move(value))
    {}
    Text(const char *value)
        : literal(value)
    {}
    static Text of(std::string pattern, std::vector<Text> args = {});

    // Each marker replaced once, left to right: an argument's own '%' is never read as a marker.
    std::string english() const;
    // Calls `visit` on this pattern and every nested one (for catalogues and tests).
    template<typename F>
    void forEachPattern(const F &visit) const
    {
        if (!pattern.empty())
            visit(pattern);
        for (const Text &a : args)
            a.forEachPattern(visit);
    }
};

// Replaces the markers %1..%9 of `pattern` by `args` in one pass (a marker with no argument stays).
std::string fillPattern(std::string_view pattern, const std::vector<std::string> &args);

} // namespace pmis
