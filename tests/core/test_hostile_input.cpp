// Inputs a user can hand the studio that once crashed it: imported folders with missing or
// retyped columns, numbers wider than their format, deep nesting, invalid UTF-8, special files,
// huge cells, hostile SQLite files and formula text. Each case failed before its fix.
#include "core/gen/generator.h"
#include "core/io/column_builder.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/io/schema_json.h"
#include "core/io/sqlite_export.h"
#include "core/query/filter.h"
#include "core/scenario/scenario_json.h"
#include "core/stats/overview_stats.h"
#include "core/util/file_util.h"
#include "core/util/json_depth.h"
#include "core/util/read_file.h"

#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <cstring>
#include <limits>
#include <filesystem>

using namespace pmis;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path &p)
{
    auto r = readWholeFile(p.string());
    return r ? *r : std::string();
}

void writeText(const fs::path &p, const std::string &text)
{
    QVERIFY(writeFileAtomically(p.string(), text).isOk());
}

// Removes one column from a CSV file the studio wrote (no quoted line breaks in these tables).
void dropColumn(const fs::path &file, const std::string &column)
{
    const std::string text = readText(file);
    std::string out;
    std::vector<std::string_view> fields;
    CsvReader reader(text);
    std::size_t drop = std::string::npos;
    while (reader.next(fields)) {
        if (drop == std::string::npos)
            drop = std::size_t(std::find(fields.begin(), fields.end(), column) - fields.begin());
        bool first = true;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i == drop)
                continue;
            if (!first)
                out += ',';
            first = false;
            appendCsvField(out, fields[i]);
        }
        out += "\r\n";
    }
    writeText(file, out);
}

// A CSV text (CRLF lines) with one more column: `first` on the first data row, `rest` on the others.
std::string withColumn(const std::string &text, const std::string &name, const std::string &first,
                       const std::string &rest)
{
    std::string out;
    std::size_t line = 0;
    for (std::size_t begin = 0; begin < text.size(); ++line) {
        const std::size_t end = text.find("\r\n", begin);
        out += text.substr(begin, end - begin) + ","
               + (line == 0   ? name
                  : line == 1 ? first
                              : rest)
               + "\r\n";
        begin = end + 2;
    }
    return out;
}

std::string allIssues(const ImportResult &r)
{
    std::string out;
    for (const ImportIssue &i : r.issues)
        out += i.text() + "\n";
    return out;
}

bool hasIssue(const ImportResult &r, const std::string &fragment)
{
    return allIssues(r).find(fragment) != std::string::npos;
}

// Runs SQL on a new or existing SQLite file.
void execSql(const fs::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.c_str());
}

std::string nested(std::size_t depth, const std::string &open, const std::string &inner,
                   const std::string &close)
{
    std::string out;
    for (std::size_t i = 0; i < depth; ++i)
        out += open;
    out += inner;
    for (std::size_t i = 0; i < depth; ++i)
        out += close;
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewWithoutColumns_data();
    void overviewWithoutColumns();
    void overviewWithRetypedColumns();
    void wideNumbersExportExactly();
    void decimalsBoundedOnLoad();
    void manyDecimalsRoundTrip();
    void jsonExceptionsBecomeErrors();
    void invalidUtf8Exports();
    void deepNesting();
    void specialFilesRefused();
    void hugeCellsStopWithPlace();
    void sqliteViewsNeverRun();
    void sqliteTriggersNeverRun();
    void sqliteValuesOutOfRange();
    void formulasNeutralised();
    void refusedScenariosReportFirstUnknownKey();
    void countsBeyondMemoryRefused();

private:
    fs::path folder(const std::string &name) const
    {
        return fs::path(m_dir.path().toStdString()) / name;
    }
    fs::path exportCopy(const std::string &name) const;

    QTemporaryDir m_dir;
    Scenario m_scenario;
    Dataset m_data;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = *loadPreset("demo-small");
    m_scenario.students = 30;
    m_scenario.internships = 8;
    m_scenario.interactions = 120;
    auto d = generateDataset(m_scenario, {1, {}});
    QVERIFY(d.isOk());
    m_data = d.takeValue();
    QVERIFY(exportCsvFolder(m_data, m_scenario, folder("base").string()).isOk());
}

fs::path TestHostileInput::exportCopy(const std::string &name) const
{
    const fs::path to = folder(name);
    fs::remove_all(to);
    fs::copy(folder("base"), to);
    return to;
}

