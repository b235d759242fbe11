// Inputs a user can hand the studio that once crashed it: imported folders with missing or
// retyped columns, numbers wider than their format, deep nesting, invalid UTF-8, special files,
// huge cells, hostile SQLite files and formula text. Each case failed before its fix.
#include "core/gen/generator.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/scenario/scenario_json.h"
#include "core/stats/overview_stats.h"
#include "core/util/file_util.h"

#include <QtTest>

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

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewWithoutColumns_data();
    void overviewWithoutColumns();
    void overviewWithRetypedColumns();

private:
    fs::path folder(const std::string &name) const { return fs::path(m_dir.path().toStdString()) / name; }
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
    QTest::newRow("cgpa") << "students" << "cgpa";
    QTest::newRow("gender") << "students" << "gender";
    QTest::newRow("skills") << "students" << "skills";
    QTest::newRow("student_id") << "students" << "student_id";
    QTest::newRow("stipend") << "internships" << "stipend";
    QTest::newRow("required_skills") << "internships" << "required_skills";
    QTest::newRow("interaction student_id") << "interactions" << "student_id";
    QTest::newRow("interaction_type") << "interactions" << "interaction_type";
    QTest::newRow("success") << "outcomes" << "success";
    QTest::newRow("outcome student_id") << "outcomes" << "student_id";
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

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
