// SQLite export: typed tables, keys, indexes and metadata; integrity_check and foreign_key_check
// pass; export then import gives identical tables; filtered exports with referential closure
// leave no key dangling.
#include "core/gen/generator.h"
#include "core/data/selection.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/data/key_index.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <set>

using namespace pmis;
namespace fs = std::filesystem;

namespace {

class Db
{
public:
    explicit Db(const std::string &path)
    {
        sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Db() { sqlite3_close(m_db); }
    // Every row of a query, cells as text (NULL as "<null>").
    std::vector<std::vector<std::string>> rows(const std::string &sql) const
    {
        std::vector<std::vector<std::string>> out;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
            return {{"error: " + std::string(sqlite3_errmsg(m_db))}};
        while (sqlite3_step(s) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                row.push_back(t ? t : "<null>");
            }
            out.push_back(row);
        }
        sqlite3_finalize(s);
        return out;
    }
    std::string one(const std::string &sql) const
    {
        const auto r = rows(sql);
        return r.empty() || r[0].empty() ? std::string("<none>") : r[0][0];
    }

private:
    sqlite3 *m_db = nullptr;
};

// Same columns (names, types, prefixes, widths, nullability) and the same cells, bit for bit.
bool identical(const Dataset &a, const Dataset &b, QString *why)
{
    for (const Table *ta : a.tables()) {
        const Table *tb = b.find(ta->name);
        if (!tb || tb->columns.size() != ta->columns.size() || tb->rowCount() != ta->rowCount()) {
            *why = QStringLiteral("table %1 differs in shape")
                           .arg(QString::fromStdString(ta->name));
            return false;
        }
        for (std::size_t c = 0; c < ta->columns.size(); ++c) {
            const Column &x = ta->columns[c], &y = tb->columns[c];
            if (x.spec.name != y.spec.name || x.spec.type != y.spec.type
                || x.spec.idPrefix != y.spec.idPrefix
                || (x.spec.type == ColumnType::Id && x.spec.idWidth != y.spec.idWidth)
                || x.spec.role != y.spec.role) {
                *why = QStringLiteral("column %1.%2 differs")
                               .arg(QString::fromStdString(ta->name),
                                    QString::fromStdString(x.spec.name));
                return false;
            }
            for (std::size_t r = 0; r < x.size(); ++r) {
                const bool same
                        = x.isNull(r) == y.isNull(r)
                          && (x.isNull(r)
                              || (x.spec.type == ColumnType::Double
                                          ? std::memcmp(&x.reals[r], &y.reals[r], sizeof(double))
                                                    == 0
                                          : x.text(r) == y.text(r)));
                if (!same) {
                    *why = QStringLiteral("%1.%2 row %3: '%4' vs '%5'")
                                   .arg(QString::fromStdString(ta->name),
                                        QString::fromStdString(x.spec.name))
                                   .arg(r)
                                   .arg(QString::fromStdString(x.text(r)),
                                        QString::fromStdString(y.text(r)));
                    return false;
                }
            }
        }
    }
    return true;
}

// Every foreign key of the dataset names a row of its parent table.
std::size_t danglingKeys(const Dataset &d)
{
    std::size_t n = 0;
    for (const Table *t : d.tables())
        for (const Column &c : t->columns) {
            if (c.spec.role != ColumnRole::ForeignKey)
                continue;
            const KeyIndex parent(*primaryKeyColumn(*d.find(c.spec.refTable)));
            for (std::size_t r = 0; r < c.size(); ++r)
                n += !c.isNull(r) && !parent.contains(c.ints[r]);
        }
    return n;
}

std::vector<std::uint32_t> rowsWhere(const Table &t, const std::function<bool(std::size_t)> &pred)
{
    std::vector<std::uint32_t> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        if (pred(r))
            out.push_back(std::uint32_t(r));
    return out;
}

std::size_t leftovers(const fs::path &folder)
{
    std::size_t n = 0;
    for (const auto &e : fs::directory_iterator(folder))
        n += e.path().filename().string().front() == '.';
    return n;
}

} // namespace

class TestSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedTablesKeysAndIndexes();
    void checksPass();
    void metadataTable();
    void roundTripIsIdentical();
    void legacyRoundTrip();
    void duplicateIdIsAClearError();
    void cancelLeavesNothing();
    void closureOfStudents();
    void closureOfInternships();
    void closureWithoutChildren();
    void closureRejectsBadInput();
    void selectionExports();

