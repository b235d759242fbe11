// A students' column the scenario declares "protected" (social_group): a group attribute the
// recommender never reads as a feature, offered by its fairness views beside tier, gender and
// rural/urban, in memory and after export and import (CSV and SQLite), with its role in the data
// dictionary.
#include "core/data/data_dictionary.h"
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/io/sqlite_export.h"
#include "core/rec/evaluation.h"
#include "core/rec/rec_json.h"
#include "core/rec/shortlist.h"
#include "core/scenario/scenario_json.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <algorithm>

using namespace pmis;
using namespace pmis::rec;
using Json = nlohmann::json;

namespace {

// demo-small with social_group (protected) and qualification (a plain feature) on students.
Scenario groupScenario()
{
    Json doc = Json::parse(scenarioToJson(*loadPreset("demo-small")));
    const auto categorical = [](Json shares) {
        return Json{{"categorical", {{"shares", std::move(shares)}}}};
    };
    doc["columns"] = Json::array(
            {{{"table", "students"},
              {"name", "social_group"},
              {"role", "protected"},
              {"law", categorical({{"OBC", 43}, {"SC", 14}, {"ST", 6}, {"General", 37}})}},
             {{"table", "students"},
              {"name", "qualification"},
              {"law", categorical({{"Graduate", 60}, {"ITI", 40}})}}});
    auto s = scenarioFromJson(doc.dump());
    if (!s.isOk())
        qFatal("%s", s.error().c_str());
    return s.takeValue();
}

const GroupAttribute *declared(const RecData &d, const std::string &column)
{
    for (const GroupAttribute &g : d.declaredGroups)
        if (g.column == column)
            return &g;
    return nullptr;
}

} // namespace

class TestProtectedGroups : public QObject
{
    Q_OBJECT

    Scenario m_scenario;
    Dataset m_data;

private Q_SLOTS:
    void initTestCase();
    void roleInTheDictionary();
    void offeredBesideTheBuiltInGroups();
    void fairShortlistBySocialGroup();
    void evaluationPerSocialGroup();
    void survivesExportAndImport();
};

void TestProtectedGroups::initTestCase()
{
    m_scenario = groupScenario();
    auto d = generateDataset(m_scenario);
    QVERIFY2(d.isOk(), d.isOk() ? "" : d.error().c_str());
    m_data = d.takeValue();
    // Saved and loaded, the role stays.
    const auto again = scenarioFromJson(scenarioToJson(m_scenario));
    QVERIFY(again.isOk());
    QCOMPARE(again->columns[0].role, std::string("protected"));
    QCOMPARE(again->columns[1].role, std::string("feature"));
}

void TestProtectedGroups::roleInTheDictionary()
{
    const Column &group = m_data.students.at("social_group");
    QCOMPARE(group.spec.role, ColumnRole::Protected);
    QCOMPARE(m_data.students.at("qualification").spec.role, ColumnRole::Feature);
    const std::string dictionary = dataDictionaryMarkdown(m_data);
    QVERIFY2(dictionary.find("| `social_group` | category | protected |") != std::string::npos,
             dictionary.c_str());
}

void TestProtectedGroups::offeredBesideTheBuiltInGroups()
{
    const auto built = buildRecData(m_data);
    QVERIFY2(built.isOk(), built.isOk() ? "" : built.error().c_str());
    const RecData &d = *built;
    QCOMPARE(d.declaredGroups.size(), std::size_t(1)); // qualification is a feature, not a group
    const GroupAttribute *g = declared(d, "social_group");
    QVERIFY(g);
    QCOMPARE(g->labels, (std::vector<std::string>{"General", "OBC", "SC", "ST"}));
    const Column &column = m_data.students.at("social_group");
    for (std::size_t s = 0; s < d.students; ++s)
        QCOMPARE(g->labels[std::size_t(g->codes[s])], column.text(s));
    QCOMPARE(d.groupAttributes().size(), std::size_t(4));
    QCOMPARE(d.groupAttributes().back(), g);

    const auto keys = groupKeys(d);
    QVERIFY(std::find(keys.begin(), keys.end(), "obc") != keys.end());
    const auto sc = resolveGroup(d, "social_group:SC");
    QVERIFY2(sc.isOk(), sc.isOk() ? "" : sc.error().c_str());
    QCOMPARE(sc->attribute, std::string("social_group"));
    QCOMPARE(sc->label, std::string("SC"));
    QVERIFY(!resolveGroup(d, "qualification:ITI").isOk()); // a feature is never a group
}