void TestHostileInput::overviewWithoutColumns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    QTest::newRow("cgpa") << "students"
                          << "cgpa";
    QTest::newRow("gender") << "students"
                            << "gender";
    QTest::newRow("skills") << "students"
                            << "skills";
    QTest::newRow("student_id") << "students"
                                << "student_id";
    QTest::newRow("stipend") << "internships"
                             << "stipend";
    QTest::newRow("required_skills") << "internships"
                                     << "required_skills";
    QTest::newRow("interaction student_id") << "interactions"
                                            << "student_id";
    QTest::newRow("interaction_type") << "interactions"
                                      << "interaction_type";
    QTest::newRow("success") << "outcomes"
                             << "success";
    QTest::newRow("outcome student_id") << "outcomes"
                                        << "student_id";
}

// Export demo-small, delete a column, import, compute the Overview: it used to end in SIGSEGV.
void TestHostileInput::overviewWithoutColumns()
{
    QFETCH(QString, file);
    QFETCH(QString, column);
    const fs::path dir = exportCopy("missing");
    dropColumn(dir / csvFileName(file.toStdString()), column.toStdString());
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(!r->issues.empty(), "the missing column is reported");
    const Table *t = r->data.find(file.toStdString());
    QVERIFY(t && !t->find(column.toStdString()));
    const OverviewStats s = computeOverview(r->data);
    QCOMPARE(s.tierMix.labels.size(), m_scenario.student.tiers.shares.size());
    if (column == QLatin1String("cgpa"))
        QVERIFY(s.cgpaByTier.empty());
    else
        QCOMPARE(s.cgpaByTier.size(), s.tierMix.labels.size());
}

// A column of the expected name but another type (as a recorded schema may declare it).
void TestHostileInput::overviewWithRetypedColumns()
{
    Dataset d = m_data;
    for (Table *t : d.tables())
        for (Column &c : t->columns)
            if (c.spec.type != ColumnType::Id && c.spec.name != "college_tier") {
                const std::size_t rows = c.size();
                Column text(c.spec);
                text.spec.type = ColumnType::Text;
                text.texts.assign(rows, "x");
                c = std::move(text);
            }
    const OverviewStats s = computeOverview(d);
    QVERIFY(!s.tierMix.labels.empty());
    QVERIFY(s.cgpaByTier.empty());
    QVERIFY(s.topSkills.empty());
    // Keys that name no student, and a tier column full of nulls without a dictionary.
    d = m_data;
    for (std::int64_t &id : d.outcomes.find("student_id")->ints)
        id += 1000000;
    Column &tier = *d.students.find("college_tier");
    tier.dict.clear();
    tier.spec.allowed.clear();
    for (std::size_t r = 0; r < tier.size(); ++r)
        tier.setNull(r);
    const OverviewStats t = computeOverview(d);
    QVERIFY(t.tierMix.labels.empty());
}

// Numbers wider than a 64-byte buffer were written as the whole uninitialised buffer.
void TestHostileInput::wideNumbersExportExactly()
{
    Dataset d = m_data;
    Column &cgpa = *d.students.find("cgpa");
    cgpa.reals[0] = 1e300;
    cgpa.reals[1] = -1.5e308;
    QCOMPARE(cgpa.text(0).size(), std::size_t(301 + 3));
    QCOMPARE(cgpa.text(0).substr(0, 17), std::string("10000000000000000"));
    QCOMPARE(cgpa.text(1).substr(0, 4), std::string("-150"));
    Column wide(ColumnSpec{});
    wide.spec.type = ColumnType::Double;
    wide.spec.decimals = 70; // beyond the bound: shown with the most a double holds
    wide.reals = {0.1};
    QCOMPARE(wide.text(0), std::string("0.10000000000000001"));
    wide.spec.decimals = ColumnSpec::kRoundTrip;
    QCOMPARE(wide.text(0), std::string("0.1"));
    Column id(ColumnSpec{});
    id.spec.type = ColumnType::Id;
    id.spec.idPrefix = "STU_";
    id.spec.idWidth = 1000000;
    id.ints = {42};
    QCOMPARE(id.text(0), "STU_" + std::string(16, '0') + "42");

    // The export goes through, twice to the same bytes, and reads back.
    const fs::path a = folder("wide-a"), b = folder("wide-b");
    QVERIFY(exportCsvFolder(d, m_scenario, a.string()).isOk());
    QVERIFY(exportCsvFolder(d, m_scenario, b.string()).isOk());
    QCOMPARE(readText(a / "enhanced_students.csv"), readText(b / "enhanced_students.csv"));
    const fs::path db = folder("wide.sqlite");
    auto written = exportSqlite(d, &m_scenario, db.string());
    QVERIFY2(written.isOk(), written.error().c_str());
    auto back = importCsvFolder(a.string());
    QVERIFY(back.isOk());
    QCOMPARE(back->data.students.find("cgpa")->reals[0], 1e300);
}

