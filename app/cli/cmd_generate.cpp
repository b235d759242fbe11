// pmis-gen generate | schema | presets
#include "app/cli/commands.h"
#include "app/cli/export_formats.h"
#include "app/cli/scenario_options.h"
#include "app/cli/where_option.h"

#include "core/data/data_dictionary.h"
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"

#include <chrono>
#include <cstdio>

namespace pmis::cli {

namespace {

const char *kGenerateHelp = R"(usage: pmis-gen generate [options]

Generates companies, students, internships, interactions and outcomes, and writes
enhanced_<table>.csv and datasets_metadata.json into the output folder.

%s
Output:
  --out DIR              output folder (default ./pmis-data); created when missing
%s  --threads N            worker threads (default: all cores); output is identical for any N
  --with-truth           also export the ground-truth column outcomes.true_probability
  --no-neutralise        write text cells starting with = + - @ as they are
%s  --quiet                no progress on stderr
  --help                 this text
)";

} // namespace

namespace {

int runGenerate(const std::vector<std::string> &argv)
{
    Arguments args;
    std::set<std::string> values = kScenarioOptions;
    values.insert({"out", "threads", "where", "format"});
    if (auto error = args.parse(argv, values, {"help", "with-truth", "no-neutralise", "quiet"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::printf(kGenerateHelp, kScenarioHelp, formatHelp().c_str(), kWhereHelp);
        return 0;
    }
    if (!args.positional().empty())
        return fail("unexpected argument '" + args.positional().front() + "' (see --help)", 2);
    auto scenario = scenarioFromArguments(args);
    if (!scenario)
        return fail(scenario.error());
    int threads = 0;
    if (auto v = args.value("threads")) {
        const auto n = parseInteger(*v, 1, 1024);
        if (!n)
            return fail("--threads: '" + *v + "' is not a whole number in [1, 1024]", 2);
        threads = int(*n);
    }
    const std::string out = args.value("out").value_or("pmis-data");
    std::string formatError;
    const auto formats = parseFormats(args.value("format").value_or("csv"), formatError);
    if (!formats)
        return fail(formatError, 2);
    std::optional<WhereOption> where;
    if (auto text = args.value("where")) {
        auto parsed = parseWhereOption(*text, emptyDataset(*scenario));
        if (!parsed)
            return fail(parsed.error(), 2);
        where = parsed.takeValue();
    }

    ProgressPrinter printer(args.has("quiet"));
    const auto start = std::chrono::steady_clock::now();
    GenerateOptions options;
    options.threads = threads;
    options.progress = [&](double f, const std::string &phase) {
        return printer(f * 0.7, "generating " + phase);
    };
    auto data = generateDataset(*scenario, options);
    if (!data) {
        printer.done();
        return fail(data.error());
    }
    RowSubsets subsets;
    if (where) {
        auto matched = whereSubsets(*where, *data, threads);
        if (!matched) {
            printer.done();
            return fail(matched.error());
        }
        subsets = matched.takeValue();
    }
    CsvOptions csv;
    csv.threads = threads;
    csv.includeGroundTruth = args.has("with-truth");
    csv.neutraliseFormulas = !args.has("no-neutralise");
    const int code
            = writeFormats(*data, &*scenario, out, *formats, csv, printer, subsets, {}, true);
    printer.done();
    if (code != 0)
        return code;
    const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!args.has("quiet")) {
        std::size_t written = 0;
        for (const Table *t : data->tables())
            written += subsets.count(t->name) ? subsets.at(t->name).rows.size() : t->rowCount();
        std::fprintf(stderr, "wrote %zu rows to %s in %.2f s (scenario %s, seed %llu)\n", written,
                     out.c_str(), seconds, scenario->name.c_str(),
                     static_cast<unsigned long long>(scenario->seed));
    }
    return 0;
}

int runSchema(const std::vector<std::string> &argv)
{
    Arguments args;
    std::set<std::string> values = kScenarioOptions;
    if (auto error = args.parse(argv, values, {"help", "markdown"}); !error.empty())
        return fail(error, 2);
    if (args.has("help") || !args.has("markdown")) {
        std::printf("usage: pmis-gen schema --markdown [--preset NAME | --scenario FILE]\n\n"
                    "Prints the data dictionary: every column of every table, from the schemas.\n");
        return args.has("help") ? 0 : 2;
    }
    auto scenario = scenarioFromArguments(args);
    if (!scenario)
        return fail(scenario.error());
    std::fputs(dataDictionaryMarkdown(emptyDataset(*scenario)).c_str(), stdout);
    return 0;
}

int runPresets(const std::vector<std::string> &argv)
{
    if (!argv.empty() && argv[0] != "--help")
        return fail("presets takes no arguments", 2);
    for (const auto &name : presetNames()) {
        auto s = loadPreset(name);
        std::printf("%-12s %s\n", name.c_str(), s ? s->description.c_str() : s.error().c_str());
    }
    return 0;
}

const CommandRegistration generateCommand(
        "generate", "generate the five tables and export them (CSV + metadata)", runGenerate);
const CommandRegistration schemaCommand("schema", "print the data dictionary (--markdown)",
                                        runSchema);
const CommandRegistration presetsCommand("presets", "list the built-in presets", runPresets);

} // namespace
} // namespace pmis::cli
