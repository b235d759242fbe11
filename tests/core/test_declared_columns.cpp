// Columns declared in the scenario: loaded and saved strictly, generated from their laws (optionally
// per value of another column or of the parent row) without changing a byte of the built-in
// columns, checked by the quality report, exported, imported and filtered like any other column.
#include "tests/core/pmis_gen_runner.h"

#include "core/data/schemas.h"
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/query/filter.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"
#include "core/util/sha256.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <map>

using namespace pmis;
using namespace pmis::quality;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// demo-small with nine declared columns: every law, conditions on the same table and on the parent.
Json declaredDocument(std::int64_t students = 0)
{
    Json doc = Json::parse(scenarioToJson(*loadPreset("demo-small")));
    if (students > 0)
        doc["counts"]["students"] = students;
    Json income = Json::object();
    double mu = 12;
    for (const auto &[tier, weight] : doc["students"]["tiers"]["shares"].items()) {
        income[tier] = {{"log_normal",
                         {{"log_mean", mu},
                          {"log_sd", 0.5},
                          {"min", 50000},
                          {"max", 800000},
                          {"round_to", 1000}}}};
        mu += 0.3;
    }
    Json district = Json::object();
    for (const auto &[city, weight] : doc["students"]["cities"]["shares"].items())
        district[city]
                = {{"categorical", {{"shares", {{city + " North", 2}, {city + " South", 1}}}}}};
    const Json states = {"Uttar Pradesh", "Maharashtra", "Karnataka", "Tamil Nadu"};
    Json internshipState = Json::object();
    for (const auto &s : states)
        internshipState[s.get<std::string>()]
                = {{"categorical", {{"shares", {{s.get<std::string>(), 1}}}}}};
    doc["columns"] = Json::array({
            {{"table", "students"},
             {"name", "age"},
             {"unit", "years"},
             {"law", {{"integers", {{"min", 21}, {"max", 24}}}}}},
            {{"table", "students"},
             {"name", "qualification"},
             {"law",
              {{"categorical",
                {{"mode", "exact"},
                 {"shares",
                  {{"10th", 5}, {"12th", 20}, {"ITI", 15}, {"Diploma", 20}, {"Graduate", 40}}}}}}}},
            {{"table", "students"},
             {"name", "family_income"},
             {"unit", "INR per year"},
             {"given", "college_tier"},
             {"laws", income}},
            {{"table", "students"},
             {"name", "district"},
             {"given", "location"},
             {"laws", district}},
            {{"table", "companies"},
             {"name", "state"},
             {"law", {{"zipf", {{"labels", states}, {"exponent", 1.0}}}}}},
            {{"table", "internships"},
             {"name", "state"},
             {"given", "companies.state"},
             {"laws", internshipState}},
            {{"table", "internships"},
             {"name", "mentor_hours"},
             {"law", {{"poisson", {{"mean", 6}}}}}},
            {{"table", "internships"},
             {"name", "rating"},
             {"law",
              {{"normal",
                {{"mean", 3.5}, {"sd", 0.8}, {"min", 1}, {"max", 5}, {"round_to", 0.1}}}}}},
            {{"table", "companies"},
             {"name", "csr_budget"},
             {"role", "ground_truth"},
             {"law", {{"uniform", {{"min", 1}, {"max", 50}, {"round_to", 0.5}}}}}},
            // The funnel after an offer: empty for rejected applications, acceptance by distance.
            {{"table", "outcomes"},
             {"name", "placement_distance"},
             {"given", "application_status"},
             {"laws",
              {{"selected",
                {{"categorical",
                  {{"shares",
                    {{"same district", 40},
                     {"neighbouring district", 25},
                     {"same state", 20},
                     {"elsewhere", 15}}}}}}},
               {"rejected", nullptr}}}},
            {{"table", "outcomes"},
             {"name", "offer_response"},
             {"given", "placement_distance"},
             {"laws",
              {{"same district",
                {{"categorical", {{"shares", {{"accepted", 6}, {"declined", 4}}}}}}},
               {"neighbouring district",
                {{"categorical", {{"shares", {{"accepted", 4}, {"declined", 6}}}}}}},
               {"same state", {{"categorical", {{"shares", {{"accepted", 2}, {"declined", 8}}}}}}},
               {"elsewhere",
                {{"categorical", {{"shares", {{"accepted", 1}, {"declined", 9}}}}}}}}}},
            {{"table", "outcomes"},
             {"name", "joined"},
             {"given", "offer_response"},
             {"laws",
              {{"accepted", {{"categorical", {{"shares", {{"yes", 31}, {"no", 69}}}}}}},
               {"declined", nullptr}}}},
            {{"table", "outcomes"},
             {"name", "days_to_reply"},
             {"unit", "days"},
             {"given", "students.rural_urban"},
             {"laws",
              {{"rural", {{"poisson", {{"mean", 9}}}}}, {"urban", {{"poisson", {{"mean", 5}}}}}}}},
    });
    return doc;
}