// A recorded schema with decimals 100, an ID width of a million or a string where a number belongs.
void TestHostileInput::decimalsBoundedOnLoad()
{
    Dataset d = namedEmptyTables();
    ColumnSpec s;
    s.name = "p";
    s.type = ColumnType::Double;
    s.decimals = ColumnSpec::kRoundTrip;
    d.outcomes.add(s);
    auto ok = schemaFromJson(schemaToJson(d));
    QVERIFY2(ok.isOk(), ok.error().c_str());
    QCOMPARE(ok->outcomes.columns.front().spec.decimals, ColumnSpec::kRoundTrip);

    const auto refused = [](const std::string &column, const std::string &where) {
        auto r = schemaFromJson(R"({"students": [{"name": "x", "type": "double", )" + column
                                + "}]}");
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().find(where) != std::string::npos, r.error().c_str());
    };
    refused(R"("decimals": 100)", "schema.students[0].decimals");
    refused(R"("decimals": -2)", "schema.students[0].decimals");
    refused(R"("decimals": 1e300)", "schema.students[0].decimals");
    refused(R"("decimals": "2")", "schema.students[0].decimals");
    refused(R"("id_width": 1000000)", "schema.students[0].id_width");
    refused(R"("id_prefix": "=1+")", "schema.students[0].id_prefix");
    refused(R"("nullable": "yes")", "schema.students[0].nullable");
    refused(R"("unit": 7)", "schema.students[0].unit");
    refused(R"("allowed": [1, 2])", "schema.students[0].allowed");

    // The same through a SQLite file: a warning, then the reference schemas.
    const fs::path db = folder("decimals.sqlite");
    fs::remove(db);
    QVERIFY(exportSqlite(m_data, &m_scenario, db.string()).isOk());
    execSql(db,
            R"(UPDATE metadata SET value = '{"students": [{"name": "cgpa", "type": "double", "decimals": 100}]}'
                   WHERE key = 'schema_json';)");
    auto r = importSqlite(db.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(hasIssue(*r, "decimals"), allIssues(*r).c_str());
    QCOMPARE(r->data.students.find("cgpa")->text(0), m_data.students.find("cgpa")->text(0));
}

// Inferred columns with more digits than fixed decimals show exactly read back as the same doubles.
void TestHostileInput::manyDecimalsRoundTrip()
{
    const fs::path dir = exportCopy("decimals");
    const fs::path file = dir / "enhanced_companies.csv";
    writeText(file,
              withColumn(readText(file), "extra",
                         "0.1234567890123456789012345678901234567890123456789012345678901234567890",
                         "2.5"));
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    const Column *extra = r->data.companies.find("extra");
    QVERIFY(extra && extra->spec.type == ColumnType::Double);
    QCOMPARE(extra->spec.decimals, ColumnSpec::kRoundTrip);
    QCOMPARE(extra->text(0), std::string("0.12345678901234568"));
    QCOMPARE(extra->text(1), std::string("2.5"));
}

// nlohmann::json exceptions ended the process: each is an error with its place now.
void TestHostileInput::jsonExceptionsBecomeErrors()
{
    std::string text = scenarioToJson(m_scenario);
    const auto at = text.find("\"success_rate\": ");
    QVERIFY(at != std::string::npos);
    std::string huge = text;
    huge.replace(at, std::string("\"success_rate\": ").size(), "\"success_rate\": 9e999, \"x\": ");
    auto r = scenarioFromJson(huge);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().rfind("$: invalid JSON", 0) == 0, r.error().c_str());
    QVERIFY(!scenarioFromJson("{\"a\": \"\xff\"}").isOk());
    QVERIFY(!scenarioFromJson("").isOk());
    QVERIFY(!scenarioFromJson("[1, 2").isOk());
}

