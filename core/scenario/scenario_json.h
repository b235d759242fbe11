#pragma once
// Scenario <-> JSON. The loader is strict: unknown keys, wrong types, negative or all-zero weights,
// empty pools, min > max, non-positive counts, a success rate outside (0, 1) and inconsistent
// cross-references all fail with one line "<json path>: <what is wrong>; expected <form>".

#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <string>
#include <string_view>

namespace pmis {

Result<Scenario> scenarioFromJson(std::string_view text);
Result<Scenario> loadScenarioFile(const std::string &path);
std::string scenarioToJson(const Scenario &scenario); // pretty, 2-space indent, stable order
Status saveScenarioFile(const Scenario &scenario, const std::string &path);

// Checks the cross-field rules a typed Scenario must satisfy (the same ones the loader applies), so
// an edited scenario can be refused before generation. Paths are JSON paths.
Status validateScenario(const Scenario &scenario);

// SHA-256 of the canonical JSON form, in hex; empty when it cannot be computed (see Sha256::ok).
std::string scenarioHash(const Scenario &scenario);

// Built-in presets, compiled into the library.
std::vector<std::string> presetNames();
Result<Scenario> loadPreset(std::string_view name);

} // namespace pmis
