#pragma once
// The export formats, in one registry that the command line (--format) and the studio's export
// dialog and job all read: CSV, the metadata JSON and SQLite are built in; a format added from
// outside core (a library linked by a front end) registers itself at start-up. The format is kept
// apart from the scope: what part of a dataset goes out (every table, one table as shown, or a
// selection with its related rows) is decided by the caller, which hands the exporter the data.

#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <any>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pmis {

// What part of a dataset an export covers.
enum class ExportScope {
    AllTables,            // every table (whole, or limited by ExportInput::subsets)
    CurrentTable,         // one table's shown rows, in the order shown, as one file
    SelectionWithRelated, // one table's shown rows with every row they refer to or that refers
                          // to them (the caller selects them; the exporter sees a whole dataset)
};

// What an exporter writes from. `data` must outlive the call.
struct ExportInput
{
    const Dataset *data = nullptr;
    // Null for data without a scenario (imported): the metadata then record the reference preset
    // pmis-2025, and extras.selection says what the data are.
    const Scenario *scenario = nullptr;
    // includeGroundTruth applies to every format that writes rows; the rest to CSV.
    CsvOptions options;
    RowSubsets subsets; // tables limited to some rows (a filter); the others go out whole
    // The quality report (or how to wait for it) and what the data are, for the metadata.
    MetadataExtras extras;
    // For a document about the data (the report): what the data are in a few words ("generated",
    // a folder), and a baseline to compare them with (null: none). Row formats ignore these.
    std::string name;
    const Dataset *baseline = nullptr;
    const Scenario *baselineScenario = nullptr; // null: the baseline has no scenario
    std::string baselineName;
};

// One export format. Every field but the functions is plain data a front end can show.
struct Exporter
{
    // Writes `input` to `path` (the folder, or the file); returns the files written. A cancel
    // through `progress` returns Status::cancelled() and leaves what was at `path` as it was.
    using WriteFn = std::function<Result<std::vector<WrittenFile>>(
            const ExportInput &input, const std::string &path, const ProgressFn &progress)>;
    // Writes the rows `rows` (in that order; null: all) of one table into the file `path`.
    using WriteTableFn = std::function<Result<WrittenFile>(
            const Table &table, const std::vector<std::uint32_t> *rows, const CsvOptions &options,
            const std::string &path, const ProgressFn &progress)>;
    // A format whose file must be laid out on the program's main thread (a document drawn with a
    // GUI toolkit) is written in two phases: `prepare` computes what the file shows on any thread
    // (the long part: a front end runs it on a worker), then `finish` writes it on the main
    // thread. `input` and what it points to stay valid until `finish` returns. `write` does both
    // in turn, on the main thread.
    using PrepareFn
            = std::function<Result<std::any>(const ExportInput &input, const ProgressFn &progress)>;
    using FinishFn = std::function<Result<std::vector<WrittenFile>>(
            std::any &prepared, const std::string &path, const ProgressFn &progress)>;

    std::string id;            // stable, lower case, the name --format takes: "csv"
    std::string name;          // English display name: "CSV"
    std::string description;   // English, one line: what a user gets
    bool writesFolder = false; // a folder of files (path names the folder), or one file
    std::string extension;     // of the file written, or of each table's file: ".csv"
    std::vector<std::string> otherExtensions; // also taken as this format's files: ".db"
    std::string defaultName; // of the folder or file: "pmis-data", "pmis_dataset.sqlite"
    // Formats whose output this one writes too (the CSV folder holds the metadata JSON): asked
    // for together, those are not written again.
    std::vector<std::string> includes;
    bool writesRows = true; // false for a document about the data (the metadata alone)
    // Whether it writes the quality report of ExportInput::extras: callers compute the report
    // only for formats that do.
    bool usesQualityReport = true;
    // Share of the writing time when several formats are written; 0 for one written at once.
    double progressWeight = 1.0;
    // The scopes the studio offers it for; CurrentTable needs writeTable.
    std::vector<ExportScope> scopes = {ExportScope::AllTables};
    WriteFn write;
    WriteTableFn writeTable; // null when the format has no one-table form
    PrepareFn prepare;       // both or neither (see PrepareFn)
    FinishFn finish;
    // Share of the progress `prepare` takes, for a format written in two phases.
    double prepareWeight = 0.9;
};

// A format with the scope it is written for: one entry of the studio's export choices.
struct ExportChoice
{
    ExportScope scope = ExportScope::AllTables;
    std::string format = "csv"; // an Exporter id
    bool operator==(const ExportChoice &) const = default;
};

// Every exporter, built-in ones first (csv, json, sqlite), then in the order registered. The
// pointers stay valid for the life of the program (entries are never removed). Thread-safe.
std::vector<const Exporter *> exporters();
// The exporter with this id, or null. Thread-safe.
const Exporter *findExporter(std::string_view id);
// Adds a format, after the others. Fails, adding nothing, when the id is empty, not lower-case
// letters and digits, or taken, when `write` is missing, when CurrentTable is offered without
// `writeTable`, or when only one of `prepare` and `finish` is given or a format written in two
// phases offers a scope other than AllTables (its prepared state may refer to the whole input). Thread-safe (meant for start-up, before exports run).
Status registerExporter(Exporter exporter);

// Every scope of every exporter, in the registry's order: what the studio's export dialog lists.
std::vector<ExportChoice> exportChoices();

// The ids joined for a sentence: "csv, json or sqlite" (with `last` = "or").
std::string exporterIds(std::string_view last);

// The exporters named in a comma-separated list ("csv,sqlite"), each once, in the registry's
// order. Fails naming the unknown name and the known ones, or when the list names none.
Result<std::vector<const Exporter *>> parseExporterList(const std::string &text);

// Whether `path` ends (ignoring case) in one of the exporter's extensions.
bool hasExporterExtension(const Exporter &exporter, std::string_view path);

// The name an export is proposed under: one table's file ("enhanced_students.csv"), a
// selection's folder ("pmis-selection"), or the exporter's default name.
std::string defaultExportName(const Exporter &exporter, ExportScope scope,
                              const std::string &table);

} // namespace pmis