private:
    QTemporaryDir m_dir;
    Scenario m_scenario;
    Dataset m_data;
    std::string m_file;
};

void TestSqlite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = *loadPreset("pmis-2025");
    auto d = generateDataset(m_scenario, {2, {}});
    QVERIFY(d.isOk());
    m_data = d.takeValue();
    m_file = m_dir.filePath(QStringLiteral("pmis.sqlite")).toStdString();
    SqliteOptions options;
    options.includeGroundTruth = true;
    options.verify = true;
    auto report = quality::computeQuality(m_data, &m_scenario);
    options.qualityJson = quality::qualityReportJson(*report);
    auto written = exportSqlite(m_data, &m_scenario, m_file, options);
    QVERIFY2(written.isOk(), written.error().c_str());
    QCOMPARE(written->rows, m_data.totalRows());
    QVERIFY(written->bytes > 0);
}

void TestSqlite::typedTablesKeysAndIndexes()
{
    Db db(m_file);
    QCOMPARE(db.one("SELECT count(*) FROM students"), std::string("5000"));
    QCOMPARE(db.one("SELECT count(*) FROM interactions"), std::string("50000"));
    QCOMPARE(
            db.one("SELECT typeof(student_id) || typeof(cgpa) || typeof(graduation_year) || typeof(skills) "
                   "|| typeof(created_at) FROM students LIMIT 1"),
            std::string("textrealintegertexttext"));
    QCOMPARE(db.one("SELECT student_id FROM students LIMIT 1"), std::string("STU_00001"));
    QCOMPARE(db.one("SELECT typeof(is_active) FROM internships LIMIT 1"), std::string("integer"));
    QCOMPARE(db.one("SELECT created_at FROM students WHERE student_id = 'STU_00001'"),
             m_data.students.at("created_at").text(0));
    QCOMPARE(db.one("SELECT skills FROM students WHERE student_id = 'STU_00001'"),
             m_data.students.at("skills").text(0));
    // Primary keys, foreign keys (with REFERENCES) and an index on each foreign key.
    QCOMPARE(db.one("SELECT pk FROM pragma_table_info('students') WHERE name = 'student_id'"),
             std::string("1"));
    std::set<std::string> references;
    for (const char *t : {"internships", "interactions", "outcomes"})
        for (const auto &row :
             db.rows(std::string("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('") + t
                     + "')"))
            references.insert(std::string(t) + "." + row[0] + "->" + row[1]);
    QCOMPARE(references, (std::set<std::string>{"internships.company_id->companies",
                                                "interactions.student_id->students",
                                                "interactions.internship_id->internships",
                                                "outcomes.student_id->students",
                                                "outcomes.internship_id->internships",
                                                "outcomes.interaction_id->interactions"}));
    for (const std::string &ref : references) {
        const std::string table = ref.substr(0, ref.find('.'));
        const std::string column = ref.substr(ref.find('.') + 1, ref.find('-') - ref.find('.') - 1);
        QVERIFY2(db.one("SELECT count(*) FROM pragma_index_list('" + table
                        + "') il, pragma_index_info(il.name) ii "
                          "WHERE ii.name = '"
                        + column + "' AND il.origin = 'c'")
                         == "1",
                 ref.c_str());
    }
    // Nullable columns hold NULL, not empty strings.
    QCOMPARE(db.one("SELECT count(*) FROM outcomes WHERE rejection_reason IS NULL"),
             db.one("SELECT count(*) FROM outcomes WHERE application_status = 'selected'"));
}

void TestSqlite::checksPass()
{
    Db db(m_file);
    QCOMPARE(db.one("PRAGMA integrity_check"), std::string("ok"));
    QVERIFY(db.rows("PRAGMA foreign_key_check").empty());
}

