#include "core/io/sqlite_export.h"

#include "core/data/key_index.h"
#include "core/io/schema_json.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace pmis {
namespace {

struct Database
{
    sqlite3 *db = nullptr;
    ~Database()
    {
        if (db)
            sqlite3_close(db);
    }
};

struct FileDescriptor
{
    explicit FileDescriptor(int f)
        : fd(f)
    {}
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int fd;
};

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
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

const char *sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Int64:
    case ColumnType::Bool:
        return "INTEGER";
    case ColumnType::Double:
        return "REAL";
    default:
        return "TEXT"; // categories, text, IDs, ISO 8601 dates and comma-joined lists
    }
}

bool hasNulls(const Column &c)
{
    for (std::uint8_t n : c.nulls)
        if (n)
            return true;
    return false;
}

class SqliteWriter
{
public:
    SqliteWriter(sqlite3 *db, std::string path)
        : m_db(db)
        , m_path(std::move(path))
    {}

    Status exec(const std::string &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
            return Status::ok();
        const std::string text = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        return Status::error(m_path + ": " + text);
    }

    // CREATE TABLE with types, the primary key and REFERENCES for foreign keys whose parent table
    // has a key in this file.
    Status createTable(const Table &t, const std::vector<std::size_t> &columns, const Dataset &data)
    {
        std::string sql = "CREATE TABLE " + ident(t.name) + " (";
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const Column &c = t.columns[columns[k]];
            sql += k ? ",\n  " : "\n  ";
            sql += ident(c.spec.name) + " " + sqlType(c.spec.type);
            if (&c == primaryKeyColumn(t))
                sql += " PRIMARY KEY";
            if (!hasNulls(c))
                sql += " NOT NULL";
            if (const Column *parent = referenced(c, data))
                sql += " REFERENCES " + ident(c.spec.refTable) + "(" + ident(parent->spec.name)
                       + ")";
        }
        return exec(sql + "\n)");
    }

    static const Column *referenced(const Column &c, const Dataset &data)
    {
        if (c.spec.role != ColumnRole::ForeignKey || c.spec.type != ColumnType::Id)
            return nullptr;
        const Table *parent = data.find(c.spec.refTable);
        return parent ? primaryKeyColumn(*parent) : nullptr;
    }

    // Rows go in batches of kBatch per statement: far fewer statement runs than one per row.
    Status insertRows(const Table &t, const std::vector<std::size_t> &columns,
                      const std::function<bool(std::size_t)> &tick)
    {
        constexpr std::size_t kBatch = 32;
        const std::size_t width = columns.size();
        Statement many, one;
        if (Status s = prepareInsert(t, columns, kBatch, many); !s)
            return s;
        if (Status s = prepareInsert(t, columns, 1, one); !s)
            return s;
        std::vector<std::string> buffers(width * kBatch);
        const std::size_t n = t.rowCount();
        std::size_t sinceTick = 0;
        for (std::size_t r = 0; r < n;) {
            const std::size_t rows = n - r >= kBatch ? kBatch : 1;
            sqlite3_stmt *s = rows == kBatch ? many.stmt : one.stmt;
            for (std::size_t i = 0; i < rows; ++i)
                bindRow(s, t, columns, r + i, int(i * width), &buffers[i * width]);
            if (sqlite3_step(s) != SQLITE_DONE)
                return insertError(t, r, rows);
            sqlite3_reset(s);
            r += rows;
            sinceTick += rows;
            if (sinceTick >= 0x4000) {
                if (!tick(sinceTick))
                    return Status::cancelled();
                sinceTick = 0;
            }
        }
        tick(sinceTick);
        return Status::ok();
    }

    Status prepareInsert(const Table &t, const std::vector<std::size_t> &columns, std::size_t rows,
                         Statement &out)
    {
        std::string sql = "INSERT INTO " + ident(t.name) + " (";
        for (std::size_t k = 0; k < columns.size(); ++k) {
            sql += k ? "," : "";
            sql += ident(t.columns[columns[k]].spec.name);
        }
        sql += ") VALUES ";
        for (std::size_t i = 0; i < rows; ++i) {
            sql += i ? ",(" : "(";
            for (std::size_t k = 0; k < columns.size(); ++k)
                sql += k ? ",?" : "?";
            sql += ")";
        }
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &out.stmt, nullptr) != SQLITE_OK)
            return Status::error(m_path + ": " + sqlite3_errmsg(m_db));
        return Status::ok();
    }

    // Binds row `r` to parameters first + 1 ...; IDs, dates and lists are formatted into `buffers`,
    // which must live until the statement has run.
    static void bindRow(sqlite3_stmt *s, const Table &t, const std::vector<std::size_t> &columns,
                        std::size_t r, int first, std::string *buffers)
    {
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const Column &c = t.columns[columns[k]];
            const int at = first + int(k) + 1;
            if (c.isNull(r)) {
                sqlite3_bind_null(s, at);
                continue;
            }
            switch (c.spec.type) {
            case ColumnType::Int64:
            case ColumnType::Bool:
                sqlite3_bind_int64(s, at, c.ints[r]);
                break;
            case ColumnType::Double:
                sqlite3_bind_double(s, at, c.reals[r]);
                break;
            case ColumnType::Category: {
                const std::string &v = c.dict[std::size_t(c.codes[r])];
                sqlite3_bind_text(s, at, v.data(), int(v.size()), SQLITE_STATIC);
                break;
            }
            case ColumnType::Text:
                sqlite3_bind_text(s, at, c.texts[r].data(), int(c.texts[r].size()), SQLITE_STATIC);
                break;
            default: {
                std::string &b = buffers[k];
                b.clear();
                c.appendText(b, r);
                sqlite3_bind_text(s, at, b.data(), int(b.size()), SQLITE_STATIC);
                break;
            }
            }
        }
    }

    // The error of a failed batch, naming the row: a repeated ID is found from the data itself.
    Status insertError(const Table &t, std::size_t from, std::size_t rows)
    {
        std::string message = sqlite3_errmsg(m_db);
        std::size_t row = from;
        if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_PRIMARYKEY) {
            const Column *pk = primaryKeyColumn(t);
            const KeyIndex firstRow(*pk);
            for (std::size_t r = from; r < from + rows; ++r)
                if (!pk->isNull(r) && firstRow.rowOf(pk->ints[r]) != std::int64_t(r)) {
                    row = r;
                    message = "duplicate " + pk->spec.name + " '" + pk->text(r)
                              + "'; a SQLite export needs every ID once";
                    break;
                }
        }
        return Status::error(m_path + ": " + t.name + " row " + std::to_string(row + 1) + ": "
                             + message);
    }

    Status putMetadata(const std::vector<std::pair<std::string, std::string>> &rows)
    {
        if (Status s
            = exec("CREATE TABLE \"metadata\" (\"key\" TEXT PRIMARY KEY NOT NULL, \"value\" TEXT)");
            !s)
            return s;
        Statement insert;
        const char *sql = "INSERT INTO \"metadata\" (\"key\", \"value\") VALUES (?, ?)";
        if (sqlite3_prepare_v2(m_db, sql, -1, &insert.stmt, nullptr) != SQLITE_OK)
            return Status::error(m_path + ": " + sqlite3_errmsg(m_db));
        for (const auto &[key, value] : rows) {
            sqlite3_bind_text(insert.stmt, 1, key.data(), int(key.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert.stmt, 2, value.data(), int(value.size()), SQLITE_STATIC);
            if (sqlite3_step(insert.stmt) != SQLITE_DONE)
                return Status::error(m_path + ": metadata: " + sqlite3_errmsg(m_db));
            sqlite3_reset(insert.stmt);
        }
        return Status::ok();
    }

    // integrity_check must say "ok" and foreign_key_check must find nothing.
    Status verify()
    {
        std::string problems;
        const auto collect = [&](const char *sql, bool okRow) {
            Statement q;
            if (sqlite3_prepare_v2(m_db, sql, -1, &q.stmt, nullptr) != SQLITE_OK) {
                problems += sqlite3_errmsg(m_db);
                return;
            }
            int shown = 0;
            while (sqlite3_step(q.stmt) == SQLITE_ROW && shown < 5) {
                const auto *first = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0));
                if (okRow && first && std::string_view(first) == "ok")
                    continue;
                problems += std::string(problems.empty() ? "" : "; ") + sql + ": "
                            + (first ? first : "");
                if (!okRow)
                    problems += std::string(" row ")
                                + std::to_string(sqlite3_column_int64(q.stmt, 1))
                                + " refers to a missing "
                                + reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 2))
                                + " row";
                ++shown;
            }
        };
        collect("PRAGMA integrity_check", true);
        collect("PRAGMA foreign_key_check", false);
        return problems.empty() ? Status::ok() : Status::error(m_path + ": " + problems);
    }