Scenario declaredScenario(std::int64_t students = 0)
{
    auto s = scenarioFromJson(declaredDocument(students).dump());
    if (!s.isOk())
        qFatal("%s", s.error().c_str());
    return s.takeValue();
}

Dataset generate(const Scenario &s, int threads)
{
    auto d = generateDataset(s, {threads, {}});
    if (!d.isOk())
        qFatal("%s", d.error().c_str());
    return d.takeValue();
}

bool sameColumn(const Column &a, const Column &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t r = 0; r < a.size(); ++r)
        if (a.text(r) != b.text(r))
            return false;
    return true;
}

const Check *findCheck(const QualityReport &report, const std::string &id)
{
    for (const Check &c : report.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestDeclaredColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedAndLoadedUnchanged();
    void refused_data();
    void refused();
    void builtinListMatchesSchemas();
    void builtinColumnsUnchanged();
    void presetOutputsUnchanged_data();
    void presetOutputsUnchanged();
    void lawsHold();
    void anyThreadCount();
    void qualityFindsBrokenColumns();
    void exportImportAndFilter();
    void outcomeColumnsFollowTheFunnel();
};

void TestDeclaredColumns::savedAndLoadedUnchanged()
{
    const Scenario s = declaredScenario();
    QCOMPARE(s.columns.size(), std::size_t(13));
    const std::string saved = scenarioToJson(s);
    auto again = scenarioFromJson(saved);
    QVERIFY2(again.isOk(), again.error().c_str());
    QCOMPARE(scenarioToJson(*again), saved);
    QCOMPARE(again->columns[2].laws.size(), s.student.tiers.shares.size());
    QCOMPARE(again->columns[8].role, std::string("ground_truth"));
    // An outcome column is post-outcome without saying so; a value left empty stays null.
    QCOMPARE(again->columns[9].role, std::string("post_outcome"));
    QCOMPARE(again->columns[9].emptyFor, std::vector<std::string>{"rejected"});
    QVERIFY(saved.find("\"rejected\": null") != std::string::npos);
    // A scenario without declarations saves without the key, so its hash is what it always was.
    QVERIFY(scenarioToJson(*loadPreset("pmis-2025")).find("\"columns\"") == std::string::npos);
}

void TestDeclaredColumns::refused_data()
{
    QTest::addColumn<QString>("change"); // JSON merged into the first declaration, or a whole list
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *change, const char *path, const char *msg) {
        QTest::newRow(name) << QString::fromUtf8(change) << QString::fromUtf8(path)
                            << QString::fromUtf8(msg);
    };
    row("unknown table", R"({"table": "interactions"})", "$.columns[0].table", "unknown table");
    row("outcome as a feature", R"({"table": "outcomes", "role": "feature"})", "$.columns[0].role",
        "known only after the outcome");
    row("every value empty", R"({"given": "rural_urban", "laws": {"rural": null, "urban": null}})",
        "$.columns[0].laws", "leaves the column empty");
    row("bad name", R"({"name": "Age group"})", "$.columns[0].name", "is not a column name");
    row("built-in name", R"({"name": "cgpa"})", "$.columns[0].name", "already has a column");
    row("unknown role", R"({"role": "label"})", "$.columns[0].role", "unknown role");
    row("protected outside students",
        R"({"table": "internships", "role": "protected",
            "law": {"categorical": {"shares": {"a": 1}}}})",
        "$.columns[0].role", "a protected column is a group of students");
    row("protected numbers", R"({"role": "protected"})", "$.columns[0].role",
        "a protected column holds groups; expected a categorical law");
    row("two laws", R"({"law": {"integers": {"min": 1, "max": 2}, "poisson": {"mean": 1}}})",
        "$.columns[0].law", "expected exactly one");
    row("no law", R"({"law": {}})", "$.columns[0].law", "no law");
    row("unknown key", R"({"colour": "red"})", "$.columns[0].colour", "unknown key");
    row("given not categorical", R"({"given": "cgpa", "laws": {}})", "$.columns[0].given",
        "is not a categorical column");
    row("parent of a student", R"({"given": "companies.state", "laws": {}})", "$.columns[0].given",
        "is not a parent column");
    row("law missing for a value",
        R"({"given": "gender", "laws": {"Male": {"poisson": {"mean": 1}}}})",
        "$.columns[0].laws.Female", "missing law");
    row("step wider than range", R"({"law": {"uniform": {"min": 0, "max": 1, "round_to": 2}}})",
        "$.columns[0].law.uniform.round_to", "wider than");
    row("log-normal at zero",
        R"({"law": {"log_normal": {"log_mean": 0, "log_sd": 1, "min": 0, "max": 9}}})",
        "$.columns[0].law.log_normal.min", "lower bound > 0");
    row("poisson too large", R"({"law": {"poisson": {"mean": 501}}})",
        "$.columns[0].law.poisson.mean", "(0, 500]");
    row("duplicate", R"([{"table": "students", "name": "x", "law": {"poisson": {"mean": 1}}},
                         {"table": "students", "name": "x", "law": {"poisson": {"mean": 1}}}])",
        "$.columns[1].name", "twice");
    row("mixed kinds", R"({"given": "rural_urban", "laws": {"rural": {"poisson": {"mean": 1}},
                          "urban": {"uniform": {"min": 0, "max": 1}}}})",
        "$.columns[0].laws.urban", "another kind of value");
    row("condition on a later column",
        R"([{"table": "students", "name": "a", "given": "b", "laws": {}},
            {"table": "students", "name": "b", "law": {"categorical": {"shares": {"x": 1}}}}])",
        "$.columns[0].given", "declared before this one");
}

