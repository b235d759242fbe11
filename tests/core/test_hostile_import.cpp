// Files a user can hand the importers that once crashed or hung them: special files, huge cells,
// SQLite files with views, triggers and out-of-range values, and formula text in headers and IDs.
// Each case failed before its fix.
#include "tests/core/hostile_fixtures.h"

#include "core/io/column_builder.h"
#include "core/io/sqlite_export.h"

#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <limits>

using namespace pmis;
using namespace pmis::hostile;

class TestHostileImport
    : public QObject
    , protected DemoExport
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void specialFilesRefused();
    void hugeCellsStopWithPlace();
    void sqliteViewsNeverRun();
    void sqliteTriggersNeverRun();
    void sqliteValuesOutOfRange();
    void formulasNeutralised();
};

void TestHostileImport::initTestCase()
{
    setUp();
}

// /dev/zero or a FIFO as an input was read blindly: a hang, or memory until the process died.
void TestHostileImport::specialFilesRefused()
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
void TestHostileImport::hugeCellsStopWithPlace()
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
void TestHostileImport::sqliteViewsNeverRun()
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
void TestHostileImport::sqliteTriggersNeverRun()
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
void TestHostileImport::sqliteValuesOutOfRange()
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
void TestHostileImport::formulasNeutralised()
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

QTEST_GUILESS_MAIN(TestHostileImport)
#include "test_hostile_import.moc"
