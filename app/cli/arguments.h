#pragma once
// A small command line parser: --name value, --name=value and boolean --flag options after a
// sub-command. Unknown options are errors.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pmis::cli {

class Arguments
{
public:
    // valueOptions take a value; flags do not. Returns an error message or empty.
    std::string parse(const std::vector<std::string> &args,
                      const std::set<std::string> &valueOptions,
                      const std::set<std::string> &flags);
    bool has(const std::string &name) const { return m_values.count(name) || m_flags.count(name); }
    std::optional<std::string> value(const std::string &name) const;
    const std::vector<std::string> &positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// Parses a whole number in [lo, hi]; nullopt when malformed or out of range.
std::optional<long long> parseInteger(const std::string &text, long long lo, long long hi);
std::optional<double> parseReal(const std::string &text);

} // namespace pmis::cli
