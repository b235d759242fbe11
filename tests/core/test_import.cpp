// Import: the studio's CSV folders round-trip; the old generator's files load and their defects are
// found; each of many malformed inputs gives its message (file, line, column) and loses nothing else.
#include "tests/core/file_text.h"
#include "tests/core/malformed_cases.h"

#include "core/gen/generator.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"
#include "core/util/rng.h"

#include <QtTest>

#include <filesystem>
#include <functional>

using namespace pmis;
using namespace pmis::testing;

namespace {

bool sameCells(const Table &a, const Table &b, long skipRow, QString *why)
{
    if (a.rowCount() != b.rowCount()) {
        *why = QStringLiteral("%1: %2 rows instead of %3")
                       .arg(QString::fromStdString(a.name))
                       .arg(b.rowCount())
                       .arg(a.rowCount());
        return false;
    }
    for (const Column &ca : a.columns) {
        const Column *cb = b.find(ca.spec.name);
        if (!cb)
            continue; // a column the case removed
        for (std::size_t r = 0; r < a.rowCount(); ++r) {
            if (long(r) == skipRow)
                continue;
            // Numbers compare as numbers, to the decimals the CSV holds: a column read as reals may
            // print with more of them.
            const double tolerance = ca.spec.type == ColumnType::Double
                                             ? 0.5 * std::pow(10.0, -ca.spec.decimals) + 1e-9
                                             : 0;
            const bool same
                    = ca.isNumeric() && cb->isNumeric()
                              ? (ca.isNull(r) && cb->isNull(r))
                                        || std::abs(ca.number(r) - cb->number(r)) <= tolerance
                              : ca.text(r) == cb->text(r);
            if (!same) {
                *why = QStringLiteral("%1.%2 row %3: '%4' became '%5'")
                               .arg(QString::fromStdString(a.name),
                                    QString::fromStdString(ca.spec.name))
                               .arg(r)
                               .arg(QString::fromStdString(ca.text(r)),
                                    QString::fromStdString(cb->text(r)));
                return false;
            }
        }
    }
    return true;
}

QString issuesText(const ImportResult &r)
{
    QStringList lines;
    for (const ImportIssue &i : r.issues)
        lines << QString::fromStdString(i.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void studioFolderRoundTrips();
    void formulaGuardRemoved();
    void malformed_data();
    void malformed();
    void issueLimit();
    void notAFolder();
    void garbageDoesNotCrash();
    void legacyFixtureLoads();
    void legacyDefectsFound();

private:
    QTemporaryDir m_dir;
    Scenario m_scenario;
    Dataset m_data;
    fs::path m_base;
};

void TestImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = *loadPreset("demo-small");
    m_scenario.students = 40;
    m_scenario.internships = 10;
    m_scenario.interactions = 200;
    auto d = generateDataset(m_scenario, {1, {}});
    QVERIFY(d.isOk());
    m_data = d.takeValue();
    m_base = fs::path(m_dir.path().toStdString()) / "base";
    QVERIFY(exportCsvFolder(m_data, m_scenario, m_base.string()).isOk());
}

void TestImport::studioFolderRoundTrips()
{
    auto r = importCsvFolder(m_base.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    QVERIFY2(r->issues.empty(), qPrintable(issuesText(*r)));
    QCOMPARE(r->format, std::string("studio csv"));
    QVERIFY(r->scenario.has_value());
    QCOMPARE(scenarioHash(*r->scenario), scenarioHash(m_scenario));
    for (const Table *t : m_data.tables()) {
        const Table *got = r->data.find(t->name);
        QVERIFY(got);
        QString why;
        QVERIFY2(sameCells(*t, *got, -1, &why), qPrintable(why));
        for (const Column &c : got->columns) {
            const Column *orig = t->find(c.spec.name);
            QVERIFY(orig);
            QCOMPARE(int(c.spec.type), int(orig->spec.type));
            QCOMPARE(c.spec.idPrefix, orig->spec.idPrefix);
        }
    }
    // The targets come along: the report compares with the recorded scenario.
    auto report = quality::computeQuality(r->data, r->targets());
    QVERIFY(report->comparedWithScenario);
}

void TestImport::formulaGuardRemoved()
{
    Dataset data = m_data;
    data.companies.at("description").texts[0] = "=HYPERLINK(\"http://x\")";
    data.companies.at("description").texts[1] = "-5 stars";
    data.companies.at("description").texts[2] = "'quoted on purpose";
    for (const bool neutralise : {true, false}) {
        const fs::path folder
                = fs::path(m_dir.path().toStdString()) / (neutralise ? "guard-on" : "guard-off");
        CsvOptions options;
        options.neutraliseFormulas = neutralise;
        QVERIFY(exportCsvFolder(data, m_scenario, folder.string(), options).isOk());
        QCOMPARE(readText(csv(folder, "companies")).find("'=HYPERLINK") != std::string::npos,
                 neutralise);
        auto r = importCsvFolder(folder.string());
        QVERIFY(r.isOk());
        const Column &got = r->data.companies.at("description");
        QCOMPARE(got.texts[0], std::string("=HYPERLINK(\"http://x\")"));
        QCOMPARE(got.texts[1], std::string("-5 stars"));
        QCOMPARE(got.texts[2], std::string("'quoted on purpose"));
    }
}

void TestImport::malformed_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < malformedCases().size(); ++i)
        QTest::newRow(malformedCases()[i].name) << int(i);
}

