#include "core/util/text.h"

namespace pmis {

Text Text::of(std::string pattern, std::vector<Text> args)
{
    Text t;
    t.pattern = std::move(pattern);
    t.args = std::move(args);
    return t;
}

std::string fillPattern(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto k = std::size_t(pattern[i + 1] - '1');
            if (k < args.size()) {
                out += args[k];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Text::english() const
{
    if (pattern.empty())
        return literal;
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Text &a : args)
        filled.push_back(a.english());
    return fillPattern(pattern, filled);
}

} // namespace pmis
