#pragma once
// Shared pieces of the scenario JSON code (loader, cross-field rules, writer). Internal to
// core/scenario; errors travel as ScenarioError exceptions and become Status values at the API.

#include "core/scenario/scenario.h"
#include "core/util/ascii.h"
#include "core/util/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmis::scenario_json {

using Json = nlohmann::ordered_json;

// Where (a JSON path) and what (an English pattern with its arguments, so the studio can word it).
struct ScenarioError
{
    std::string path;
    Text text;
};

// `pattern` holds the sentence's fixed words; names and numbers go in `args` as %1..%9.
[[noreturn]] inline void fail(const std::string &path, std::string pattern,
                              std::vector<Text> args = {})
{
    throw ScenarioError{path, Text::of(std::move(pattern), std::move(args))};
}

inline std::string child(const std::string &path, std::string_view key)
{
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return isAsciiAlnum(c) || c == '_';
    });
    if (plain)
        return path + "." + std::string(key);
    return path + "[\"" + std::string(key) + "\"]";
}

template<typename T>
const T *lookup(const std::vector<std::pair<std::string, T>> &map, const std::string &key)
{
    for (const auto &[k, v] : map) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

// Throws ScenarioError naming the JSON path of the first cross-field rule the scenario breaks.
void checkScenarioRules(const Scenario &scenario);
// Reads "$.columns" into scenario.columns; the rest of the scenario must be read already.
void readColumns(const Json &j, Scenario &scenario);
Json columnsToJson(const std::vector<ColumnDecl> &columns);
// Reads "$.published" into scenario.published.
void readPublished(const Json &j, Scenario &scenario);
Json publishedToJson(const std::vector<PublishedFigure> &figures);
// The scenario as its canonical JSON document.
Json scenarioDocument(const Scenario &scenario);

} // namespace pmis::scenario_json