// Bytes that are not UTF-8 in an imported CSV went into the metadata JSON and ended the process.
void TestHostileInput::invalidUtf8Exports()
{
    const fs::path dir = exportCopy("utf8");
    const fs::path file = dir / "enhanced_students.csv";
    std::string text = readText(file);
    const auto pos = text.find(",Male,");
    QVERIFY(pos != std::string::npos);
    text.replace(pos, 6, ",M\xff\xfe,");
    text = withColumn(text, "col\xc3", "v\xe2\x82", "v\xe2\x82");
    writeText(file, text);
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    const fs::path out = folder("utf8-out");
    MetadataExtras extras;
    extras.selection = "imported \xff data";
    auto written = exportCsvFolder(r->data, *r->scenario, out.string(), {}, {}, {}, &extras);
    QVERIFY2(written.isOk(), written.error().c_str());
    const std::string meta = readText(out / kMetadataFileName);
    QVERIFY(meta.find("\xef\xbf\xbd") != std::string::npos); // U+FFFD
    QVERIFY(exportSqlite(r->data, &*r->scenario, folder("utf8.sqlite").string()).isOk());
}

// A scenario nested thousands of levels deep and a filter of 20,000 '(' exhausted the stack.
void TestHostileInput::deepNesting()
{
    auto r = scenarioFromJson(nested(100000, "[", "1", "]"));
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().find("levels deep") != std::string::npos, r.error().c_str());
    r = scenarioFromJson("{\"name\": " + nested(5000, "{\"a\":", "1", "}") + "}");
    QVERIFY(!r.isOk());
    // Brackets inside strings are text, not nesting.
    QVERIFY(!jsonTooDeep(std::string("{\"a\": \"\\\"") + std::string(1000, '[') + "\"}"));
    QVERIFY(jsonTooDeep(nested(129, "[", "", "]")));
    QVERIFY(!jsonTooDeep(nested(128, "[", "", "]")));

    const Table &students = m_data.students;
    QVERIFY(query::compileFilter(students, nested(50, "(", "cgpa > 5", ")")).isOk());
    QVERIFY(query::compileFilter(students, nested(50, "not ", "cgpa > 5", "")).isOk());
    query::QueryError error;
    auto f = query::compileFilter(students, nested(20000, "(", "cgpa > 5", ")"), &error);
    QVERIFY(!f.isOk());
    QVERIFY2(error.message.find("levels deep") != std::string::npos, error.message.c_str());
    QCOMPARE(error.position, std::size_t(101));
    QVERIFY(!query::compileFilter(students, nested(20000, "not ", "cgpa > 5", "")).isOk());
    QVERIFY(!query::compileFilter(students, nested(20000, "(", "", "")).isOk());
}

// /dev/zero or a FIFO as an input was read blindly: a hang, or memory until the process died.
void TestHostileInput::specialFilesRefused()
{
    auto zero = readRegularFile("/dev/zero", kMaxJsonFileBytes);
    QVERIFY(!zero.isOk());
    QVERIFY2(zero.error().find("not a regular file") != std::string::npos, zero.error().c_str());
    QVERIFY(!loadScenarioFile("/dev/zero").isOk());
    QVERIFY(!importDataset("/dev/zero").isOk());
    QVERIFY(!importSqlite("/dev/zero").isOk());

    const fs::path fifo = folder("fifo");
    fs::remove(fifo);
    QCOMPARE(::mkfifo(fifo.string().c_str(), 0600), 0);
    QVERIFY(!loadScenarioFile(fifo.string()).isOk());
    QVERIFY(!importDataset(fifo.string()).isOk());
    QVERIFY(!importSqlite(fifo.string()).isOk());

    const fs::path dir = exportCopy("fifo-folder");
    fs::remove(dir / "enhanced_students.csv");
    QCOMPARE(::mkfifo((dir / "enhanced_students.csv").string().c_str(), 0600), 0);
    fs::remove(dir / kMetadataFileName);
    QCOMPARE(::mkfifo((dir / kMetadataFileName).string().c_str(), 0600), 0);
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(hasIssue(*r, "enhanced_students.csv: not a regular file")
                     || hasIssue(*r, "not a regular file"),
             allIssues(*r).c_str());
    QCOMPARE(r->data.students.rowCount(), std::size_t(0));
    QCOMPARE(r->data.internships.rowCount(), std::size_t(m_scenario.internships));

    auto big = readRegularFile((folder("base") / "enhanced_students.csv").string(), 100);
    QVERIFY(!big.isOk());
    QVERIFY2(big.error().find("larger than the 100 bytes") != std::string::npos,
             big.error().c_str());
}

