// pmis-gen compare
#include "app/cli/arguments.h"
#include "app/cli/commands.h"

#include "core/io/dataset_source.h"
#include "core/stats/compare.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace pmis::cli {
namespace {

const char *kCompareHelp = R"(usage: pmis-gen compare A B [options]

Compares two datasets: A is the baseline, B the current one. Each is a preset name or a
scenario file (generated in memory), or a folder of CSV files or a SQLite file the studio
wrote (imported). The scenario parameters that differ come first (when both sides have a
scenario); then, for every row count, category share and numeric mean both datasets hold,
the baseline, the current value, the difference and whether the difference is beyond the
sampling noise for the row counts (99% for the whole table: two datasets of one scenario
show no difference beyond the noise 99 times in 100).
Exits with 0 whether or not the datasets differ; 1 when one cannot be read.

Options:
  --json                 print the comparison as JSON instead of tables
  --seed-a N             generate A with this seed instead of its scenario's
  --seed-b N             generate B with this seed instead of its scenario's
  --all                  list every figure, not only those beyond the noise
  --help                 this text
)";

std::string number(double v)
{
    if (std::isnan(v))
        return "-";
    char buffer[40];
    if (v == std::floor(v) && std::abs(v) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", v);
    else
        std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

std::string figureName(const ComparedFigure &f)
{
    switch (f.kind) {
    case FigureKind::Rows:
        return f.table + " rows";
    case FigureKind::Share:
        return f.table + "." + f.column + " = " + f.value;
    case FigureKind::Mean:
        return "mean " + f.table + "." + f.column;
    }
    return f.table;
}

void printComparison(const Comparison &c, const DatasetSource &a, const DatasetSource &b, bool all)
{
    std::printf("baseline: %s\ncurrent:  %s\n\n", a.description.c_str(), b.description.c_str());
    if (a.scenario && b.scenario) {
        if (c.parameters.empty())
            std::printf("The two scenarios have the same parameters.\n\n");
        else {
            std::printf("%zu scenario parameter(s) differ:\n", c.parameters.size());
            for (const ParameterChange &p : c.parameters)
                std::printf("  %s: %s -> %s\n", p.path.c_str(),
                            p.baseline.empty() ? "(absent)" : p.baseline.c_str(),
                            p.current.empty() ? "(absent)" : p.current.c_str());
            std::printf("\n");
        }
    }
    std::printf("%-56s %12s %12s %12s %12s  %s\n", "figure", "baseline", "current", "difference",
                "noise", "verdict");
    for (const ComparedFigure &f : c.figures) {
        if (!all && !f.beyondNoise())
            continue;
        std::printf("%-56s %12s %12s %12s %12s  %s\n", figureName(f).c_str(),
                    number(f.baseline).c_str(), number(f.current).c_str(),
                    number(f.difference()).c_str(),
                    f.kind == FigureKind::Rows && f.noise == 0 ? "-" : number(f.noise).c_str(),
                    f.beyondNoise() ? "beyond noise" : "within noise");
    }
    std::printf("\n%zu figures: %zu beyond the noise, %zu within it (%.0f%% level for the "
                "whole table)\n",
                c.figures.size(), c.beyondNoiseCount(), c.figures.size() - c.beyondNoiseCount(),
                100 * c.level);
}

int runCompare(const std::vector<std::string> &argv)
{
    Arguments args;
    if (auto error = args.parse(argv, {"seed-a", "seed-b"}, {"help", "json", "all"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::fputs(kCompareHelp, stdout);
        return 0;
    }
    if (args.positional().size() != 2)
        return fail("compare needs two datasets, A and B (see --help)", 2);
    std::optional<std::uint64_t> seeds[2];
    const char *seedOptions[2] = {"seed-a", "seed-b"};
    for (int i = 0; i < 2; ++i)
        if (auto v = args.value(seedOptions[i])) {
            const auto seed = parseInteger(*v, 0, std::numeric_limits<long long>::max());
            if (!seed)
                return fail(std::string("--") + seedOptions[i] + ": '" + *v
                                    + "' is not a whole number >= 0",
                            2);
            seeds[i] = std::uint64_t(*seed);
        }
    auto a = loadDatasetSource(args.positional()[0], seeds[0]);
    if (!a)
        return fail("A: " + a.error());
    auto b = loadDatasetSource(args.positional()[1], seeds[1]);
    if (!b)
        return fail("B: " + b.error());
    Comparison c = compareDatasets(a->data, b->data);
    if (a->scenario && b->scenario)
        c.parameters = diffScenarios(*a->scenario, *b->scenario);
    if (args.has("json"))
        std::fputs(comparisonJson(c).c_str(), stdout);
    else
        printComparison(c, *a, *b, args.has("all"));
    return 0;
}

const CommandRegistration registration("compare", "compare two datasets, scenarios or presets",
                                       runCompare);

} // namespace
} // namespace pmis::cli