void TestImport::malformed()
{
    QFETCH(int, index);
    const Malformed &m = malformedCases()[std::size_t(index)];
    const fs::path folder = fs::path(m_dir.path().toStdString()) / ("case" + std::to_string(index));
    fs::create_directories(folder);
    fs::copy(m_base, folder, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    m.apply(folder);
    auto r = importCsvFolder(folder.string());
    QVERIFY2(r.isOk(), r.error().c_str());
    const QString issues = issuesText(*r);
    QVERIFY2(issues.contains(QString::fromUtf8(m.message)),
             qPrintable(QStringLiteral("expected '%1' in:\n%2")
                                .arg(QString::fromUtf8(m.message), issues)));
    // Nothing else is lost: every other table is whole, and the touched one keeps every row and
    // every cell outside the changed row.
    for (const Table *t : m_data.tables()) {
        const Table *got = r->data.find(t->name);
        QVERIFY(got);
        if (t->name == m.table && m.row == -2) {
            QCOMPARE(got->rowCount(), std::size_t(0));
            continue;
        }
        QString why;
        QVERIFY2(sameCells(*t, *got, t->name == m.table ? m.row : -1, &why),
                 qPrintable(why + QStringLiteral("\n") + issues));
    }
}

void TestImport::issueLimit()
{
    const fs::path folder = fs::path(m_dir.path().toStdString()) / "many";
    fs::create_directories(folder);
    fs::copy(m_base, folder, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    Rows rows = parse(readText(csv(folder, "interactions")));
    for (std::size_t r = 1; r < rows.size(); ++r)
        rows[r][columnOf(rows, "time_spent")] = "slow";
    writeText(csv(folder, "interactions"), unparse(rows));
    ImportOptions options;
    options.issueLimit = 100;
    auto r = importCsvFolder(folder.string(), options);
    QVERIFY(r.isOk());
    QCOMPARE(r->issues.size(), std::size_t(100));
    QCOMPARE(r->errors, m_data.interactions.rowCount());
    QCOMPARE(r->suppressed, m_data.interactions.rowCount() - 100);
    QCOMPARE(r->data.interactions.rowCount(), m_data.interactions.rowCount());
}

void TestImport::notAFolder()
{
    auto r = importDataset((fs::path(m_dir.path().toStdString()) / "nowhere").string());
    QVERIFY(!r.isOk());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("no such file or folder")));
    const fs::path empty = fs::path(m_dir.path().toStdString()) / "empty";
    fs::create_directories(empty);
    auto e = importCsvFolder(empty.string());
    QVERIFY(!e.isOk());
    QVERIFY(QString::fromStdString(e.error()).contains(
            QStringLiteral("no readable enhanced_<table>.csv file")));
}

