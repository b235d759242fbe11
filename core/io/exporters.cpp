#include "core/io/exporters.h"

#include "core/data/selection.h"
#include "core/io/sqlite_export.h"
#include "core/scenario/scenario_json.h"
#include "core/util/ascii.h"
#include "core/util/file_util.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>
#include <sstream>

namespace pmis {

namespace {

// The scenario the metadata record: the data's own, or the reference preset for data without one.
Result<const Scenario *> recordedScenario(const ExportInput &input,
                                          std::optional<Scenario> &reference)
{
    if (input.scenario)
        return input.scenario;
    auto preset = loadPreset("pmis-2025");
    if (!preset)
        return preset.status();
    reference = preset.takeValue();
    return &*reference;
}

// The quality report the metadata carry, waited for when the caller computes it meanwhile.
Result<std::string> qualityJson(const MetadataExtras &extras)
{
    if (extras.awaitQualityJson)
        return extras.awaitQualityJson();
    return extras.qualityJson;
}

Result<std::vector<WrittenFile>> writeCsvFolder(const ExportInput &input, const std::string &path,
                                                const ProgressFn &progress)
{
    std::optional<Scenario> reference;
    auto scenario = recordedScenario(input, reference);
    if (!scenario)
        return scenario.status();
    auto summary = exportCsvFolder(*input.data, **scenario, path, input.options, progress,
                                   input.subsets, &input.extras);
    if (!summary)
        return summary.status();
    return std::move(summary->files);
}

Result<std::vector<WrittenFile>> writeMetadata(const ExportInput &input, const std::string &path,
                                               const ProgressFn &)
{
    std::optional<Scenario> reference;
    auto scenario = recordedScenario(input, reference);
    if (!scenario)
        return scenario.status();
    auto quality = qualityJson(input.extras);
    if (!quality)
        return quality.status();
    MetadataExtras extras = input.extras;
    extras.awaitQualityJson = {};
    extras.qualityJson = quality.takeValue();
    const std::string text = metadataJson(*input.data, **scenario, {}, input.subsets, &extras);
    if (Status s = writeFileAtomically(path, text); !s)
        return s;
    WrittenFile file;
    file.path = path;
    file.bytes = text.size();
    return std::vector<WrittenFile>{file};
}

Result<std::vector<WrittenFile>> writeSqlite(const ExportInput &input, const std::string &path,
                                             const ProgressFn &progress)
{
    SqliteOptions options;
    options.includeGroundTruth = input.options.includeGroundTruth;
    options.selection = input.extras.selection;
    // Filtered tables hold their matching rows only (without referential closure, as in the CSV).
    RowSelection rows;
    for (const Table *t : input.data->tables()) {
        auto &chosen = *rows.find(t->name);
        if (auto it = input.subsets.find(t->name); it != input.subsets.end()) {
            chosen = it->second.rows;
            options.selection += std::string(options.selection.empty() ? "" : "; ") + t->name
                                 + " where " + it->second.filter;
        } else {
            chosen.resize(t->rowCount());
            for (std::size_t r = 0; r < chosen.size(); ++r)
                chosen[r] = std::uint32_t(r);
        }
    }
    const Dataset filtered = input.subsets.empty() ? Dataset() : selectRows(*input.data, rows);
    auto quality = qualityJson(input.extras);
    if (!quality)
        return quality.status();
    options.qualityJson = quality.takeValue();
    auto written = exportSqlite(input.subsets.empty() ? *input.data : filtered, input.scenario,
                                path, options, progress);
    if (!written)
        return written.status();
    return std::vector<WrittenFile>{written.takeValue()};
}

std::vector<Exporter> builtInExporters()
{
    Exporter csv;
    csv.id = "csv";
    csv.name = "CSV";
    csv.description = "Every table as enhanced_<table>.csv, with datasets_metadata.json";
    csv.writesFolder = true;
    csv.extension = ".csv";
    csv.defaultName = "pmis-data";
    csv.includes = {"json"};
    csv.scopes = {ExportScope::AllTables, ExportScope::CurrentTable,
                  ExportScope::SelectionWithRelated};
    csv.write = writeCsvFolder;
    csv.writeTable
            = [](const Table &table, const std::vector<std::uint32_t> *rows,
                 const CsvOptions &options, const std::string &path, const ProgressFn &progress) {
                  return writeCsvFile(path, table, options, rows, progress);
              };

    Exporter json;
    json.id = "json";
    json.name = "Metadata JSON";
    json.description = "The metadata alone: datasets_metadata.json, with the quality report";
    json.extension = ".json";
    json.defaultName = kMetadataFileName;
    json.writesRows = false;
    json.progressWeight = 0.0;
    json.write = writeMetadata;

    Exporter sqlite;
    sqlite.id = "sqlite";
    sqlite.name = "SQLite database";
    sqlite.description = "One database, pmis_dataset.sqlite: typed tables, keys, the metadata";
    sqlite.extension = ".sqlite";
    sqlite.otherExtensions = {".db"};
    sqlite.defaultName = kSqliteFileName;
    sqlite.write = writeSqlite;

    std::vector<Exporter> all;
    all.push_back(std::move(csv));
    all.push_back(std::move(json));
    all.push_back(std::move(sqlite));
    return all;
}

// The registry: a deque, so the entries handed out keep their addresses as others are added.
struct Registry
{
    std::mutex mutex;
    std::deque<Exporter> entries;

