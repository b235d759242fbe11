// The scenario loader: valid presets, round trips, and invalid documents with their messages.
#include "core/scenario/scenario_json.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using Json = nlohmann::ordered_json;
using namespace pmis;

namespace {

Json presetJson()
{
    auto s = loadPreset("pmis-2025");
    return Json::parse(scenarioToJson(*s));
}

// Applies "set <pointer> <json>" or "remove <pointer>" edits to the pmis-2025 document.
std::string mutate(const QString &edits)
{
    Json j = presetJson();
    for (const QString &edit : edits.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString e = edit.trimmed();
        const QString op = e.section(QLatin1Char(' '), 0, 0);
        const auto pointer = Json::json_pointer(e.section(QLatin1Char(' '), 1, 1).toStdString());
        if (op == QLatin1String("remove")) {
            j[pointer.parent_pointer()].erase(pointer.back());
        } else {
            j[pointer] = Json::parse(e.section(QLatin1Char(' '), 2).toStdString());
        }
    }
    return j.dump();
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsLoad_data();
    void presetsLoad();
    void roundTrip();
    void unknownPreset();
    void invalid_data();
    void invalid();
    void invalidText_data();
    void invalidText();
    void validateTypedScenario();
    void fileErrorsNamePath();
};

void TestScenario::presetsLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("students");
    QTest::addColumn<double>("rate");
    QTest::newRow("pmis-2025") << "pmis-2025" << qint64(5000) << 0.0021;
    QTest::newRow("demo-small") << "demo-small" << qint64(500) << 0.05;
}

void TestScenario::presetsLoad()
{
    QFETCH(QString, name);
    QFETCH(qint64, students);
    QFETCH(double, rate);
    auto s = loadPreset(name.toStdString());
    QVERIFY2(s.isOk(), s.error().c_str());
    QCOMPARE(s->students, students);
    QCOMPARE(s->outcome.successRate, rate);
    QCOMPARE(s->companyCount(), std::size_t(72));
    QCOMPARE(s->student.cities.shares.size(), std::size_t(24));
    QCOMPARE(s->student.tiers.mode, ShareMode::Exact);
}

void TestScenario::roundTrip()
{
    auto s = loadPreset("pmis-2025");
    const std::string once = scenarioToJson(*s);
    auto again = scenarioFromJson(once);
    QVERIFY2(again.isOk(), again.error().c_str());
    QCOMPARE(scenarioToJson(*again), once);
    QCOMPARE(scenarioHash(*again), scenarioHash(*s));
    again->seed = 43;
    QVERIFY(scenarioHash(*again) != scenarioHash(*s));
}

void TestScenario::unknownPreset()
{
    auto s = loadPreset("nope");
    QVERIFY(!s.isOk());
    QCOMPARE(QString::fromStdString(s.error()),
             QStringLiteral("unknown preset \"nope\"; expected one of pmis-2025, demo-small, "
                            "pmis-pilot-r1, pmis-pilot-r2"));
}

