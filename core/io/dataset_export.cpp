#include "core/io/dataset_export.h"

#include "core/stats/realized.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"
#include "core/util/sha256.h"
#include "core/util/staged_folder.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <future>
#include <memory>
#include <system_error>

namespace pmis {

using Json = nlohmann::ordered_json;

std::string csvFileName(const std::string &table)
{
    return "enhanced_" + table + ".csv";
}

std::string metadataJson(const Dataset &data, const Scenario &scenario,
                         const std::vector<WrittenFile> &files, const RowSubsets &subsets,
                         const MetadataExtras *extras)
{
    const bool selection = extras && !extras->selection.empty();
    Json j;
    j["generator"] = {{"name", "PMIS Dataset Studio"}, {"version", PMIS_VERSION}};
    j["scenario"] = {{"name", scenario.name},
                     {"seed", scenario.seed},
                     {"reference_date", scenario.referenceDate},
                     {"sha256", scenarioHash(scenario)}};
    Json counts = Json::object();
    for (const Table *t : data.tables())
        counts[t->name] = t->rowCount();
    j["row_counts"] = counts;
    if (!subsets.empty()) {
        Json filtered = Json::object();
        for (const auto &[table, subset] : subsets) {
            const Table *t = data.find(table);
            filtered[table] = {{"rows", subset.rows.size()},
                               {"of", t ? t->rowCount() : 0},
                               {"filter", subset.filter}};
        }
        j["filtered_tables"] = filtered;
    }
    if (selection)
        j["selection"] = extras->selection;

    Json dists = Json::array();
    for (const ShareComparison &c :
         selection ? std::vector<ShareComparison>() : tunedShares(data, scenario)) {
        Json target = Json::object(), realized = Json::object();
        for (std::size_t i = 0; i < c.labels.size(); ++i) {
            target[c.labels[i]] = c.target[i];
            realized[c.labels[i]] = c.realized[i];
        }
        dists.push_back({{"table", c.table},
                         {"column", c.column},
                         {"mode", c.mode == ShareMode::Exact ? "exact" : "sampled"},
                         {"rows", c.rows},
                         {"target", target},
                         {"realized", realized},
                         {"total_variation", c.totalVariation}});
    }
    j["distributions"] = dists;

    const Table &out = data.outcomes;
    std::size_t selected = 0;
    double expected = 0;
    if (const Column *s = out.find("success"))
        for (std::int64_t v : s->ints)
            selected += v == 1;
    if (const Column *p = out.find("true_probability"))
        for (double v : p->reals)
            expected += v;
    const std::size_t apps = out.rowCount();
    j["outcomes"] = {{"applications", apps},
                     {"selected", selected},
                     {"success_rate_target", scenario.outcome.successRate},
                     {"success_rate_realized", apps ? double(selected) / double(apps) : 0.0},
                     {"success_rate_expected", apps ? expected / double(apps) : 0.0},
                     {"mode", scenario.outcome.mode == ShareMode::Exact ? "exact" : "sampled"}};

    Json fileList = Json::array();
    for (const WrittenFile &f : files)
        fileList.push_back({{"name", std::filesystem::path(f.path).filename().string()},
                            {"rows", f.rows},
                            {"bytes", f.bytes},
                            {"sha256", f.sha256}});
    j["files"] = fileList;
    if (extras && !extras->qualityJson.empty())
        j["quality"] = Json::parse(extras->qualityJson);
    j["scenario_json"] = Json::parse(scenarioToJson(scenario));
    // Labels and names of imported data may hold bytes that are not UTF-8: they are replaced (U+FFFD).
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<ExportSummary> exportCsvFolder(const Dataset &data, const Scenario &scenario,
                                      const std::string &folder, const CsvOptions &options,
                                      const ProgressFn &progress, const RowSubsets &subsets,
                                      const MetadataExtras *extras)
{
    for (const auto &entry : subsets)
        if (!data.find(entry.first))
            return Status::error("row subset for unknown table '" + entry.first + "'");
    std::vector<std::string> names;
    for (const Table *t : data.tables())
        names.push_back(csvFileName(t->name));
    names.push_back(
            kMetadataFileName); // last: when renamed one by one, it tells the set is complete
    // The new files replace the old set in one step (see StagedFolder).
    StagedFolder staged(folder, names);
    if (Status s = staged.open(); !s)
        return s;

    ExportSummary summary;
    summary.folder = folder;
    std::vector<std::unique_ptr<AtomicFile>> pending;
    const auto tables = data.tables();
    auto rowsOf = [&](const Table *t) -> const std::vector<std::uint32_t> * {
        const auto it = subsets.find(t->name);
        return it == subsets.end() ? nullptr : &it->second.rows;
    };
    auto exportedRows
            = [&](const Table *t) { return double(rowsOf(t) ? rowsOf(t)->size() : t->rowCount()); };
    double totalRows = 0, doneRows = 0;
    for (const Table *t : tables)
        totalRows += exportedRows(t);
    // Each CSV file is flushed to the disk (the fsync of AtomicFile::finish) on a thread of its own
    // while the next one is written; all are flushed before any file takes its name.
    std::vector<std::future<Status>> flushing;
    flushing.reserve(tables.size());
    const auto flush = [&flushing](AtomicFile &file) {
        const auto finish = [&file] { return file.finish(); };
        try {
            flushing.push_back(std::async(std::launch::async, finish));
        } catch (const std::system_error &) {
            flushing.push_back(std::async(std::launch::deferred, finish)); // flushed when awaited
        }
    };
    for (const Table *t : tables) {
        const std::string name = csvFileName(t->name);
        auto file = std::make_unique<AtomicFile>(staged.pathFor(name), staged.shownPath(name));
        if (Status s = file->open(); !s)
            return s;
        ProgressFn tableProgress;
        if (progress)
            tableProgress = [&](double f, const std::string &phase) {
                return progress((doneRows + f * exportedRows(t)) / std::max(1.0, totalRows), phase);
            };
        auto written = writeCsv(*file, *t, options, rowsOf(t), tableProgress);
        if (!written)
            return written.status();
        flush(*file);
        doneRows += exportedRows(t);
        summary.files.push_back(*written);
        pending.push_back(std::move(file));
    }
    MetadataExtras awaited;
    if (extras && extras->awaitQualityJson) {
        auto quality = extras->awaitQualityJson();
        if (!quality)
            return quality.status();
        awaited.qualityJson = quality.takeValue();
        awaited.selection = extras->selection;
        extras = &awaited;
    }
    const std::string meta = metadataJson(data, scenario, summary.files, subsets, extras);
    Sha256 metaHash;
    metaHash.update(meta);
    const std::string metaDigest = metaHash.finishHex();
    if (!metaHash.ok())
        return Status::error(staged.shownPath(kMetadataFileName) + ": " + metaHash.error());
    auto metaFile = std::make_unique<AtomicFile>(staged.pathFor(kMetadataFileName),
                                                 staged.shownPath(kMetadataFileName));
    if (Status s = metaFile->open(); !s)
        return s;
    if (Status s = metaFile->write(meta); !s)
        return s;
    if (Status s = metaFile->finish(); !s)
        return s;
    summary.files.push_back({metaFile->path(), 0, meta.size(), metaDigest});
    pending.push_back(std::move(metaFile));
    for (auto &flushed : flushing)
        if (Status s = flushed.get(); !s)
            return s;
    for (auto &file : pending)
        if (Status s = file->commit(false); !s)
            return s;
    if (Status s = staged.publish(); !s)
        return s;
    for (WrittenFile &f : summary.files)
        f.path = (std::filesystem::path(folder) / std::filesystem::path(f.path).filename())
                         .string();
    return summary;
}

} // namespace pmis