void TestDeclaredColumns::refused()
{
    QFETCH(QString, change);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Json doc = declaredDocument();
    const Json patch = Json::parse(change.toStdString());
    if (patch.is_array()) {
        doc["columns"] = patch;
    } else {
        Json first = {{"table", "students"},
                      {"name", "age"},
                      {"law", {{"integers", {{"min", 21}, {"max", 24}}}}}};
        for (const auto &[key, value] : patch.items())
            first[key] = value;
        if (first.contains("given"))
            first.erase("law");
        doc["columns"] = Json::array({first});
    }
    const auto r = scenarioFromJson(doc.dump());
    QVERIFY(!r.isOk());
    const QString error = QString::fromStdString(r.error());
    QVERIFY2(error.startsWith(path + QStringLiteral(":")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDeclaredColumns::builtinListMatchesSchemas()
{
    const Dataset empty = emptyDataset(*loadPreset("pmis-2025"));
    for (const Table *t :
         {&empty.students, &empty.internships, &empty.companies, &empty.outcomes}) {
        std::vector<std::string> names;
        for (const Column &c : t->columns)
            names.push_back(c.spec.name);
        QCOMPARE(builtinColumns(t->name), names);
    }
    QVERIFY(builtinColumns("interactions").empty());
}

void TestDeclaredColumns::builtinColumnsUnchanged()
{
    const Scenario declared = declaredScenario();
    const Dataset plain = generate(*loadPreset("demo-small"), 2);
    const Dataset with = generate(declared, 2);
    for (const char *name : {"companies", "students", "internships", "interactions", "outcomes"}) {
        const Table &a = *plain.find(name);
        const Table &b = *with.find(name);
        for (const Column &c : a.columns) {
            const Column *d = b.find(c.spec.name);
            QVERIFY2(d && sameColumn(c, *d), (std::string(name) + "." + c.spec.name).c_str());
        }
        std::size_t extra = 0;
        for (const ColumnDecl &decl : declared.columns)
            extra += decl.table == name;
        QCOMPARE(b.columns.size(), a.columns.size() + extra);
    }
}

void TestDeclaredColumns::presetOutputsUnchanged_data()
{
    // The SHA-256 of every file `pmis-gen generate --format csv,sqlite` writes for the presets at
    // their own seeds: the bytes users already have must not move when the generator changes.
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sha256");
    const char *const rows[][3] = {
            {"demo-small", "datasets_metadata.json",
             "0c9dc99a77b25b2469ae6c6fd08dc7f22d92d2ce5dacf714d235aa3ccefec9b9"},
            {"demo-small", "enhanced_companies.csv",
             "f51b2487dff78af1cdf309132f8c90e49c0231dbe0a01a934ff56bdbbc5468b0"},
            {"demo-small", "enhanced_interactions.csv",
             "63970a79f2710dd7dd0953542abfbce3cc46a57a507052765e69303e40aaefb2"},
            {"demo-small", "enhanced_internships.csv",
             "005a4e54dac9afd5441cbe8aaa92c34e95bd9d89306a9154d5490bbccc8ecaa2"},
            {"demo-small", "enhanced_outcomes.csv",
             "4cca8739696ed610b3dc38220dae45322493f187400ea2c22b7ed670d4da8012"},
            {"demo-small", "enhanced_students.csv",
             "ffe6069d23d0e6d8bb15b3332de76c6802a7d3a8f47e81b9bc2cd5badaddbad0"},
            {"demo-small", "pmis_dataset.sqlite",
             "398a649368a1f5079c1a34732c9b16e09d726a73be21140b4673ed9b2b91810e"},
            {"pmis-2025", "datasets_metadata.json",
             "bc17b232826eb7743a16c36dd78fa3e2b5b89c535f2c2a9897ea6edb9a2f46b7"},
            {"pmis-2025", "enhanced_companies.csv",
             "f51b2487dff78af1cdf309132f8c90e49c0231dbe0a01a934ff56bdbbc5468b0"},
            {"pmis-2025", "enhanced_interactions.csv",
             "bbc8e47fe26fdf4a26cbf5dfb90d8df6fb970f79990f904501a8075ae0925cd3"},
            {"pmis-2025", "enhanced_internships.csv",
             "5ca64c7e37e700d447d5193b80b5a3ee2faebf5f49c8029d945f709b5d1fd4aa"},
            {"pmis-2025", "enhanced_outcomes.csv",
             "849c7064a411f18b3538114983a3357a145711b2ee8d96735192b8112e12865d"},
            {"pmis-2025", "enhanced_students.csv",
             "c68291f22f7ab76c5d2d303ba50fcbbac3c7bec5aa85124e02e9ae3c62119173"},
            {"pmis-2025", "pmis_dataset.sqlite",
             "e08b370e864c27e898b35ca6280ce986939587780f38795961c4cf3d74b25c24"},
    };
    for (const auto &r : rows)
        QTest::addRow("%s %s", r[0], r[1]) << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1])
                                           << QString::fromLatin1(r[2]);
}

void TestDeclaredColumns::presetOutputsUnchanged()
{
    QFETCH(QString, preset);
    QFETCH(QString, file);
    QFETCH(QString, sha256);
    static QTemporaryDir dir;
    static std::map<QString, bool> generated;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(preset);
    if (!generated[preset]) {
        const auto run
                = test::pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"), preset,
                                 QStringLiteral("--format"), QStringLiteral("csv,sqlite"),
                                 QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        generated[preset] = true;
    }
    const auto bytes = readWholeFile((out + QLatin1Char('/') + file).toStdString());
    QVERIFY(bytes.isOk());
    QCOMPARE(QString::fromStdString(Sha256::hex(*bytes)), sha256);
}

void TestDeclaredColumns::lawsHold()
{
    const Scenario s = declaredScenario(20000);
    const Dataset d = generate(s, 2);
    // Exact shares: largest-remainder counts of 20,000 rows.
    const Column &q = d.students.at("qualification");
    std::map<std::string, int> counts;
    for (std::size_t r = 0; r < q.size(); ++r)
        ++counts[q.text(r)];
    QCOMPARE(counts["10th"], 1000);
    QCOMPARE(counts["Graduate"], 8000);
    // Whole numbers inside their range, every value present.
    const Column &age = d.students.at("age");
    std::map<std::int64_t, int> ages;
    for (std::int64_t v : age.ints)
        ++ages[v];
    QCOMPARE(ages.size(), std::size_t(4));
    QCOMPARE(ages.begin()->first, std::int64_t(21));
    // The parent's value decides: every internship's state is its company's.
    const Column &state = d.internships.at("state");
    const Column &company = d.internships.at("company_id");
    const Column &companyState = d.companies.at("state");
    for (std::size_t r = 0; r < state.size(); ++r)
        QCOMPARE(state.text(r), companyState.text(std::size_t(company.ints[r] - 1)));
    // Rounded to the step, inside the range.
    for (double v : d.internships.at("rating").reals) {
        QVERIFY(v >= 1 && v <= 5);
        QVERIFY(std::abs(v * 10 - std::round(v * 10)) < 1e-6);
    }
    // Every declared check passes at this size (a warning is a 1-in-100 chance per check).
    auto report = computeQuality(d, &s, {}, {});
    QVERIFY(report.isOk());
    int declaredChecks = 0;
    for (const Check &c : report->checks) {
        bool declared = false;
        for (const ColumnDecl &decl : s.columns)
            declared = declared
                       || c.id.rfind("distribution." + decl.table + "." + decl.name, 0) == 0;
        if (!declared)
            continue;
        ++declaredChecks;
        QVERIFY2(c.status != CheckStatus::Fail, (c.id + ": " + c.reason).c_str());
    }
    // qualification, age, 3 tiers of income, 24 cities of district, state (companies), 4 states of
    // internships, mentor_hours, rating, csr_budget; placement_distance of the selected, offer
    // response per distance (4), joined of the accepted, days_to_reply per rural/urban (2).
    QCOMPARE(declaredChecks, 1 + 1 + int(s.student.tiers.shares.size())
                                     + int(s.student.cities.shares.size()) + 1 + 4 + 1 + 1 + 1 + 1
                                     + 4 + 1 + 2);
}

void TestDeclaredColumns::anyThreadCount()
{
    const Scenario s = declaredScenario(3000);
    const Dataset one = generate(s, 1);
    const Dataset four = generate(s, 4);
    for (const ColumnDecl &decl : s.columns)
        QVERIFY2(sameColumn(one.find(decl.table)->at(decl.name),
                            four.find(decl.table)->at(decl.name)),
                 decl.name.c_str());
}

void TestDeclaredColumns::qualityFindsBrokenColumns()
{
    const Scenario s = declaredScenario(5000);
    Dataset d = generate(s, 2);
    for (std::int64_t &v : d.students.at("age").ints)
        v = 21;
    for (double &v : d.internships.at("rating").reals)
        v = 5;
    auto report = computeQuality(d, &s, {}, {});
    QVERIFY(report.isOk());
    for (const char *id : {"distribution.students.age", "distribution.internships.rating"}) {
        const Check *c = findCheck(*report, id);
        QVERIFY2(c, id);
        QCOMPARE(c->status, CheckStatus::Fail);
    }
    QCOMPARE(findCheck(*report, "distribution.students.qualification")->status, CheckStatus::Pass);
}

void TestDeclaredColumns::exportImportAndFilter()
{
    const Scenario s = declaredScenario();
    const Dataset d = generate(s, 2);
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("csv")).toStdString();
    const std::string sqlite = dir.filePath(QStringLiteral("data.sqlite")).toStdString();
    QVERIFY(exportCsvFolder(d, s, folder).isOk());
    QVERIFY(exportSqlite(d, &s, sqlite).isOk());
    for (const std::string &path : {folder, sqlite}) {
        auto imported = importDataset(path);
        QVERIFY2(imported.isOk(), imported.isOk() ? "" : imported.error().c_str());
        QVERIFY(imported->scenario.has_value());
        QCOMPARE(imported->scenario->columns.size(), s.columns.size());
        for (const ColumnDecl &decl : s.columns) {
            if (decl.role == "ground_truth")
                continue; // exported only when asked for
            const Column *c = imported->data.find(decl.table)->find(decl.name);
            QVERIFY2(c, decl.name.c_str());
            QVERIFY2(sameColumn(d.find(decl.table)->at(decl.name), *c), decl.name.c_str());
        }
        auto report = computeQuality(imported->data, &*imported->scenario, {}, {});
        QVERIFY(report.isOk());
        QVERIFY(findCheck(*report, "distribution.internships.mentor_hours"));
    }
    // csr_budget is ground truth: exports leave it out unless asked.
    const auto companies = readWholeFile(folder + "/enhanced_companies.csv");
    QVERIFY(companies && companies->find("csr_budget") == std::string::npos);

    auto filter = query::compileFilter(d.students, "age >= 23 and qualification = \"ITI\"");
    QVERIFY2(filter.isOk(), filter.isOk() ? "" : filter.error().c_str());
    std::size_t expected = 0, matched = 0;
    for (std::size_t r = 0; r < d.students.rowCount(); ++r) {
        expected += d.students.at("age").ints[r] >= 23
                    && d.students.at("qualification").text(r) == "ITI";
        matched += filter->matches(d.students, r);
    }
    QVERIFY(expected > 0);
    QCOMPARE(matched, expected);
}