void TestScenario::invalid_data()
{
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("message"); // expected start of the one-line error

    QTest::newRow("unknown root key")
            << "set /colour \"red\""
            << "$.colour: unknown key; expected one of schema_version, name";
    QTest::newRow("unknown nested key")
            << "set /students/tiers/weights 3"
            << "$.students.tiers.weights: unknown key; expected one of mode, shares";
    QTest::newRow("count wrong type") << "set /counts/students \"many\""
                                      << "$.counts.students: expected a whole number, got a string";
    QTest::newRow("count zero") << "set /counts/students 0"
                                << "$.counts.students: expected a whole number > 0, got 0";
    QTest::newRow("count negative") << "set /counts/interactions -5"
                                    << "$.counts.interactions: expected a whole number > 0, got -5";
    QTest::newRow("count fractional")
            << "set /counts/internships 10.5"
            << "$.counts.internships: expected a whole number, got a number";
    QTest::newRow("negative weight")
            << "set /students/gender/shares/Male -1"
            << "$.students.gender.shares.Male: negative weight -1; expected a number >= 0";
    QTest::newRow("all zero weights")
            << "set /students/rural_urban/shares/rural 0; set /students/rural_urban/shares/urban 0"
            << "$.students.rural_urban.shares: all weights are zero; expected at least one weight > 0";
    QTest::newRow("weight not a number")
            << "set /interactions/device/shares/mobile \"lots\""
            << "$.interactions.device.shares.mobile: expected a number, got a string";
    QTest::newRow("empty shares")
            << "set /students/gender/shares {}"
            << "$.students.gender.shares: no shares; expected an object of label: weight";
    QTest::newRow("empty pool")
            << "set /students/universities/Tier-1 []"
            << "$.students.universities[\"Tier-1\"]: empty list; expected at least one string";
    QTest::newRow("empty skill category")
            << "set /skills/security []"
            << "$.skills.security: empty list; expected at least one string";
    QTest::newRow("min above max")
            << "set /students/skills_per_student {\"min\": 5, \"max\": 3}"
            << "$.students.skills_per_student: min 5 > max 3; expected min <= max";
    QTest::newRow("normal min above max")
            << "set /students/cgpa/Tier-2/min 9.5; set /students/cgpa/Tier-2/max 7"
            << "$.students.cgpa[\"Tier-2\"]: min >= max; expected min < max";
    QTest::newRow("sd zero")
            << "set /students/cgpa/Tier-1/sd 0"
            << "$.students.cgpa[\"Tier-1\"].sd: expected a standard deviation > 0, got 0";
    QTest::newRow("success rate zero")
            << "set /outcomes/success_rate 0"
            << "$.outcomes.success_rate: expected a number in (0, 1), got 0";
    QTest::newRow("success rate above one")
            << "set /outcomes/success_rate 1.5"
            << "$.outcomes.success_rate: expected a number in (0, 1), got 1.5";
    QTest::newRow("active share")
            << "set /internships/active_share 1.2"
            << "$.internships.active_share: expected a number in [0, 1], got 1.2";
    QTest::newRow("unholdable domain skill")
            << "set /skills/robotics [\"ros\"]; set /internships/domain_skills/DevOps [\"ros\", \"docker\", \"aws\"]"
            << "$.internships.domain_skills.DevOps[0]: skill \"ros\" (category \"robotics\") is in no stream's pool, "
               "so no student can hold it";
    QTest::newRow("unknown domain skill")
            << "set /internships/domain_skills/Finance [\"blockchain\", \"finance\", \"trading\"]"
            << "$.internships.domain_skills.Finance[0]: skill \"blockchain\" is not in $.skills";
    QTest::newRow("unknown mode")
            << "set /students/tiers/mode \"approx\""
            << "$.students.tiers.mode: unknown mode \"approx\"; expected \"sampled\" or \"exact\"";
    QTest::newRow("schema version") << "set /schema_version 2"
                                    << "$.schema_version: unsupported schema version 2; expected 1";
    QTest::newRow("missing key") << "remove /outcomes/signal_strength"
                                 << "$.outcomes.signal_strength: missing required key";
    QTest::newRow("bad date")
            << "set /reference_date \"2025-13-01\""
            << "$.reference_date: \"2025-13-01\" is not a date; expected YYYY-MM-DD";
    QTest::newRow("tier without universities")
            << "set /students/tiers/shares/Tier-4 0.1"
            << "$.students.universities[\"Tier-4\"]: missing entry for \"Tier-4\"";
    QTest::newRow("unknown skill category")
            << "set /students/stream_skill_categories/Finance [\"finance\", \"astrology\"]"
            << "$.students.stream_skill_categories.Finance[1]: unknown skill category \"astrology\"";
    QTest::newRow("skill in two categories")
            << "set /skills/cloud [\"devops\", \"docker\", \"kubernetes\", \"aws\", \"azure\", \"gcp\", \"python\"]"
            << "$.skills.cloud[6]: skill \"python\" appears in two categories";
    QTest::newRow("negative seed") << "set /seed -1"
                                   << "$.seed: expected a whole number >= 0, got -1";
    QTest::newRow("interaction types")
            << "remove /interactions/types/shares/reject; set /interactions/types/shares/bounce 0.05"
            << "$.interactions.types.shares: missing \"reject\"";
    QTest::newRow("company twice")
            << "set /companies/startup/names/0 \"Google\""
            << "$.companies.startup.names[0]: company \"Google\" is listed twice";
    QTest::newRow("positions min zero")
            << "set /internships/positions/mid/min 0"
            << "$.internships.positions.mid.min: expected a whole number >= 1, got 0";
    QTest::newRow("bias for unknown tier")
            << "set /outcomes/bias/tier/Tier-9 0.5"
            << "$.outcomes.bias.tier[\"Tier-9\"]: \"Tier-9\" is not a tier";
    QTest::newRow("graduation label")
            << "set /students/graduation_year/shares/soon 0.1"
            << "$.students.graduation_year.shares.soon: expected a whole-number label in [1950, 2100]";
    QTest::newRow("rounding step")
            << "set /internships/stipend/round_to 0"
            << "$.internships.stipend.round_to: expected a rounding step > 0";
    QTest::newRow("too many interactions")
            << "set /counts/students 2; set /counts/internships 2; set /counts/interactions 5"
            << "$.counts.interactions: more interactions than student-internship pairs";
    QTest::newRow("pool smaller than skills per student")
            << "set /students/skills_per_student/max 9"
            << "$.students.stream_skill_categories.Finance: pool of 8 skills is smaller";
    QTest::newRow("positions of 2^62")
            << "set /internships/positions/mid/max 4611686018427387904"
            << "$.internships.positions.mid: max 4611686018427387904 is too large; "
               "expected at most 100000 positions per internship";
    QTest::newRow("time spent beyond a day")
            << "set /interactions/time_spent/view/max 9000000000000000000"
            << "$.interactions.time_spent.view: max 9000000000000000000 is too large";
    QTest::newRow("page views") << "set /interactions/page_views/apply/max 1000000000"
                                << "$.interactions.page_views.apply: max 1000000000 is too large";
    QTest::newRow("reference date year 1")
            << "set /reference_date \"0001-01-01\""
            << "$.reference_date: \"0001-01-01\" is out of range; expected a date from "
               "1900-01-01 to 2899-12-31";
    QTest::newRow("reference date year 9999") << "set /reference_date \"9999-12-31\""
                                              << "$.reference_date: \"9999-12-31\" is out of range";
    QTest::newRow("deadline beyond a century")
            << "set /internships/deadline_within_days 9223372036854775807"
            << "$.internships.deadline_within_days: expected 1 to 36500 days";
    QTest::newRow("rural labels")
            << "set /students/rural_urban/shares/suburban 0.1"
            << "$.students.rural_urban.shares: expected exactly the labels \"rural\" and \"urban\"";
}