private:
    sqlite3 *m_db;
    std::string m_path;
};

std::vector<std::size_t> columnsToWrite(const Table &t, bool groundTruth)
{
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (groundTruth || t.columns[c].spec.role != ColumnRole::GroundTruth)
            out.push_back(c);
    return out;
}

} // namespace

Result<WrittenFile> exportSqlite(const Dataset &data, const Scenario *scenario,
                                 const std::string &path, const SqliteOptions &options,
                                 const ProgressFn &progress)
{
    AtomicFile file(path); // open() also removes temporary files of killed runs
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.finish(); !s) // an empty file: SQLite writes it from here
        return s;
    // Written pages start going to disk while rows are still being made, so the final sync has
    // little left to wait for.
    const FileDescriptor flush(::open(file.tempPath().c_str(), O_RDONLY));
    std::vector<std::pair<std::string, std::string>> meta;
    {
        Database db;
        // One connection on one thread: no need for SQLite's per-call locking.
        if (sqlite3_open_v2(file.tempPath().c_str(), &db.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK)
            return Status::error(path + ": cannot open for writing (" + sqlite3_errmsg(db.db)
                                 + ")");
        SqliteWriter w(db.db, path);
        // The file is private until the rename, so durability comes from the final sync alone.
        // A small page cache makes the index sorts work in runs that fit the CPU caches (measured
        // faster than one large in-memory sort), and they may use a second thread.
        for (const char *pragma :
             {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA locking_mode=EXCLUSIVE",
              "PRAGMA page_size=16384", "PRAGMA cache_size=-8192", "PRAGMA temp_store=MEMORY",
              "PRAGMA threads=2", "PRAGMA mmap_size=17179869184"})
            if (Status s = w.exec(pragma); !s)
                return s;
        if (Status s = w.exec("BEGIN"); !s)
            return s;

        const Table *order[] = {&data.companies, &data.students, &data.internships,
                                &data.interactions, &data.outcomes};
        double total = 0, done = 0;
        for (const Table *t : order)
            total += double(t->rowCount());
        total = std::max(total, 1.0);
        bool cancelled = false;
        const auto tick = [&](const std::string &phase, double share) {
            return [&, phase, share](std::size_t rows) {
                const auto before = std::uint64_t(done);
                done += double(rows);
                if (flush.fd >= 0 && (before >> 18) != (std::uint64_t(done) >> 18))
                    ::sync_file_range(flush.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
                if (progress && !progress(share * done / total, phase))
                    cancelled = true;
                return !cancelled;
            };
        };
        for (const Table *t : order) {
            const auto columns = columnsToWrite(*t, options.includeGroundTruth);
            if (columns.empty())
                continue;
            if (Status s = w.createTable(*t, columns, data); !s)
                return s;
            if (Status s = w.insertRows(*t, columns, tick("writing " + t->name, 0.85)); !s)
                return s;
            meta.emplace_back("rows." + t->name, std::to_string(t->rowCount()));
        }
        for (const Table *t : order) {
            for (std::size_t c : columnsToWrite(*t, options.includeGroundTruth)) {
                const Column &col = t->columns[c];
                if (!SqliteWriter::referenced(col, data))
                    continue;
                if (progress && !progress(0.85 + 0.15 * 0.5, "indexing " + t->name))
                    return Status::cancelled();
                const std::string name = "idx_" + t->name + "_" + col.spec.name;
                if (Status s = w.exec("CREATE INDEX " + ident(name) + " ON " + ident(t->name) + "("
                                      + ident(col.spec.name) + ")");
                    !s)
                    return s;
            }
        }
        meta.insert(meta.begin(), {{"format", "pmis-dataset-sqlite 1"},
                                   {"generator", "PMIS Dataset Studio"},
                                   {"version", PMIS_VERSION},
                                   {"schema_json", schemaToJson(data)}});
        if (scenario) {
            meta.emplace_back("scenario_name", scenario->name);
            meta.emplace_back("seed", std::to_string(scenario->seed));
            meta.emplace_back("reference_date", scenario->referenceDate);
            const std::string hash = scenarioHash(*scenario);
            if (hash.empty())
                return Status::error(path + ": cannot compute the SHA-256 of the scenario");
            meta.emplace_back("scenario_sha256", hash);
            meta.emplace_back("scenario_json", scenarioToJson(*scenario));
        }
        if (!options.selection.empty())
            meta.emplace_back("selection", options.selection);
        if (!options.qualityJson.empty())
            meta.emplace_back("quality_json", options.qualityJson);
        if (Status s = w.putMetadata(meta); !s)
            return s;
        if (Status s = w.exec("COMMIT"); !s)
            return s;
        if (options.verify)
            if (Status s = w.verify(); !s)
                return s;
        if (sqlite3_close(db.db) != SQLITE_OK)
            return Status::error(path + ": cannot close (" + sqlite3_errmsg(db.db) + ")");
        db.db = nullptr;
    }
    if (Status s = syncPath(file.tempPath()); !s)
        return s;
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(file.tempPath(), ec);
    if (Status s = file.commit(); !s) // renames, then syncs the folder
        return s;
    WrittenFile out;
    out.path = path;
    out.rows = data.totalRows();
    out.bytes = ec ? 0 : bytes;
    return out;
}

} // namespace pmis