void TestDeclaredColumns::outcomeColumnsFollowTheFunnel()
{
    Json doc = declaredDocument(2000);
    doc["counts"]["interactions"] = 8000;
    auto loaded = scenarioFromJson(doc.dump());
    QVERIFY2(loaded.isOk(), loaded.isOk() ? "" : loaded.error().c_str());
    const Scenario &s = *loaded;
    // Empty where a value has no law, and where the condition is itself empty.
    const Dataset schema = emptyDataset(s);
    for (const char *name : {"placement_distance", "offer_response", "joined"})
        QVERIFY2(schema.outcomes.find(name)->spec.nullable, name);
    QVERIFY(!schema.outcomes.find("days_to_reply")->spec.nullable);
    QCOMPARE(schema.outcomes.find("joined")->spec.role, ColumnRole::PostOutcome);

    Dataset d = generate(s, 2);
    const Table &t = d.outcomes;
    const Column &status = t.at("application_status");
    const Column &distance = t.at("placement_distance");
    const Column &response = t.at("offer_response");
    const Column &joined = t.at("joined");
    std::size_t selected = 0, accepted = 0, joinedRows = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const bool offer = status.text(r) == "selected";
        selected += offer;
        QCOMPARE(distance.isNull(r), !offer);
        QCOMPARE(response.isNull(r), !offer);
        const bool yes = offer && response.text(r) == "accepted";
        accepted += yes;
        QCOMPARE(joined.isNull(r), !yes);
        joinedRows += yes && joined.text(r) == "yes";
        QVERIFY(!t.at("days_to_reply").isNull(r));
    }
    QVERIFY(selected > 20);
    QVERIFY(accepted > 0 && accepted < selected);
    QVERIFY(joinedRows <= accepted);

    auto report = computeQuality(d, &s, {}, {});
    QVERIFY(report.isOk());
    for (const char *id :
         {"consistency.outcomes.placement_distance.empty",
          "consistency.outcomes.offer_response.empty", "consistency.outcomes.joined.empty",
          "consistency.outcomes.days_to_reply.empty"}) {
        const Check *c = findCheck(*report, id);
        QVERIFY2(c, id);
        QVERIFY2(c->status == CheckStatus::Pass, (c->id + ": " + c->reason).c_str());
    }
    QVERIFY(findCheck(*report, "distribution.outcomes.offer_response[elsewhere]"));

    // A joined value on a declined offer breaks the rule, and the check names the row.
    Column &j = d.outcomes.at("joined");
    std::size_t declined = t.rowCount();
    for (std::size_t r = 0; r < t.rowCount() && declined == t.rowCount(); ++r)
        if (response.text(r) == "declined")
            declined = r;
    QVERIFY(declined < t.rowCount());
    j.nulls[declined] = 0;
    report = computeQuality(d, &s, {}, {});
    QVERIFY(report.isOk());
    const Check *broken = findCheck(*report, "consistency.outcomes.joined.empty");
    QCOMPARE(broken->status, CheckStatus::Fail);
    QCOMPARE(broken->measured, 1.0);
    QVERIFY2(broken->reason.find(t.columns.front().text(declined)) != std::string::npos,
             broken->reason.c_str());
}

QTEST_GUILESS_MAIN(TestDeclaredColumns)
#include "test_declared_columns.moc"
