// pmis-gen validate | import
#include "app/cli/commands.h"
#include "app/cli/export_formats.h"
#include "app/cli/scenario_options.h"

#include "core/io/dataset_import.h"
#include "core/io/exporters.h"
#include "core/quality/quality_report.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace pmis::cli {
namespace {

const char *kValidateHelp = R"(usage: pmis-gen validate PATH [options]

Imports a dataset (a folder of enhanced_<table>.csv files, the studio's or the old
generator's, or a SQLite file the studio wrote) and prints its quality report. Targets
come from the scenario recorded with the data, or from --preset / --scenario.
Exits with 1 when a check fails.

Options:
  --json                 print the report as JSON instead of a table
  --problems             list only the checks that warn or fail
  --preset NAME          compare with a built-in preset's targets
  --scenario FILE        compare with a scenario file's targets
  --issues N             import issues to list (default 20)
  --help                 this text
)";

const char *kImportHelp = R"(usage: pmis-gen import PATH --out TARGET [options]

Imports a dataset (a folder of enhanced_<table>.csv files, the studio's or the old
generator's, or a SQLite file the studio wrote), lists what was wrong with it, and
writes it in the studio's layout: TARGET ending in .sqlite or .db is a SQLite file,
anything else a folder (CSV and metadata, or --format).

Options:
  --out TARGET           a .sqlite file or a folder
%s  --issues N             import issues to list (default 20)
  --no-neutralise        write text cells starting with = + - @ as they are
  --quiet                no progress on stderr
  --help                 this text
)";

std::string cell(double v)
{
    if (std::isnan(v))
        return "-";
    char buffer[32];
    if (v == std::floor(v) && std::abs(v) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", v);
    else
        std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

std::string passRange(const quality::Check &c)
{
    if (std::isnan(c.low) && std::isnan(c.high))
        return "-";
    if (c.low == c.high)
        return cell(c.low);
    if (std::isnan(c.high))
        return ">= " + cell(c.low);
    if (std::isnan(c.low))
        return "<= " + cell(c.high);
    return cell(c.low) + " .. " + cell(c.high);
}

void printReport(const quality::QualityReport &report, bool problemsOnly)
{
    std::printf("%-6s %-52s %-12s %s\n", "status", "check", "measured", "passes in");
    for (const quality::Check &c : report.checks) {
        if (problemsOnly && c.status == quality::CheckStatus::Pass)
            continue;
        std::printf("%-6s %-52s %-12s %s\n", std::string(quality::statusName(c.status)).c_str(),
                    c.id.c_str(), cell(c.measured).c_str(), passRange(c).c_str());
    }
    // The published figures the scenario claims, each beside the generated one.
    bool published = false;
    for (const quality::Check &c : report.checks) {
        if (c.category != "published")
            continue;
        if (!published)
            std::printf("\nPublished figures:\n");
        published = true;
        std::printf("  %-4s %s\n", std::string(quality::statusName(c.status)).c_str(),
                    c.reason.c_str());
    }
    bool header = false;
    for (const quality::Check &c : report.checks) {
        if (c.status == quality::CheckStatus::Pass)
            continue;
        if (!header)
            std::printf("\nProblems:\n");
        header = true;
        std::printf("  %s %s: %s\n", std::string(quality::statusName(c.status)).c_str(),
                    c.id.c_str(), c.reason.c_str());
    }
    std::printf("\n%zu checks: %zu pass, %zu warn, %zu fail%s\n", report.checks.size(),
                report.count(quality::CheckStatus::Pass), report.count(quality::CheckStatus::Warn),
                report.count(quality::CheckStatus::Fail),
                report.comparedWithScenario ? (" (targets: " + report.scenarioName + ")").c_str()
                                            : " (no scenario: targets not checked)");
}

void printIssues(const ImportResult &r, std::size_t limit)
{
    if (r.errors + r.warnings == 0)
        return;
    std::fprintf(stderr, "import: %zu errors, %zu warnings\n", r.errors, r.warnings);
    for (std::size_t i = 0; i < r.issues.size() && i < limit; ++i)
        std::fprintf(stderr, "  %s\n", r.issues[i].text().c_str());
    const std::size_t more = r.errors + r.warnings - std::min(limit, r.issues.size());
    if (more)
        std::fprintf(stderr, "  ... and %zu more\n", more);
}

std::optional<std::size_t> issueLimit(const Arguments &args)
{
    const auto v = args.value("issues");
    if (!v)
        return 20;
    const auto n = parseInteger(*v, 0, 1'000'000);
    return n ? std::optional<std::size_t>(std::size_t(*n)) : std::nullopt;
}

int runValidate(const std::vector<std::string> &argv)
{
    Arguments args;
    if (auto error
        = args.parse(argv, {"preset", "scenario", "issues"}, {"help", "json", "problems"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::fputs(kValidateHelp, stdout);
        return 0;
    }
    if (args.positional().size() != 1)
        return fail("validate needs one PATH (see --help)", 2);
    const auto limit = issueLimit(args);
    if (!limit)
        return fail("--issues: expected a whole number >= 0", 2);
    ImportOptions options;
    auto imported = importDataset(args.positional().front(), options);
    if (!imported)
        return fail(imported.error());
    printIssues(*imported, *limit);
    std::optional<Scenario> chosen;
    if (args.has("preset") || args.has("scenario")) {
        auto s = scenarioFromArguments(args);
        if (!s)
            return fail(s.error());
        chosen = s.takeValue();
    }
    const Scenario *targets = chosen ? &*chosen : imported->targets();
    quality::QualityOptions qo;
    qo.claimsComplete = imported->claimsComplete;
    auto report = quality::computeQuality(imported->data, targets, {}, qo);
    if (!report)
        return fail(report.error());
    if (args.has("json"))
        std::printf("%s\n", quality::qualityReportJson(*report).c_str());
    else
        printReport(*report, args.has("problems"));
    return report->count(quality::CheckStatus::Fail) ? 1 : 0;
}

int runImport(const std::vector<std::string> &argv)
{
    Arguments args;
    if (auto error
        = args.parse(argv, {"out", "format", "issues"}, {"help", "quiet", "no-neutralise"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::printf(kImportHelp, formatHelp().c_str());
        return 0;
    }
    if (args.positional().size() != 1 || !args.has("out"))
        return fail("import needs a PATH and --out TARGET (see --help)", 2);
    const auto limit = issueLimit(args);
    if (!limit)
        return fail("--issues: expected a whole number >= 0", 2);
    const std::string source = args.positional().front();
    std::string out = *args.value("out");
    Formats formats;
    const std::string ext = std::filesystem::path(out).extension().string();
    const bool toFile = ext == ".sqlite" || ext == ".db";
    if (auto f = args.value("format")) {
        std::string error;
        auto parsed = parseFormats(*f, error);
        if (!parsed)
            return fail(error, 2);
        formats = *parsed;
        if (toFile)
            return fail("--format goes with a folder as --out, not a file", 2);
    } else if (!toFile) {
        formats = {findExporter("csv")};
    }

    ProgressPrinter printer(args.has("quiet"));
    ImportOptions options;
    options.progress = [&](double f, const std::string &phase) { return printer(0.7 * f, phase); };
    auto imported = importDataset(source, options);
    printer.done();
    if (!imported)
        return fail(imported.error());
    printIssues(*imported, *limit);
    const ImportResult &r = *imported;
    const Scenario *scenario = r.scenario ? &*r.scenario : nullptr;
    std::string origin;
    if (r.isSelection)
        origin = "a filtered selection, imported from " + source;
    else if (!scenario)
        origin = "imported from " + source + " (" + r.format
                 + "); not generated from the recorded scenario";
    CsvOptions csv;
    csv.neutraliseFormulas = !args.has("no-neutralise");
    int code = 0;
    if (toFile) {
        auto report = quality::computeQuality(r.data, origin.empty() ? scenario : nullptr);
        if (!report)
            return fail(report.error());
        ExportInput input;
        input.data = &r.data;
        input.scenario = scenario;
        input.extras.selection = origin;
        input.extras.qualityJson = quality::qualityReportJson(*report);
        auto written = findExporter("sqlite")->write(
                input, out,
                [&](double f, const std::string &phase) { return printer(0.7 + 0.3 * f, phase); });
        if (!written)
            code = fail(written.error());
    } else {
        code = writeFormats(r.data, scenario, out, formats, csv, printer, {}, origin);
    }
    printer.done();
    if (code == 0 && !args.has("quiet"))
        std::fprintf(stderr, "imported %zu rows (%s) into %s\n", r.data.totalRows(),
                     r.format.c_str(), out.c_str());
    return code;
}

const CommandRegistration validateCommand("validate",
                                          "import a dataset and print its quality report",
                                          runValidate);
const CommandRegistration importCommand(
        "import", "import CSV folders (studio or old generator) or SQLite, and export", runImport);

} // namespace
} // namespace pmis::cli
