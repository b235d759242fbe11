// Import of a folder of enhanced_<table>.csv files (the studio's layout or the old generator's).
#include "core/io/dataset_import.h"

#include "core/io/column_builder.h"
#include "core/io/csv_reader.h"
#include "core/io/dataset_export.h"
#include "core/io/import_internal.h"
#include "core/data/key_index.h"
#include "core/util/file_util.h"
#include "core/util/read_file.h"

#include <filesystem>
#include <fstream>
#include <set>

namespace pmis {

using namespace importing;
namespace fs = std::filesystem;

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

struct CsvJob
{
    const std::string &folder;
    IssueLog &log;
    const ProgressFn &progress;
    double doneBytes = 0;
    double totalBytes = 1;
    bool cancelled = false;
};

// Reads one enhanced_<table>.csv into `out` with the reference table's column specs.
void loadCsvTable(CsvJob &job, const Table &reference, LoadedTable &out)
{
    const std::string file = csvFileName(reference.name);
    out.source = file;
    out.table = reference; // the schema, no rows, until the file is read
    const fs::path path = fs::path(job.folder) / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        job.log.error(file, 0, 0, {},
                      "file not found in " + job.folder + "; the table stays empty");
        return;
    }
    auto text = readRegularFile(path.string(), kMaxTableFileBytes);
    if (!text) {
        job.log.error(file, 0, 0, {}, text.error());
        return;
    }
    CsvReader reader(*text);
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) {
        for (const CsvProblem &p : reader.problems())
            job.log.error(file, p.line, p.field, {}, p.message);
        if (!reader.failed())
            job.log.error(file, 0, 0, {},
                          "the file is empty; expected a header line naming the columns");
        return;
    }
    out.present = true;

    // Header: one builder per named column, in the file's order.
    std::vector<ColumnBuilder> builders;
    std::vector<int> builderOf(fields.size(), -1);
    std::vector<std::string> names;
    std::set<std::string, std::less<>> seen;
    const std::size_t headerLine = reader.recordLine();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string name(stripFormulaGuard(trimmed(fields[i])));
        if (name.empty()) {
            name = "column_" + std::to_string(i + 1);
            job.log.warning(file, headerLine, i + 1, {},
                            "the column has no name; it is called " + name);
        }
        names.push_back(name);
        if (!seen.insert(name).second) {
            job.log.error(file, headerLine, i + 1, name,
                          "the column appears twice; the second is ignored");
            continue;
        }
        const CellSource source{&job.log, file, i + 1};
        builderOf[i] = int(builders.size());
        if (const Column *ref = reference.find(name)) {
            builders.emplace_back(ref->spec, source);
        } else {
            ColumnSpec spec;
            spec.name = name;
            spec.role = ColumnRole::Feature;
            builders.emplace_back(spec, source, true);
            job.log.warning(file, headerLine, i + 1, name,
                            "not a column of the studio's " + reference.name
                                    + " table; its type is inferred from its cells");
        }
    }
    for (const Column &ref : reference.columns) {
        if (seen.count(ref.spec.name) || ref.spec.role == ColumnRole::GroundTruth)
            continue;
        if (ref.spec.name == "company_id" && seen.count("company"))
            continue; // old files: derived from the company names once the companies are read
        const bool key = ref.spec.role == ColumnRole::Id;
        std::string message
                = "column '" + ref.spec.name + "' is missing; the table is loaded without it";
        if (key)
            message += ", so other tables cannot refer to its rows";
        if (key)
            job.log.error(file, headerLine, 0, ref.spec.name, message);
        else
            job.log.warning(file, headerLine, 0, ref.spec.name, message);
    }
    for (const CsvProblem &p : reader.problems())
        job.log.error(file, p.line, p.field, {}, p.message);
    reader.problems().clear();

    const std::size_t expected = fields.size();
    std::size_t records = 0;
    while (reader.next(fields)) {
        const std::size_t line = reader.recordLine();
        for (const CsvProblem &p : reader.problems())
            job.log.error(file, p.line, p.field,
                          p.field >= 1 && p.field <= names.size() ? names[p.field - 1]
                                                                  : std::string(),
                          p.message);
        reader.problems().clear();
        if (fields.size() != expected)
            job.log.error(file, line, 0, {},
                          "expected " + std::to_string(expected)
                                  + " fields as in the header, found "
                                  + std::to_string(fields.size())
                                  + (fields.size() < expected ? "; the missing cells are left empty"
                                                              : "; the extra cells are ignored"));
        for (std::size_t i = 0; i < expected; ++i) {
            if (builderOf[i] < 0)
                continue;
            ColumnBuilder &b = builders[std::size_t(builderOf[i])];
            if (i < fields.size())
                b.append(fields[i], line);
            else
                b.appendNull(line);
        }
        out.lines.push_back(std::uint32_t(std::min<std::size_t>(line, UINT32_MAX)));
        if ((++records & 0xFFFF) == 0 && job.progress
            && !job.progress((job.doneBytes + double(reader.position())) / job.totalBytes,
                             "reading " + file)) {
            job.cancelled = true;
            return;
        }
    }
    for (const CsvProblem &p : reader.problems()) // what stopped the reading, if anything did
        job.log.error(file, p.line, p.field,
                      p.field >= 1 && p.field <= names.size() ? names[p.field - 1] : std::string(),
                      p.message);
    reader.problems().clear();
    job.doneBytes += double(text->size());
    out.table.columns.clear();
    for (ColumnBuilder &b : builders)
        out.table.columns.push_back(b.finish());
    if (records == 0)
        job.log.warning(file, 0, 0, {}, "the file has a header but no rows");
}

} // namespace

