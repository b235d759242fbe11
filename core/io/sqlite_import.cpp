// Import of a SQLite file the studio wrote (see sqlite_export.h); other files with tables of the
// same names load too, with types taken from the reference schemas or inferred.
#include "core/io/dataset_import.h"

#include "core/io/column_builder.h"
#include "core/io/import_internal.h"
#include "core/io/schema_json.h"
#include "core/scenario/scenario_json.h"
#include "core/util/ascii.h"

#include <sqlite3.h>

#include <climits>
#include <filesystem>
#include <map>
#include <optional>

namespace pmis {

using namespace importing;

namespace {

struct ReadDb
{
    sqlite3 *db = nullptr;
    ~ReadDb() { sqlite3_close(db); }
};

// Work a file may ask of SQLite: a table scan costs a few virtual-machine steps per byte, so a budget
// proportional to the file's size never stops an honest file and always stops a hostile one (a
// recursive expression, a generated column that computes forever).
struct StepBudget
{
    std::uint64_t callsLeft = 0;
    bool exhausted = false;
    static constexpr int kStepsPerCall = 1000;

    static int onProgress(void *self)
    {
        auto *b = static_cast<StepBudget *>(self);
        if (b->callsLeft == 0) {
            b->exhausted = true;
            return 1; // interrupts the statement
        }
        --b->callsLeft;
        return 0;
    }
};

// The memory SQLite may hold for the whole process while an import reads (rows are copied out one
// at a time, so its page cache and one row are all it needs).
constexpr sqlite3_int64 kHeapLimit = sqlite3_int64(1) << 30;
// The longest cell or row SQLite will hand over, as for CSV records.
constexpr int kMaxValueBytes = 64 << 20;

// Read-only and inert: no trigger, view or untrusted schema function ever runs.
void harden(sqlite3 *db, StepBudget &budget, std::uint64_t fileBytes)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    budget.callsLeft = (std::uint64_t(100'000'000) + 64 * fileBytes) / StepBudget::kStepsPerCall;
    sqlite3_progress_handler(db, StepBudget::kStepsPerCall, &StepBudget::onProgress, &budget);
    const sqlite3_int64 current = sqlite3_hard_heap_limit64(-1);
    if (current == 0 || current > kHeapLimit)
        sqlite3_hard_heap_limit64(kHeapLimit);
}

// Whether `name` is an ordinary table of the file (not a view, and not a virtual table whose module
// would run code).
bool isPlainTable(sqlite3 *db, const std::string &name)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT type, sql FROM sqlite_master WHERE name = ?1 COLLATE NOCASE";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(stmt, 1, name.c_str(), int(name.size()), SQLITE_TRANSIENT);
    bool plain = false;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *type = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        std::string head = text ? std::string(text).substr(0, 32) : std::string();
        for (char &c : head)
            c = asciiToUpper(c);
        plain = type && std::string_view(type) == "table"
                && head.find("VIRTUAL") == std::string::npos;
    }
    sqlite3_finalize(stmt);
    return plain;
}

struct Query
{
    sqlite3_stmt *stmt = nullptr;
    ~Query() { sqlite3_finalize(stmt); }
    bool prepare(sqlite3 *db, const std::string &sql)
    {
        return sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &stmt, nullptr) == SQLITE_OK;
    }
};

std::string ident(const std::string &name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string columnText(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(s, i))) : std::string();
}

std::map<std::string, std::string> readMetadataTable(sqlite3 *db)
{
    std::map<std::string, std::string> out;
    Query q;
    if (!isPlainTable(db, "metadata")
        || !q.prepare(db, "SELECT \"key\", \"value\" FROM \"metadata\""))
        return out;
    while (sqlite3_step(q.stmt) == SQLITE_ROW)
        out[columnText(q.stmt, 0)] = columnText(q.stmt, 1);
    return out;
}