void TestSqlite::metadataTable()
{
    Db db(m_file);
    QCOMPARE(db.one("SELECT value FROM metadata WHERE key = 'seed'"),
             std::to_string(m_scenario.seed));
    QCOMPARE(db.one("SELECT value FROM metadata WHERE key = 'version'"), std::string(PMIS_VERSION));
    auto scenario
            = scenarioFromJson(db.one("SELECT value FROM metadata WHERE key = 'scenario_json'"));
    QVERIFY(scenario.isOk());
    QCOMPARE(scenarioHash(*scenario), scenarioHash(m_scenario));
    QVERIFY(db.one("SELECT value FROM metadata WHERE key = 'quality_json'").find("\"summary\"")
            != std::string::npos);
}

void TestSqlite::roundTripIsIdentical()
{
    auto r = importSqlite(m_file);
    QVERIFY2(r.isOk(), r.error().c_str());
    QCOMPARE(r->format, std::string("sqlite"));
    QVERIFY2(r->issues.empty(), r->issues.empty() ? "" : r->issues.front().text().c_str());
    QString why;
    QVERIFY2(identical(m_data, r->data, &why), qPrintable(why));
    QVERIFY(r->targets());
    // Through importDataset, which knows a SQLite file by its header.
    auto again = importDataset(m_file);
    QVERIFY(again.isOk());
    QCOMPARE(again->format, std::string("sqlite"));
}

void TestSqlite::legacyRoundTrip()
{
    auto legacy = importDataset(PMIS_TEST_DATA "/legacy");
    QVERIFY(legacy.isOk());
    const std::string file = m_dir.filePath(QStringLiteral("legacy.sqlite")).toStdString();
    SqliteOptions options;
    options.verify = true;
    options.selection = "imported";
    auto written = exportSqlite(legacy->data, nullptr, file, options);
    QVERIFY2(written.isOk(), written.error().c_str());
    auto back = importSqlite(file);
    QVERIFY(back.isOk());
    QVERIFY(!back->targets());
    QString why;
    QVERIFY2(identical(legacy->data, back->data, &why), qPrintable(why));
}

void TestSqlite::duplicateIdIsAClearError()
{
    Dataset data = m_data;
    data.students.at("student_id").ints[7] = 3;
    const std::string file = m_dir.filePath(QStringLiteral("dup.sqlite")).toStdString();
    auto written = exportSqlite(data, &m_scenario, file);
    QVERIFY(!written.isOk());
    QVERIFY2(QString::fromStdString(written.error())
                     .contains(QStringLiteral("students row 8: duplicate student_id 'STU_00003'")),
             written.error().c_str());
    QVERIFY(!fs::exists(file));
    QCOMPARE(leftovers(fs::path(file).parent_path()), std::size_t(0));
}

void TestSqlite::cancelLeavesNothing()
{
    const std::string file = m_dir.filePath(QStringLiteral("cancel.sqlite")).toStdString();
    int calls = 0;
    auto written = exportSqlite(m_data, &m_scenario, file, {},
                                [&](double, const std::string &) { return ++calls < 3; });
    QVERIFY(written.isCancelled());
    QVERIFY(!fs::exists(file));
    QCOMPARE(leftovers(fs::path(file).parent_path()), std::size_t(0));
}

void TestSqlite::closureOfStudents()
{
    // Rural Tier-3 students, with what they refer to and what refers to them.
    const Table &st = m_data.students;
    const auto chosen = rowsWhere(st, [&](std::size_t r) {
        return st.at("rural_urban").category(r) == "rural"
               && st.at("college_tier").category(r) == "Tier-3";
    });
    auto sel = referentialClosure(m_data, "students", chosen);
    QVERIFY(sel.isOk());
    QCOMPARE(sel->students, chosen); // interactions bring no other student
    std::set<std::int64_t> ids;
    for (auto r : chosen)
        ids.insert(st.at("student_id").ints[r]);
    const auto theirs = rowsWhere(m_data.interactions, [&](std::size_t r) {
        return ids.count(m_data.interactions.at("student_id").ints[r]) > 0;
    });
    QCOMPARE(sel->interactions, theirs);
    const auto theirOutcomes = rowsWhere(m_data.outcomes, [&](std::size_t r) {
        return ids.count(m_data.outcomes.at("student_id").ints[r]) > 0;
    });
    QCOMPARE(sel->outcomes, theirOutcomes);
    QVERIFY(!sel->internships.empty()
            && sel->internships.size() < m_data.internships.rowCount() + 1);
    QVERIFY(!sel->companies.empty());
    const Dataset subset = selectRows(m_data, *sel);
    QCOMPARE(danglingKeys(subset), std::size_t(0));
    QCOMPARE(subset.students.rowCount(), chosen.size());
}