void TestScenario::invalid()
{
    QFETCH(QString, edits);
    QFETCH(QString, message);
    auto s = scenarioFromJson(mutate(edits));
    QVERIFY2(!s.isOk(), "the document should have been refused");
    const QString got = QString::fromStdString(s.error());
    QVERIFY2(got.startsWith(message), qPrintable(QStringLiteral("got: ") + got));
    QVERIFY2(!got.contains(QLatin1Char('\n')), "one line");
}

void TestScenario::invalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "{"
                               << "$: invalid JSON (parse error";
    QTest::newRow("array") << "[]"
                           << "$: expected an object, got an array";
    QTest::newRow("empty") << ""
                           << "$: invalid JSON";
}

void TestScenario::invalidText()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto s = scenarioFromJson(text.toStdString());
    QVERIFY(!s.isOk());
    QVERIFY2(QString::fromStdString(s.error()).startsWith(message), s.error().c_str());
}

void TestScenario::validateTypedScenario()
{
    auto s = loadPreset("demo-small");
    QVERIFY(validateScenario(*s).isOk());
    s->outcome.successRate = 0;
    const Status st = validateScenario(*s);
    QVERIFY(!st.isOk());
    QVERIFY(QString::fromStdString(st.message())
                    .startsWith(QStringLiteral("$.outcomes.success_rate")));
}

void TestScenario::fileErrorsNamePath()
{
    auto missing = loadScenarioFile("/nonexistent/x.pmis.json");
    QVERIFY(!missing.isOk());
    QVERIFY(QString::fromStdString(missing.error())
                    .startsWith(QStringLiteral("/nonexistent/x.pmis.json: cannot open")));

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("bad.pmis.json")).toStdString();
    auto s = loadPreset("demo-small");
    s->student.cities.shares.clear();
    s->student.cities.shares.push_back({"Pune", -1});
    QVERIFY(saveScenarioFile(*s, path).isOk());
    auto bad = loadScenarioFile(path);
    QVERIFY(!bad.isOk());
    QCOMPARE(
            QString::fromStdString(bad.error()),
            QString::fromStdString(
                    path
                    + ": $.students.cities.shares.Pune: negative weight -1.0; expected a number >= 0"));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
