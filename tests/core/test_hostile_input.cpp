// Inputs a user can hand the studio that once crashed it: imported folders with missing or
// retyped columns, numbers wider than their format, deep nesting, invalid UTF-8, special files,
// huge cells, hostile SQLite files and formula text. Each case failed before its fix.
#include "tests/core/hostile_fixtures.h"

#include "core/gen/generator.h"
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

#include <cstring>

using namespace pmis;
using namespace pmis::hostile;

class TestHostileInput
    : public QObject
    , protected hostile::DemoExport
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
    void refusedScenariosReportFirstUnknownKey();
    void countsBeyondMemoryRefused();
};

void TestHostileInput::initTestCase()
{
    setUp();
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
