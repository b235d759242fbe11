#include "app/cli/export_formats.h"

#include "app/cli/commands.h"
#include "core/data/selection.h"
#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"

#include <filesystem>
#include <future>
#include <mutex>
#include <optional>
#include <sstream>
#include <system_error>

namespace pmis::cli {

std::optional<Formats> parseFormats(const std::string &text, std::string &error)
{
    Formats f;
    std::stringstream in(text);
    std::string name;
    while (std::getline(in, name, ',')) {
        if (name == "csv")
            f.csv = true;
        else if (name == "sqlite")
            f.sqlite = true;
        else if (name == "json")
            f.json = true;
        else {
            error = "--format: unknown format '" + name + "'; expected csv, sqlite or json";
            return std::nullopt;
        }
    }
    if (!f.csv && !f.sqlite && !f.json) {
        error = "--format: expected csv, sqlite and/or json";
        return std::nullopt;
    }
    return f;
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
    // The CSV metadata records a scenario; imported data without one record the reference preset,
    // marked by `origin` as not generated from it.
    Scenario reference;
    if (!scenario) {
        auto preset = loadPreset("pmis-2025");
        if (!preset)
            return fail(preset.error());
        reference = preset.takeValue();
    }
    const Scenario &recorded = scenario ? *scenario : reference;
    MetadataExtras extras;
    extras.awaitQualityJson = [&]() -> Result<std::string> {
        if (Status s = awaitReport(); !s)
            return s;
        return qualityJson;
    };
    extras.selection = origin;
    const int parts = int(formats.csv) + int(formats.sqlite);
    int part = 0;
    const auto stage = [&](const char *what) {
        const double from = 0.75 + 0.25 * double(part) / std::max(1, parts);
        ++part;
        return [&printer, &printing, &writing, from, parts, what](double f,
                                                                  const std::string &phase) {
            const std::lock_guard lock(printing);
            writing = true;
            return printer(from + 0.25 / std::max(1, parts) * f, std::string(what) + " " + phase);
        };
    };
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        return fail(out + ": cannot create the folder (" + ec.message() + ")");
    if (formats.csv) {
        auto summary
                = exportCsvFolder(data, recorded, out, csv, stage("writing"), subsets, &extras);
        if (!summary)
            return fail(summary.error());
    } else if (formats.json) {
        if (Status s = awaitReport(); !s)
            return fail(s.message());
        extras.qualityJson = qualityJson;
        const std::string path = (std::filesystem::path(out) / kMetadataFileName).string();
        if (Status s
            = writeFileAtomically(path, metadataJson(data, recorded, {}, subsets, &extras));
            !s)
            return fail(s.message());
    }
    if (formats.sqlite) {
        SqliteOptions options;
        options.includeGroundTruth = csv.includeGroundTruth;
        options.selection = origin;
        // Filtered tables hold their matching rows only (without referential closure, as in the CSV).
        RowSelection rows;
        for (const Table *t : data.tables()) {
            auto &chosen = *rows.find(t->name);
            if (auto it = subsets.find(t->name); it != subsets.end()) {
                chosen = it->second.rows;
                options.selection += std::string(options.selection.empty() ? "" : "; ") + t->name
                                     + " where " + it->second.filter;
            } else {
                chosen.resize(t->rowCount());
                for (std::size_t r = 0; r < chosen.size(); ++r)
                    chosen[r] = std::uint32_t(r);
            }
        }
        const Dataset filtered = subsets.empty() ? Dataset() : selectRows(data, rows);
        const std::string path = (std::filesystem::path(out) / kSqliteFileName).string();
        if (Status s = awaitReport(); !s)
            return fail(s.message());
        options.qualityJson = qualityJson;
        auto written = exportSqlite(subsets.empty() ? data : filtered, scenario, path, options,
                                    stage("writing sqlite"));
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