void TestProtectedGroups::fairShortlistBySocialGroup()
{
    auto data = std::make_shared<const RecData>(buildRecData(m_data).takeValue());
    const Recommender r = Recommender::train(data).takeValue();
    ShortlistOptions o;
    o.k = 20;
    auto groups = parseFairSpec(*data, "social_group:ST=0.4");
    QVERIFY2(groups.isOk(), groups.isOk() ? "" : groups.error().c_str());
    o.groups = *groups;
    const ShortlistResult s = shortlist(r, 0, o);
    QVERIFY(s.usedFair);
    const GroupAttribute *g = declared(*data, "social_group");
    std::size_t members = 0;
    for (std::size_t c = 0; c < s.pool.size(); ++c) {
        const bool st = g->labels[std::size_t(g->codes[std::size_t(s.pool[c].student)])] == "ST";
        QCOMPARE(bool(s.membership[0][c]), st);
        members += st;
    }
    QVERIFY(members >= 8); // enough ST candidates in the pool to meet the table
    QVERIFY(s.afterSatisfies);
    QVERIFY(satisfiesTable(s.membership[0], s.after, s.mTable));
    // ST is 6% of students: re-ranking at 40% must bring more of them into the top 20.
    const auto count = [&](const std::vector<std::size_t> &order) {
        return std::count_if(order.begin(), order.end(),
                             [&](std::size_t c) { return s.membership[0][c] != 0; });
    };
    QVERIFY(count(s.after) > count(s.before));
    const auto exposure = std::find_if(s.exposure.begin(), s.exposure.end(),
                                       [](const auto &e) { return e.attribute == "social_group"; });
    QVERIFY(exposure != s.exposure.end());
    QCOMPARE(exposure->before.size(), std::size_t(4));
    // `pmis-gen shortlist --json` shows each candidate's group beside the built-in ones.
    const Json doc = Json::parse(shortlistJson(r, s, o));
    const Column &column = m_data.students.at("social_group");
    for (const Json &row : doc.at("after")) {
        const std::int32_t student = data->findStudent(row.at("student").get<std::string>());
        QVERIFY(student >= 0);
        QCOMPARE(row.at("social_group").get<std::string>(), column.text(std::size_t(student)));
        QCOMPARE(row.at("groups").at("social_group:ST").get<bool>(),
                 column.text(std::size_t(student)) == "ST");
    }
}

void TestProtectedGroups::evaluationPerSocialGroup()
{
    auto data = std::make_shared<const RecData>(buildRecData(m_data).takeValue());
    EvaluationOptions options;
    options.bootstrap = 50;
    const auto report = evaluate(data, options);
    QVERIFY2(report.isOk(), report.isOk() ? "" : report.error().c_str());
    const MethodReport *hybrid = report->method("hybrid");
    QVERIFY(hybrid);
    std::size_t students = 0;
    for (const GroupMetrics &g : hybrid->groups)
        if (g.attribute == "social_group")
            students += g.students;
    QCOMPARE(students, report->evaluatedStudents); // every evaluated student is in one group
}

void TestProtectedGroups::survivesExportAndImport()
{
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("csv")).toStdString();
    const std::string sqlite = dir.filePath(QStringLiteral("data.sqlite")).toStdString();
    QVERIFY(exportCsvFolder(m_data, m_scenario, folder).isOk());
    QVERIFY(exportSqlite(m_data, &m_scenario, sqlite).isOk());
    for (const std::string &path : {folder, sqlite}) {
        auto imported = importDataset(path);
        QVERIFY2(imported.isOk(), imported.isOk() ? "" : imported.error().c_str());
        QCOMPARE(imported->data.students.at("social_group").spec.role, ColumnRole::Protected);
        const auto d = buildRecData(imported->data);
        QVERIFY(d.isOk());
        QVERIFY2(declared(*d, "social_group"), path.c_str());
        QCOMPARE(d->declaredGroups.size(), std::size_t(1));
    }
}

QTEST_GUILESS_MAIN(TestProtectedGroups)
#include "test_protected_groups.moc"
