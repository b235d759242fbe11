#include "app/cli/scenario_options.h"

#include "core/scenario/scenario_json.h"

#include <cstdio>
#include <limits>
#include <unistd.h>

namespace pmis::cli {

const std::set<std::string> kScenarioOptions
        = {"preset", "scenario", "seed", "students", "internships", "interactions", "success-rate"};

const char *kScenarioHelp = R"(Scenario:
  --preset NAME          a built-in preset (default pmis-2025; see 'pmis-gen presets')
  --scenario FILE        a scenario JSON file instead of a preset
  --seed N               the random seed (default: the scenario's)
  --students N           override the student count
  --internships N        override the internship count
  --interactions N       override the interaction count
  --success-rate R       override the target success rate, in (0, 1)
)";

Result<Scenario> scenarioFromArguments(const Arguments &args)
{
    if (args.has("preset") && args.has("scenario"))
        return Status::error("--preset and --scenario exclude each other");
    Result<Scenario> loaded = args.has("scenario")
                                      ? loadScenarioFile(*args.value("scenario"))
                                      : loadPreset(args.value("preset").value_or("pmis-2025"));
    if (!loaded)
        return loaded;
    Scenario s = loaded.takeValue();
    if (auto v = args.value("seed")) {
        const auto seed = parseInteger(*v, 0, std::numeric_limits<long long>::max());
        if (!seed)
            return Status::error("--seed: '" + *v + "' is not a whole number >= 0");
        s.seed = std::uint64_t(*seed);
    }
    const std::pair<const char *, std::int64_t *> counts[] = {{"students", &s.students},
                                                              {"internships", &s.internships},
                                                              {"interactions", &s.interactions}};
    for (const auto &[name, field] : counts) {
        if (auto v = args.value(name)) {
            const auto n = parseInteger(*v, 1, 1'000'000'000);
            if (!n)
                return Status::error(std::string("--") + name + ": '" + *v
                                     + "' is not a whole number > 0");
            *field = *n;
        }
    }
    if (auto v = args.value("success-rate")) {
        const auto r = parseReal(*v);
        if (!r || *r <= 0 || *r >= 1)
            return Status::error("--success-rate: '" + *v + "' is not a number in (0, 1)");
        s.outcome.successRate = *r;
    }
    if (Status st = validateScenario(s); !st)
        return st;
    return s;
}

ProgressPrinter::ProgressPrinter(bool quiet)
    : m_quiet(quiet)
    , m_tty(::isatty(2))
{}

bool ProgressPrinter::operator()(double fraction, const std::string &phase)
{
    if (m_quiet)
        return true;
    const int tenth = int(fraction * 10.0 + 1e-9);
    if (m_tty) {
        std::fprintf(stderr, "\r%-40s %3d%%", phase.c_str(), int(fraction * 100.0 + 0.5));
        m_open = true;
    } else if (tenth != m_lastTenth) {
        std::fprintf(stderr, "%s %d%%\n", phase.c_str(), tenth * 10);
    }
    m_lastTenth = tenth;
    std::fflush(stderr);
    return true;
}

void ProgressPrinter::done()
{
    if (m_open)
        std::fputc('\n', stderr);
    m_open = false;
}

} // namespace pmis::cli