// A 2 GiB cell was copied whole; cells and records now have limits, reported with their place.
void TestHostileInput::hugeCellsStopWithPlace()
{
    const fs::path dir = exportCopy("huge");
    const fs::path file = dir / "enhanced_companies.csv";
    std::string text = readText(file);
    const auto second = text.find("\r\n", text.find("\r\n") + 2) + 2; // line 3
    text.insert(second, "\"" + std::string(CsvReader::kMaxCellBytes + 10, 'x') + "\",");
    writeText(file, text);
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(
            hasIssue(
                    *r,
                    "enhanced_companies.csv:3:1: company_id: error: a quoted cell longer than 16 MiB"),
            allIssues(*r).c_str());
    QCOMPARE(r->data.companies.rowCount(), std::size_t(1)); // the row before it

    std::string unquoted
            = "a,b\r\n1,2\r\n" + std::string(CsvReader::kMaxCellBytes + 1, 'y') + ",3\r\n";
    CsvReader reader(unquoted);
    std::vector<std::string_view> fields;
    QVERIFY(reader.next(fields));
    QVERIFY(reader.next(fields));
    QVERIFY(!reader.next(fields));
    QVERIFY(reader.failed());
    QCOMPARE(reader.problems().back().line, std::size_t(3));
    QCOMPARE(reader.problems().back().field, std::size_t(1));

    std::string record = "a\r\n";
    for (int i = 0; i < 5; ++i)
        record += std::string(CsvReader::kMaxCellBytes - 1, 'z') + ",";
    CsvReader records(record);
    QVERIFY(records.next(fields));
    QVERIFY(!records.next(fields));
    QVERIFY(records.failed());
    QVERIFY(records.problems().back().message.find("64 MiB") != std::string::npos);

    std::string commas = "a\n" + std::string(CsvReader::kMaxFields + 5, ',');
    CsvReader many(commas);
    QVERIFY(many.next(fields));
    QVERIFY(!many.next(fields));
    QVERIFY(many.failed());
}