void TestImport::garbageDoesNotCrash()
{
    // Random bytes, and random cuts and splices of real files: every import ends with a result or
    // an error, and the quality report runs on whatever loaded.
    const RandomStream random(99, "test", "garbage");
    for (std::uint64_t round = 0; round < 40; ++round) {
        const fs::path folder
                = fs::path(m_dir.path().toStdString()) / ("garbage" + std::to_string(round));
        fs::create_directories(folder);
        fs::copy(m_base, folder,
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        for (const char *table :
             {"students", "internships", "interactions", "outcomes", "companies"}) {
            std::string text = readText(csv(folder, table));
            const auto at = std::size_t(random.integer(round, 1, 0, std::int64_t(text.size())));
            if (round % 4 == 0) { // random bytes
                std::string noise(std::size_t(random.integer(round, 2, 1, 400)), ' ');
                for (std::size_t i = 0; i < noise.size(); ++i)
                    noise[i] = char(random.integer(round, 10 + i, 0, 255));
                text.insert(at, noise);
            } else if (round % 4 == 1) { // cut short
                text.resize(at);
            } else if (round % 4 == 2) { // a quote or comma dropped in
                text.insert(at, round % 8 == 2 ? "\"" : ",");
            } else { // two files spliced
                const std::string other = readText(csv(m_base, "outcomes"));
                text = text.substr(0, at) + other.substr(std::min(at / 2, other.size()));
            }
            writeText(csv(folder, table), text);
        }
        auto r = importCsvFolder(folder.string());
        if (r.isOk())
            QVERIFY(quality::computeQuality(r->data, r->targets()).isOk());
    }
}

void TestImport::legacyFixtureLoads()
{
    auto r = importDataset(PMIS_TEST_DATA "/legacy");
    QVERIFY2(r.isOk(), r.error().c_str());
    QCOMPARE(r->format, std::string("legacy csv"));
    QCOMPARE(r->errors, std::size_t(0));
    QVERIFY(!r->scenario);
    QVERIFY(r->claimsComplete);
    const Dataset &d = r->data;
    QCOMPARE(d.students.rowCount(), std::size_t(200));
    QCOMPARE(d.internships.rowCount(), std::size_t(40));
    QCOMPARE(d.companies.rowCount(), std::size_t(12));
    QCOMPARE(d.interactions.rowCount(), std::size_t(802));
    QVERIFY(d.outcomes.rowCount() > 150);
    // INT_ + 6 digits for interactions, COMP_ + 4 for companies.
    QCOMPARE(d.interactions.at("interaction_id").spec.idPrefix, std::string("INT_"));
    QCOMPARE(d.interactions.at("interaction_id").spec.idWidth, 6);
    QCOMPARE(d.companies.at("company_id").text(0), std::string("COMP_0001"));
    // company_id derived from the names, right after internship_id.
    QCOMPARE(d.internships.columns[1].spec.name, std::string("company_id"));
    const Column &name = d.internships.at("company");
    const Column &id = d.internships.at("company_id");
    for (std::size_t r2 = 0; r2 < d.internships.rowCount(); ++r2) {
        const auto row = std::size_t(id.ints[r2] - 1);
        QCOMPARE(std::string(d.companies.at("company_name").category(row)),
                 std::string(name.category(r2)));
    }
    // Empty rejection reasons are nulls; dates with and without a time; True/False and 0/1.
    const Column &reason = d.outcomes.at("rejection_reason");
    const Column &status = d.outcomes.at("application_status");
    for (std::size_t r2 = 0; r2 < d.outcomes.rowCount(); ++r2)
        QCOMPARE(reason.isNull(r2), status.category(r2) == "selected");
    QCOMPARE(d.internships.at("is_active").spec.type, ColumnType::Bool);
    QCOMPARE(d.internships.at("stipend").spec.type,
             ColumnType::Int64); // "33800.0" is a whole number
    const Column &created = d.students.at("created_at");
    QCOMPARE(std::count(created.nulls.begin(), created.nulls.end(), 1), 0);
    QCOMPARE(created.text(2),
             std::string(parse(readText(PMIS_TEST_DATA "/legacy/enhanced_students.csv"))[3][17])
                     + "T00:00:00");
}

void TestImport::legacyDefectsFound()
{
    auto r = importDataset(PMIS_TEST_DATA "/legacy");
    QVERIFY(r.isOk());
    quality::QualityOptions options;
    options.claimsComplete = r->claimsComplete;
    auto report = quality::computeQuality(r->data, r->targets(), {}, options);
    QVERIFY(report.isOk());
    const auto expectFail = [&](const char *id, const char *words) {
        const quality::Check *c = report->find(id);
        QVERIFY2(c, id);
        QVERIFY2(c->status == quality::CheckStatus::Fail,
                 qPrintable(QString::fromStdString(c->id + ": " + c->reason)));
        QVERIFY2(QString::fromStdString(c->reason).contains(QString::fromUtf8(words)),
                 c->reason.c_str());
    };
    expectFail("integrity.id_prefixes",
               "INT_ (internships.internship_id and interactions.interaction_id)");
    expectFail("completeness.claim", "outcomes.rejection_reason");
    expectFail("pileup.students.cgpa", "exactly at the lowest value 6.00, the declared minimum");
    expectFail("unique.outcomes.student_internship",
               "2 outcomes repeat a (student, internship) pair");
    expectFail("skills.required_unmatched", "'linux'");
    // Picked uniformly at random: nothing to learn.
    QCOMPARE(report->find("shape.interactions_per_internship")->status, quality::CheckStatus::Warn);
    QCOMPARE(report->find("privacy.students.email")->status, quality::CheckStatus::Warn);
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
