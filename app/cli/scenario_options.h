#pragma once
// The options every data-making command shares: --preset | --scenario, --seed and the overrides.

#include "app/cli/arguments.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <set>
#include <string>

namespace pmis::cli {

extern const std::set<std::string> kScenarioOptions;
extern const char *kScenarioHelp;

// The scenario the options name (default: the pmis-2025 preset) with overrides applied and checked.
Result<Scenario> scenarioFromArguments(const Arguments &args);

// A progress printer for stderr: a rewritten line on a terminal, a line per 10% otherwise.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool quiet);
    bool operator()(double fraction, const std::string &phase);
    void done();

private:
    bool m_quiet;
    bool m_tty;
    int m_lastTenth = -1;
    bool m_open = false;
};

} // namespace pmis::cli