// A view that never ends hung the import; views are never read, and a table is read under a budget.
void TestHostileInput::sqliteViewsNeverRun()
{
    const fs::path db = folder("views.sqlite");
    fs::remove(db);
    QVERIFY(exportSqlite(m_data, &m_scenario, db.string()).isOk());
    execSql(db,
            "DROP TABLE interactions;"
            "CREATE VIEW interactions AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i AS interaction_id FROM n;"
            "DROP TABLE metadata;"
            "CREATE VIEW metadata AS WITH RECURSIVE n(i, s) AS (SELECT 1, 'x' UNION ALL "
            "SELECT i + 1, s || s FROM n) SELECT 'scenario_json' AS key, s AS value FROM n;");
    const auto start = std::chrono::steady_clock::now();
    auto r = importSqlite(db.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    QVERIFY2(hasIssue(*r, "views are not read"), allIssues(*r).c_str());
    QCOMPARE(r->data.interactions.rowCount(), std::size_t(0));
    QCOMPARE(r->data.students.rowCount(), std::size_t(m_scenario.students));
}

// Opening and reading a file never writes it, so triggers never fire, and the file stays as it was.
void TestHostileInput::sqliteTriggersNeverRun()
{
    const fs::path db = folder("triggers.sqlite");
    fs::remove(db);
    QVERIFY(exportSqlite(m_data, &m_scenario, db.string()).isOk());
    execSql(db,
            "CREATE TABLE log(x);"
            "CREATE TRIGGER t1 AFTER INSERT ON students BEGIN INSERT INTO log VALUES (1); END;"
            "CREATE TRIGGER t2 AFTER UPDATE ON students BEGIN INSERT INTO log VALUES (2); END;"
            "CREATE TRIGGER t3 AFTER DELETE ON students BEGIN INSERT INTO log VALUES (3); END;");
    const std::string before = readText(db);
    auto r = importSqlite(db.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QCOMPARE(r->data.students.rowCount(), std::size_t(m_scenario.students));
    QVERIFY(readText(db) == before);
}

// Typed SQLite values a CSV cell could never hold: times beyond the year 9999 (written as garbage
// dates before), infinities, truth values other than 0 and 1.
void TestHostileInput::sqliteValuesOutOfRange()
{
    const fs::path db = folder("values.sqlite");
    fs::remove(db);
    QVERIFY(exportSqlite(m_data, &m_scenario, db.string()).isOk());
    execSql(db, "UPDATE students SET created_at = 9223372036854775807 WHERE rowid = 1;"
                "UPDATE students SET created_at = '2025-13-45' WHERE rowid = 2;"
                "UPDATE students SET cgpa = 1e999 WHERE rowid = 3;");
    auto r = importSqlite(db.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    const Column &created = *r->data.students.find("created_at");
    QVERIFY(created.isNull(0));
    QVERIFY(created.isNull(1));
    QVERIFY(!created.isNull(2));
    QVERIFY(r->data.students.find("cgpa")->isNull(2));
    QVERIFY2(hasIssue(*r, "an infinite or undefined number"), allIssues(*r).c_str());

    // Columns typed as integers hand their values over as numbers, not text.
    IssueLog log(10);
    ColumnSpec spec;
    spec.name = "t";
    spec.type = ColumnType::Timestamp;
    ColumnBuilder times(spec, {&log, "f", 1});
    times.appendInt(std::numeric_limits<std::int64_t>::max(), 1);
    times.appendInt(-62167219201, 2);
    times.appendInt(0, 3);
    const Column t = times.finish();
    QVERIFY(t.isNull(0) && t.isNull(1) && !t.isNull(2));
    QCOMPARE(t.text(2), std::string("1970-01-01T00:00:00"));
    QCOMPARE(log.errors(), std::size_t(2));
    QVERIFY(log.takeIssues().front().message.find("outside the years 0000 to 9999")
            != std::string::npos);
}

// Header names and IDs could carry formulas through import then export; '=1+1' even became the
// prefix of every student ID ('=1+2', '=1+3', ...).
void TestHostileInput::formulasNeutralised()
{
    const fs::path dir = exportCopy("formula");
    const fs::path file = dir / "enhanced_students.csv";
    std::string text = readText(file);
    text.replace(text.find("STU_00001"), 9, "=1+1");
    text.insert(text.find("\r\n"), ",=HYPERLINK(\"\"http://x\"\")");
    writeText(file, text);
    auto r = importCsvFolder(dir.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(hasIssue(*r, "'=1+1' is not an ID"), allIssues(*r).c_str());
    const Column &ids = *r->data.students.find("student_id");
    QCOMPARE(ids.spec.idPrefix, std::string("STU_"));
    QVERIFY(ids.isNull(0));
    QCOMPARE(ids.text(1), std::string("STU_00002"));

    const fs::path out = folder("formula-out");
    QVERIFY(exportCsvFolder(r->data, *r->scenario, out.string()).isOk());
    const std::string exported = readText(out / "enhanced_students.csv");
    const std::string header = exported.substr(0, exported.find("\r\n"));
    QVERIFY2(header.find(",\"'=HYPERLINK") != std::string::npos, header.c_str());
    QVERIFY(exported.find(",=") == std::string::npos && exported.find("\n=") == std::string::npos);

    Table t;
    t.name = "t";
    ColumnSpec spec;
    spec.name = "id";
    spec.type = ColumnType::Id;
    spec.idPrefix = "=cmd|";
    Column &c = t.add(spec);
    c.ints = {1};
    const fs::path one = folder("formula-id.csv");
    QVERIFY(writeCsvFile(one.string(), t, {}).isOk());
    QCOMPARE(readText(one), std::string("id\r\n'=cmd|00001\r\n"));
}

// An unknown key deep inside a scenario: the loader reports it (a throwing destructor used to leak
// what the reading function was returning; the sanitizer build sees such leaks).
void TestHostileInput::refusedScenariosReportFirstUnknownKey()
{
    const std::string text = scenarioToJson(m_scenario);
    for (const char *key : {"\"founded\": {", "\"stipend\": {", "\"affinity\": {", "\"weights\": {",
                            "\"counts\": {"}) {
        std::string bad = text;
        const auto at = bad.find(key);
        QVERIFY2(at != std::string::npos, key);
        bad.insert(at + std::strlen(key), "\"unknown_key\": 1, ");
        auto r = scenarioFromJson(bad);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().find("unknown_key: unknown key") != std::string::npos,
                 r.error().c_str());
    }
}

// Counts no memory can hold were accepted and ended in std::bad_alloc.
void TestHostileInput::countsBeyondMemoryRefused()
{
    std::string text = scenarioToJson(m_scenario);
    const std::string key = "\"interactions\": ";
    const auto at = text.find(key, text.find("\"counts\""));
    const auto end = text.find_first_of(",\n}", at + key.size());
    text.replace(at + key.size(), end - at - key.size(), "4611686018427387904");
    auto r = scenarioFromJson(text);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().find("$.counts.interactions: expected at most") != std::string::npos,
             r.error().c_str());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