    Registry()
    {
        for (Exporter &e : builtInExporters())
            entries.push_back(std::move(e));
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

bool validId(const std::string &id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return isAsciiLower(c) || isAsciiDigit(c);
    });
}

// `items` joined as "a, b or c" (with `last` = "or").
std::string joinForSentence(const std::vector<std::string> &items, std::string_view last)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " " + std::string(last) + " " : ", ";
        out += items[i];
    }
    return out;
}

} // namespace

std::vector<const Exporter *> exporters()
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    std::vector<const Exporter *> all;
    all.reserve(r.entries.size());
    for (const Exporter &e : r.entries)
        all.push_back(&e);
    return all;
}

const Exporter *findExporter(std::string_view id)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    for (const Exporter &e : r.entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

Status registerExporter(Exporter exporter)
{
    if (!validId(exporter.id))
        return Status::error("export format '" + exporter.id
                             + "': expected an id of lower-case letters and digits");
    if (!exporter.write)
        return Status::error("export format '" + exporter.id + "': no write function");
    const bool oneTable
            = std::find(exporter.scopes.begin(), exporter.scopes.end(), ExportScope::CurrentTable)
              != exporter.scopes.end();
    if (oneTable && !exporter.writeTable)
        return Status::error("export format '" + exporter.id
                             + "': offers the current table without a one-table write function");
    if (bool(exporter.prepare) != bool(exporter.finish))
        return Status::error("export format '" + exporter.id
                             + "': has only one of the prepare and finish functions");
    const bool wholeOnly = exporter.scopes == std::vector<ExportScope>{ExportScope::AllTables};
    if (exporter.prepare && !wholeOnly)
        return Status::error("export format '" + exporter.id
                             + "': a format written in two phases offers every table only");
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    for (const Exporter &e : r.entries)
        if (e.id == exporter.id)
            return Status::error("export format '" + exporter.id + "': already registered");
    r.entries.push_back(std::move(exporter));
    return Status::ok();
}

std::vector<ExportChoice> exportChoices()
{
    std::vector<ExportChoice> choices;
    for (const Exporter *e : exporters())
        for (ExportScope scope : e->scopes)
            choices.push_back({scope, e->id});
    return choices;
}

std::string exporterIds(std::string_view last)
{
    std::vector<std::string> ids;
    for (const Exporter *e : exporters())
        ids.push_back(e->id);
    return joinForSentence(ids, last);
}

Result<std::vector<const Exporter *>> parseExporterList(const std::string &text)
{
    std::vector<const Exporter *> chosen;
    std::stringstream in(text);
    std::string name;
    while (std::getline(in, name, ',')) {
        const Exporter *e = findExporter(name);
        if (!e)
            return Status::error("unknown format '" + name + "'; expected " + exporterIds("or"));
        if (std::find(chosen.begin(), chosen.end(), e) == chosen.end())
            chosen.push_back(e);
    }
    if (chosen.empty())
        return Status::error("expected " + exporterIds("and/or"));
    const std::vector<const Exporter *> all = exporters();
    std::sort(chosen.begin(), chosen.end(), [&all](const Exporter *a, const Exporter *b) {
        return std::find(all.begin(), all.end(), a) < std::find(all.begin(), all.end(), b);
    });
    return chosen;
}

bool hasExporterExtension(const Exporter &exporter, std::string_view path)
{
    const auto endsWith = [path](const std::string &ext) {
        return !ext.empty() && path.size() >= ext.size()
               && asciiLower(path.substr(path.size() - ext.size())) == asciiLower(ext);
    };
    return endsWith(exporter.extension)
           || std::any_of(exporter.otherExtensions.begin(), exporter.otherExtensions.end(),
                          endsWith);
}

std::string defaultExportName(const Exporter &exporter, ExportScope scope, const std::string &table)
{
    switch (scope) {
    case ExportScope::CurrentTable:
        return "enhanced_" + table + exporter.extension;
    case ExportScope::SelectionWithRelated:
        if (exporter.writesFolder)
            return "pmis-selection";
        break;
    case ExportScope::AllTables:
        break;
    }
    return exporter.defaultName;
}

} // namespace pmis