void TestSqlite::closureOfInternships()
{
    const auto chosen = std::vector<std::uint32_t>{0, 5, 9};
    auto sel = referentialClosure(m_data, "internships", chosen);
    QVERIFY(sel.isOk());
    QCOMPARE(sel->internships, chosen);
    QCOMPARE(sel->companies.size() <= 3, true);
    // Every interaction of these internships, and the students behind them.
    std::size_t expected = 0;
    for (std::size_t r = 0; r < m_data.interactions.rowCount(); ++r) {
        const auto i = m_data.interactions.at("internship_id").ints[r];
        expected += i == 1 || i == 6 || i == 10;
    }
    QCOMPARE(sel->interactions.size(), expected);
    QCOMPARE(danglingKeys(selectRows(m_data, *sel)), std::size_t(0));
}

void TestSqlite::closureWithoutChildren()
{
    ClosureOptions options;
    options.children = false;
    auto sel = referentialClosure(m_data, "outcomes", {0, 1, 2}, options);
    QVERIFY(sel.isOk());
    QCOMPARE(sel->outcomes.size(), std::size_t(3));
    QCOMPARE(sel->interactions.size(), std::size_t(3)); // each outcome's apply
    QVERIFY(sel->students.size() <= 3 && !sel->students.empty());
    QCOMPARE(danglingKeys(selectRows(m_data, *sel)), std::size_t(0));
    // Without parents, keys may dangle: the option does what it says.
    options.parents = false;
    auto bare = referentialClosure(m_data, "outcomes", {0, 1, 2}, options);
    QCOMPARE(bare->totalRows(), std::size_t(3));
    QVERIFY(danglingKeys(selectRows(m_data, *bare)) > 0);
}

void TestSqlite::closureRejectsBadInput()
{
    QVERIFY(!referentialClosure(m_data, "cities", {0}).isOk());
    auto out = referentialClosure(m_data, "students", {5000});
    QVERIFY(!out.isOk());
    QVERIFY(QString::fromStdString(out.error())
                    .contains(QStringLiteral("row 5000 is outside students")));
}

void TestSqlite::selectionExports()
{
    const auto chosen = rowsWhere(m_data.students, [&](std::size_t r) {
        return m_data.students.at("cgpa").reals[r] >= 9.5;
    });
    auto sel = referentialClosure(m_data, "students", chosen);
    QVERIFY(sel.isOk());
    const std::string what = describeSelection(m_data, "students", chosen.size(), *sel);
    QVERIFY(QString::fromStdString(what).contains(QStringLiteral("students rows chosen")));
    SqliteOptions options;
    options.verify = true; // foreign_key_check must come back empty
    const std::string file = m_dir.filePath(QStringLiteral("selection.sqlite")).toStdString();
    const Dataset subset = selectRows(m_data, *sel);
    options.selection = what;
    auto written = exportSqlite(subset, &m_scenario, file, options);
    QVERIFY2(written.isOk(), written.error().c_str());
    Db db(file);
    QVERIFY(db.rows("PRAGMA foreign_key_check").empty());
    QCOMPARE(db.one("SELECT count(*) FROM students"), std::to_string(chosen.size()));
    QCOMPARE(db.one("SELECT value FROM metadata WHERE key = 'selection'"), what);

    const fs::path folder = m_dir.filePath(QStringLiteral("selection-csv")).toStdString();
    MetadataExtras extras;
    extras.selection = what;
    auto csv = exportCsvFolder(subset, m_scenario, folder.string(), {}, {}, {}, &extras);
    QVERIFY2(csv.isOk(), csv.error().c_str());
    auto back = importCsvFolder(folder.string());
    QVERIFY(back.isOk());
    QVERIFY(back->isSelection);
    QVERIFY(!back->targets()); // a selection is not held to the scenario's shares
    QCOMPARE(back->warnings, std::size_t(0));
    auto report = quality::computeQuality(back->data, back->targets());
    for (const quality::Check &c : report->checks)
        if (c.category == "integrity")
            QVERIFY2(c.status == quality::CheckStatus::Pass, c.reason.c_str());
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "test_sqlite.moc"