// Loads one table; false when cancelled.
bool loadTable(sqlite3 *db, const Table &reference, LoadedTable &out, IssueLog &log,
               const ProgressFn &progress, double from, double share, const StepBudget &budget)
{
    out.table = reference;
    if (!isPlainTable(db, reference.name)) {
        log.error(out.source, 0, 0, {},
                  "no table '" + reference.name
                          + "' in the file (views are not read); the "
                            "table stays empty");
        return true;
    }
    std::vector<std::string> names;
    {
        Query info;
        if (info.prepare(db, "PRAGMA table_info(" + ident(reference.name) + ")"))
            while (sqlite3_step(info.stmt) == SQLITE_ROW)
                names.push_back(columnText(info.stmt, 1));
    }
    if (names.empty()) {
        log.error(out.source, 0, 0, {},
                  "no table '" + reference.name + "' in the file; the table stays empty");
        return true;
    }
    out.present = true;
    std::vector<ColumnBuilder> builders;
    std::string select = "SELECT ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const CellSource source{&log, out.source, i + 1};
        if (const Column *ref = reference.find(names[i])) {
            builders.emplace_back(ref->spec, source);
        } else {
            ColumnSpec spec;
            spec.name = names[i];
            builders.emplace_back(spec, source, true);
            log.warning(out.source, 0, i + 1, names[i],
                        "not a column of the studio's " + reference.name
                                + " table; its type is inferred from its cells");
        }
        select += i ? "," : "";
        select += ident(names[i]);
    }
    select += " FROM " + ident(reference.name);
    std::size_t total = 0;
    {
        Query count;
        if (count.prepare(db, "SELECT count(*) FROM " + ident(reference.name))
            && sqlite3_step(count.stmt) == SQLITE_ROW)
            total = std::size_t(sqlite3_column_int64(count.stmt, 0));
    }
    Query rows;
    // Rows in the order they were written; tables without a rowid in their stored order.
    if (!rows.prepare(db, select + " ORDER BY rowid") && !rows.prepare(db, select)) {
        log.error(out.source, 0, 0, {},
                  std::string("cannot read the table: ") + sqlite3_errmsg(db));
        return true;
    }
    std::size_t row = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
        ++row;
        for (std::size_t i = 0; i < builders.size(); ++i) {
            const int at = int(i);
            switch (sqlite3_column_type(rows.stmt, at)) {
            case SQLITE_NULL:
                builders[i].appendNull(row);
                break;
            case SQLITE_INTEGER:
                builders[i].appendInt(sqlite3_column_int64(rows.stmt, at), row);
                break;
            case SQLITE_FLOAT:
                builders[i].appendReal(sqlite3_column_double(rows.stmt, at), row);
                break;
            default: {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(rows.stmt, at));
                builders[i].append(std::string_view(p ? p : "", std::size_t(sqlite3_column_bytes(
                                                                        rows.stmt, at))),
                                   row);
                break;
            }
            }
        }
        out.lines.push_back(std::uint32_t(std::min<std::size_t>(row, UINT32_MAX)));
        if ((row & 0xFFFF) == 0 && progress
            && !progress(from + share * double(row) / double(std::max<std::size_t>(total, 1)),
                         "reading " + reference.name))
            return false;
    }
    if (rc != SQLITE_DONE)
        log.error(out.source, row + 1, 0, {},
                  budget.exhausted ? std::string(
                          "reading stopped: the file asks for far more work than its size needs")
                                   : std::string("reading stopped: ") + sqlite3_errmsg(db));
    out.table.columns.clear();
    for (ColumnBuilder &b : builders)
        out.table.columns.push_back(b.finish());
    return true;
}

} // namespace

namespace {

Result<ImportResult> readSqlite(const std::string &file, const ImportOptions &options)
{
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::is_regular_file(status)) // a FIFO would block the open
        return Status::error(file + ": not a regular file; expected a SQLite database");
    const auto bytes = std::filesystem::file_size(file, ec);
    ReadDb db;
    if (sqlite3_open_v2(file.c_str(), &db.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Status::error(file + ": cannot open as a SQLite database (" + sqlite3_errmsg(db.db)
                             + ")");
    StepBudget budget;
    harden(db.db, budget, ec ? 0 : std::uint64_t(bytes));
    {
        Query probe;
        if (!probe.prepare(db.db, "SELECT count(*) FROM sqlite_master")
            || sqlite3_step(probe.stmt) != SQLITE_ROW)
            return Status::error(file + ": not a SQLite database (" + sqlite3_errmsg(db.db) + ")");
    }
    IssueLog log(options.issueLimit);
    const std::string base = std::filesystem::path(file).filename().string();
    const auto meta = readMetadataTable(db.db);
    Metadata metadata;
    if (auto it = meta.find("scenario_json"); it != meta.end()) {
        auto scenario = scenarioFromJson(it->second);
        if (scenario)
            metadata.scenario = scenario.takeValue();
        else
            log.warning(base, 0, 0, "metadata",
                        "the recorded scenario is not valid (" + scenario.error() + ")");
    }
    metadata.selection = meta.count("selection") > 0;
    // The column specifications the file records, else the reference schemas.
    std::optional<Dataset> recorded;
    if (auto it = meta.find("schema_json"); it != meta.end()) {
        auto schema = schemaFromJson(it->second);
        if (schema)
            recorded = schema.takeValue();
        else
            log.warning(base, 0, 0, "metadata",
                        schema.error() + "; reference schemas are used instead");
    }
    const Dataset reference = recorded ? std::move(*recorded)
                                       : referenceSchemas(metadata, options.referencePreset, log);

    Loaded loaded;
    const auto refs = reference.tables();
    bool any = false;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        LoadedTable *slot = loaded.find(refs[i]->name);
        if (!slot)
            continue;
        slot->source = base + " (" + refs[i]->name + ")";
        if (!loadTable(db.db, *refs[i], *slot, log, options.progress,
                       double(i) / double(refs.size()), 1.0 / double(refs.size()), budget))
            return Status::cancelled();
        any = any || slot->present;
    }
    if (!any)
        return Status::error(
                file
                + ": none of the tables students, internships, interactions, outcomes, "
                  "companies is in the file");
    resolveKeys(loaded, reference, log);
    return finishImport(loaded, std::move(metadata), log, "sqlite");
}

} // namespace

Result<ImportResult> importSqlite(const std::string &file, const ImportOptions &options)
{
    return guardedImport(file, [&] { return readSqlite(file, options); });
}

} // namespace pmis
