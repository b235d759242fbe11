#include "app/cli/arguments.h"

#include <charconv>
#include <cmath>

namespace pmis::cli {

std::string Arguments::parse(const std::vector<std::string> &args,
                             const std::set<std::string> &valueOptions,
                             const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) != 0 && !(a.size() == 2 && a[0] == '-' && a[1] != '-')) {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a.size() == 2 ? a.substr(1) : a.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                return "option --" + name + " takes no value";
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (inlineValue) {
                m_values[name] = *inlineValue;
            } else {
                if (i + 1 >= args.size())
                    return "option --" + name + " needs a value";
                m_values[name] = args[++i];
            }
        } else {
            return "unknown option " + a + " (see --help)";
        }
    }
    return {};
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::optional<long long> parseInteger(const std::string &text, long long lo, long long hi)
{
    long long v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < lo || v > hi)
        return std::nullopt;
    return v;
}

std::optional<double> parseReal(const std::string &text)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace pmis::cli