namespace {

Result<ImportResult> readCsvFolder(const std::string &folder, const ImportOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Status::error(folder
                             + ": not a folder; expected a folder of enhanced_<table>.csv files");
    IssueLog log(options.issueLimit);

    Metadata metadata;
    const fs::path metaPath = fs::path(folder) / kMetadataFileName;
    if (fs::exists(metaPath, ec)) {
        if (auto text = readRegularFile(metaPath.string(), kMaxJsonFileBytes))
            metadata = readMetadata(*text, kMetadataFileName, log);
        else
            log.warning(kMetadataFileName, 0, 0, {}, text.error());
    }
    const Dataset reference = referenceSchemas(metadata, options.referencePreset, log);

    Loaded loaded;
    CsvJob job{folder, log, options.progress};
    double total = 0;
    for (const Table *t : reference.tables())
        total += double(fs::file_size(fs::path(folder) / csvFileName(t->name), ec) * !ec);
    job.totalBytes = std::max(1.0, total);
    bool any = false;
    for (const Table *ref : reference.tables()) {
        LoadedTable *slot = loaded.find(ref->name);
        if (!slot)
            continue;
        loadCsvTable(job, *ref, *slot);
        if (job.cancelled)
            return Status::cancelled();
        any = any || slot->present;
    }
    if (!any)
        return Status::error(
                folder
                + ": no readable enhanced_<table>.csv file; expected enhanced_students.csv, "
                  "enhanced_internships.csv, enhanced_interactions.csv, "
                  "enhanced_outcomes.csv and enhanced_companies.csv");
    // The old generator's marks: names instead of company_id, a shared INT_ prefix, COMP_ companies.
    bool legacy = loaded.internships.present && !loaded.internships.table.find("company_id")
                  && loaded.internships.table.find("company");
    resolveKeys(loaded, reference, log);
    const Column *interactionIds = primaryKeyColumn(loaded.interactions.table);
    const Column *internshipIds = primaryKeyColumn(loaded.internships.table);
    if (interactionIds && internshipIds
        && interactionIds->spec.idPrefix == internshipIds->spec.idPrefix)
        legacy = true;
    if (const Column *c = primaryKeyColumn(loaded.companies.table);
        c && c->spec.idPrefix == "COMP_")
        legacy = true;
    return finishImport(loaded, std::move(metadata), log, legacy ? "legacy csv" : "studio csv");
}

} // namespace

Result<ImportResult> importCsvFolder(const std::string &folder, const ImportOptions &options)
{
    return guardedImport(folder, [&] { return readCsvFolder(folder, options); });
}

Result<ImportResult> importDataset(const std::string &path, const ImportOptions &options)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return importCsvFolder(path, options);
    if (!fs::exists(path, ec))
        return Status::error(path + ": no such file or folder");
    if (!fs::is_regular_file(path, ec)) // a FIFO or a device would block or never end
        return Status::error(
                path + ": not a regular file; expected a folder of CSV files or a SQLite database");
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    if (std::string_view(magic, 15) == "SQLite format 3")
        return importSqlite(path, options);
    return Status::error(path + ": neither a folder of CSV files nor a SQLite database");
}

} // namespace pmis
