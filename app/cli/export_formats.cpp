#include "app/cli/export_formats.h"

#include "app/cli/commands.h"
#include "core/io/exporters.h"
#include "core/quality/quality_report.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <mutex>
#include <optional>
#include <system_error>

namespace pmis::cli {

std::string formatHelp()
{
    const std::vector<const Exporter *> all = exporters();
    std::size_t width = 0;
    for (const Exporter *e : all)
        width = std::max(width, e->id.size());
    std::string help = "  --format LIST          " + exporterIds("and/or")
                       + ", comma-separated (default csv):\n";
    for (const Exporter *e : all)
        help += std::string(25, ' ') + e->id + std::string(width - e->id.size() + 2, ' ')
                + e->description + "\n";
    return help;
}

std::optional<Formats> parseFormats(const std::string &text, std::string &error)
{
    auto parsed = parseExporterList(text);
    if (!parsed) {
        error = "--format: " + parsed.error();
        return std::nullopt;
    }
    return parsed.takeValue();
}

int writeFormats(const Dataset &data, const Scenario *scenario, const std::string &out,
                 const Formats &formats, const CsvOptions &csv, ProgressPrinter &printer,
                 const RowSubsets &subsets, const std::string &origin, bool targetsMustHold)
{
    // The quality report is computed on its own thread while the CSV files are written; the
    // metadata wait for it. Its progress shows until the writing starts.
    std::mutex printing;
    bool writing = false;
    const ProgressFn checking = [&](double f, const std::string &phase) {
        const std::lock_guard lock(printing);
        return writing || printer(0.7 + 0.05 * f, "checking " + phase);
    };
    const Scenario *targets = origin.empty() ? scenario : nullptr;
    const auto check = [&data, targets, checking] {
        return quality::computeQuality(data, targets, checking);
    };
    std::future<Result<quality::QualityReport>> pending;
    try {
        pending = std::async(std::launch::async, check);
    } catch (const std::system_error &) {
        pending = std::async(std::launch::deferred, check); // no thread: computed when awaited
    }
    std::optional<Result<quality::QualityReport>> report;
    std::string qualityJson;
    const auto awaitReport = [&]() -> Status {
        if (!report) {
            report.emplace(pending.get());
            if (*report)
                qualityJson = quality::qualityReportJson(**report);
        }
        return report->status();
    };
    // The metadata of imported data without a scenario record the reference preset, marked by
    // `origin` as not generated from it.
    ExportInput input;
    input.data = &data;
    input.scenario = scenario;
    input.options = csv;
    input.subsets = subsets;
    input.extras.awaitQualityJson = [&]() -> Result<std::string> {
        if (Status s = awaitReport(); !s)
            return s;
        return qualityJson;
    };
    input.extras.selection = origin;
    // A format that another chosen one writes too (the metadata in the CSV folder) is not
    // written again.
    Formats chosen;
    for (const Exporter *e : formats) {
        const bool included = std::any_of(formats.begin(), formats.end(), [e](const Exporter *o) {
            return std::find(o->includes.begin(), o->includes.end(), e->id) != o->includes.end();
        });
        if (!included)
            chosen.push_back(e);
    }
    double total = 0.0;
    for (const Exporter *e : chosen)
        total += e->progressWeight;
    double done = 0.0;
    const auto stage = [&](const Exporter &e) {
        const double from = 0.75 + 0.25 * done / std::max(1.0, total);
        const double span = 0.25 * e.progressWeight / std::max(1.0, total);
        done += e.progressWeight;
        // A folder's phases name the files in it; a single file is named by its format.
        const std::string what = e.writesFolder ? "writing" : "writing " + e.id;
        return [&printer, &printing, &writing, from, span, what](double f,
                                                                 const std::string &phase) {
            const std::lock_guard lock(printing);
            writing = true;
            return printer(from + span * f, what + " " + phase);
        };
    };
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        return fail(out + ": cannot create the folder (" + ec.message() + ")");
    for (const Exporter *e : chosen) {
        const std::string path
                = e->writesFolder ? out : (std::filesystem::path(out) / e->defaultName).string();
        auto written = e->write(input, path, stage(*e));
        if (!written)
            return fail(written.error());
    }
    if (Status s = awaitReport(); !s)
        return fail(s.message());
    if (!targetsMustHold)
        return 0;
    // Generated data that miss their own scenario are written (nothing is lost) but do not pass.
    std::string failed;
    std::size_t count = 0;
    for (const quality::Check &c : (**report).checks) {
        if (c.status != quality::CheckStatus::Fail)
            continue;
        if (++count <= 3)
            failed += "\n  " + c.id + ": " + c.reason;
    }
    if (count == 0)
        return 0;
    return fail("the data were written to " + out + ", but " + std::to_string(count)
                + " quality check" + (count == 1 ? " fails" : "s fail")
                + " (see datasets_metadata.json):" + failed + (count > 3 ? "\n  ..." : ""));
}

} // namespace pmis::cli
