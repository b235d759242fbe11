// The quality report: every check passes on the pmis-2025 preset, and each fires on a copy of it
// changed to break that one check.
#include "core/gen/generator.h"
#include "core/io/schema_json.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "core/util/rng.h"

#include <QtTest>

#include <functional>

using namespace pmis;
using namespace pmis::quality;

namespace {

struct Breakage
{
    const char *name;
    const char *check;
    CheckStatus status;
    std::function<void(Dataset &, Scenario &, QualityOptions &)> apply;
};

void dropLastRow(Table &t)
{
    for (Column &c : t.columns) {
        if (c.spec.type == ColumnType::StringList) {
            c.offsets.pop_back();
            c.codes.resize(c.offsets.back());
        } else {
            c.resize(c.size() - 1);
        }
        if (!c.nulls.empty())
            c.nulls.pop_back();
    }
}

std::int64_t rowOfType(const Dataset &d, const char *type, std::size_t skip = 0)
{
    const Column &t = d.interactions.at("interaction_type");
    for (std::size_t r = 0; r < t.size(); ++r)
        if (t.category(r) == type && skip-- == 0)
            return std::int64_t(r);
    return -1;
}

const std::vector<Breakage> &breakages()
{
    static const std::vector<Breakage> all = {
            {"count differs from the scenario", "rows.students", CheckStatus::Fail,
             [](Dataset &, Scenario &s, QualityOptions &) { s.students += 1; }},
            {"an apply without outcome", "rows.outcomes", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) { dropLastRow(d.outcomes); }},
            {"an empty cell in a complete column", "completeness.students.cgpa", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) { d.students.at("cgpa").setNull(17); }},
            {"a false claim of completeness", "completeness.claim", CheckStatus::Fail,
             [](Dataset &, Scenario &, QualityOptions &o) { o.claimsComplete = true; }},
            {"a repeated ID", "unique.students.student_id", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.students.at("student_id").ints[5] = 3;
             }},
            {"a repeated row", "duplicates.companies", CheckStatus::Warn,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 for (Column &c : d.companies.columns)
                     if (c.spec.name != "company_id") {
                         if (c.spec.type == ColumnType::Category)
                             c.codes[1] = c.codes[0];
                         else if (c.spec.type == ColumnType::Text)
                             c.texts[1] = c.texts[0];
                         else if (c.spec.type == ColumnType::Double)
                             c.reals[1] = c.reals[0];
                         else
                             c.ints[1] = c.ints[0];
                     }
             }},
            {"two outcomes for one pair", "unique.outcomes.student_internship", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.outcomes.at("student_id").ints[1] = d.outcomes.at("student_id").ints[0];
                 d.outcomes.at("internship_id").ints[1] = d.outcomes.at("internship_id").ints[0];
             }},
            {"two companies with one name", "unique.companies.company_name", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.companies.at("company_name").codes[4] = d.companies.at("company_name").codes[3];
             }},
            {"a key naming no row", "fk.interactions.internship_id", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.interactions.at("internship_id").ints[9] = 999999;
             }},
            {"keys with another prefix", "fk.internships.company_id", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.internships.at("company_id").spec.idPrefix = "COMP_";
             }},
            {"an outcome of a view", "fk.outcomes.interaction_match", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.outcomes.at("interaction_id").ints[0] = rowOfType(d, "view") + 1;
             }},
            {"outcomes without interaction_id", "fk.outcomes.interaction_id", CheckStatus::Warn,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.outcomes.columns.erase(d.outcomes.columns.begin()
                                          + d.outcomes.indexOf("interaction_id"));
             }},
            {"interactions with the INT_ prefix", "integrity.id_prefixes", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.interactions.at("interaction_id").spec.idPrefix = "INT_";
             }},
            {"a CGPA above the range", "range.students.cgpa", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.students.at("cgpa").reals[3] = 11.5;
             }},
            {"a tier outside the value set", "range.students.college_tier", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.students.at("college_tier");
                 c.codes[0] = c.intern("Tier-4");
             }},
            {"a skill outside the value set", "range.internships.required_skills",
             CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.internships.at("required_skills");
                 c.codes[c.offsets[2]] = c.intern("cobol");
             }},
            {"exact tiers off by two rows", "distribution.students.college_tier", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.students.at("college_tier");
                 const std::int32_t t1 = c.codeOf("Tier-1");
                 for (std::size_t r = 0, moved = 0; moved < 2; ++r)
                     if (c.codes[r] != t1) {
                         c.codes[r] = t1;
                         ++moved;
                     }
             }},
            {"every student male", "distribution.students.gender", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.students.at("gender");
                 std::fill(c.codes.begin(), c.codes.end(), c.codeOf("Male"));
             }},
            {"every device mobile", "distribution.interactions.device_type", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.interactions.at("device_type");
                 std::fill(c.codes.begin(), c.codes.end(), c.codeOf("mobile"));
             }},
            {"views turned into applies", "distribution.interactions.interaction_type",
             CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.interactions.at("interaction_type");
                 const std::int32_t view = c.codeOf("view"), apply = c.codeOf("apply");
                 for (std::size_t r = 0; r < c.size(); r += 10)
                     if (c.codes[r] == view)
                         c.codes[r] = apply;
             }},
            {"Tier-1 CGPA shifted up", "distribution.students.cgpa[Tier-1]", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &tier = d.students.at("college_tier");
                 Column &cgpa = d.students.at("cgpa");
                 for (std::size_t r = 0; r < cgpa.size(); ++r)
                     if (tier.category(r) == "Tier-1")
                         cgpa.reals[r] = std::min(10.0, cgpa.reals[r] + 0.5);
             }},
            {"stipends one and a half times", "distribution.internships.stipend", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 for (auto &v : d.internships.at("stipend").ints)
                     v = v * 3 / 2;
             }},
            {"CGPA clipped at 6.0", "pileup.students.cgpa", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &cgpa = d.students.at("cgpa");
                 for (std::size_t r = 0; r < cgpa.size(); r += 14)
                     cgpa.reals[r] = 6.0;
             }},
            {"internships picked uniformly", "shape.interactions_per_internship", CheckStatus::Warn,
             [](Dataset &d, Scenario &s, QualityOptions &) {
                 const RandomStream pick(1, "test", "uniform");
                 for (std::size_t r = 0; r < d.interactions.rowCount(); ++r)
                     d.interactions.at("internship_id").ints[r]
                             = pick.integer(r, 0, 1, s.internships);
             }},
            {"a required skill no student holds", "skills.required_unmatched", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &c = d.internships.at("required_skills");
                 c.codes[c.offsets[0]] = c.intern("cobol");
             }},
            {"five percent succeed", "outcome.success_rate", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 auto &s = d.outcomes.at("success").ints;
                 for (std::size_t r = 0; r < s.size(); r += 20)
                     s[r] = 1;
             }},
            {"label and status disagree", "outcome.label_consistency", CheckStatus::Fail,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.outcomes.at("success").ints[0] ^= 1;
             }},
            {"an address at a real domain", "privacy.students.email", CheckStatus::Warn,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 d.students.at("email").texts[0] = "someone@gmail.com";
             }},
            {"inactive with a future deadline", "consistency.internships.deadline",
             CheckStatus::Warn,
             [](Dataset &d, Scenario &, QualityOptions &) {
                 Column &active = d.internships.at("is_active");
                 for (auto &v : active.ints)
                     if (v) {
                         v = 0;
                         break;
                     }
             }},
    };
    return all;
}

} // namespace

class TestQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCheckPassesOnThePreset();
    void reportHasEveryKindOfCheck();
    void checkFires_data();
    void checkFires();
    void withoutScenarioNoTargets();
    void nullableColumnsReportedAsSuch();
    void jsonForm();
    void cancel();
    void emptyTables();

private:
    Scenario m_scenario;
    Dataset m_data;
};

void TestQuality::initTestCase()
{
    m_scenario = *loadPreset("pmis-2025");
    auto d = generateDataset(m_scenario, {2, {}});
    QVERIFY2(d.isOk(), d.error().c_str());
    m_data = d.takeValue();
}

void TestQuality::everyCheckPassesOnThePreset()
{
    auto report = computeQuality(m_data, &m_scenario);
    QVERIFY(report.isOk());
    for (const Check &c : report->checks)
        QVERIFY2(c.status == CheckStatus::Pass,
                 qPrintable(QString::fromStdString(c.id + ": " + c.reason)));
    QVERIFY(report->checks.size() > 150);
    QVERIFY(report->comparedWithScenario);
}

void TestQuality::reportHasEveryKindOfCheck()
{
    auto report = computeQuality(m_data, &m_scenario);
    for (const char *id : {"rows.students",
                           "completeness.outcomes.rejection_reason",
                           "unique.interactions.interaction_id",
                           "duplicates.interactions",
                           "unique.outcomes.student_internship",
                           "fk.internships.company_id",
                           "fk.interactions.student_id",
                           "fk.interactions.internship_id",
                           "fk.outcomes.student_id",
                           "fk.outcomes.internship_id",
                           "fk.outcomes.interaction_id",
                           "integrity.id_prefixes",
                           "range.students.cgpa",
                           "range.students.stream",
                           "distribution.students.college_tier",
                           "distribution.interactions.source",
                           "distribution.students.cgpa[Tier-3]",
                           "distribution.internships.stipend",
                           "pileup.students.cgpa",
                           "skills.required_unmatched",
                           "shape.interactions_per_student",
                           "shape.interactions_per_internship",
                           "shape.outcomes_per_student",
                           "shape.outcomes_per_internship",
                           "outcome.success_rate"})
        QVERIFY2(report->find(id), id);
    // Every tuned share is there with its band (success has a check of its own).
    const Check *tiers = report->find("distribution.students.college_tier");
    QCOMPARE(tiers->chart.kind, CheckChart::Kind::Shares);
    QCOMPARE(tiers->chart.labels.size(), std::size_t(3));
    QVERIFY(tiers->low < 1.0 && tiers->low > 0.999); // exact mode: rounding only
    const Check *cgpa = report->find("distribution.students.cgpa[Tier-1]");
    QCOMPARE(cgpa->chart.kind, CheckChart::Kind::Cdf);
    QCOMPARE(cgpa->chart.x.size(), cgpa->chart.bandLow.size());
}

void TestQuality::checkFires_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < breakages().size(); ++i)
        QTest::newRow(breakages()[i].name) << int(i);
}

void TestQuality::checkFires()
{
    QFETCH(int, index);
    const Breakage &b = breakages()[std::size_t(index)];
    Dataset data = m_data;
    Scenario scenario = m_scenario;
    QualityOptions options;
    b.apply(data, scenario, options);
    auto report = computeQuality(data, &scenario, {}, options);
    QVERIFY(report.isOk());
    const Check *c = report->find(b.check);
    QVERIFY2(c, b.check);
    QVERIFY2(c->status == b.status,
             qPrintable(QString::fromStdString(std::string(statusName(c->status)) + ": "
                                               + c->reason)));
    QVERIFY(!c->reason.empty());
    // The same check passes on the untouched data.
    auto clean = computeQuality(m_data, &m_scenario);
    if (const Check *before = clean->find(b.check))
        QCOMPARE(before->status, CheckStatus::Pass);
}

void TestQuality::withoutScenarioNoTargets()
{
    auto report = computeQuality(m_data, nullptr);
    QVERIFY(report.isOk());
    QVERIFY(!report->comparedWithScenario);
    QVERIFY(!report->find("distribution.students.college_tier"));
    QVERIFY(report->find("pileup.students.cgpa"));
    QCOMPARE(report->worst(), CheckStatus::Pass);
    QVERIFY(std::isnan(report->find("rows.students")->expected));
    QCOMPARE(report->find("rows.outcomes")->expected, double(m_data.outcomes.rowCount()));
}

void TestQuality::nullableColumnsReportedAsSuch()
{
    auto report = computeQuality(m_data, &m_scenario);
    const Check *reason = report->find("completeness.outcomes.rejection_reason");
    QVERIFY(reason->measured < 1.0); // selected rows have no reason: not rounded up
    QVERIFY(reason->measured > 0.99);
    QCOMPARE(reason->status, CheckStatus::Pass);
    QVERIFY(std::isnan(reason->expected));
    QVERIFY(QString::fromStdString(reason->reason)
                    .startsWith(QStringLiteral("May be empty by design")));
}

void TestQuality::jsonForm()
{
    auto report = computeQuality(m_data, &m_scenario);
    const std::string json = qualityReportJson(*report);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    QVERIFY(doc.isObject());
    const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("checks")).toInt(), int(report->checks.size()));
    QCOMPARE(summary.value(QStringLiteral("fail")).toInt(), 0);
    const QJsonArray checks = doc.object().value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), qsizetype(report->checks.size()));
    QCOMPARE(checks.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
}

void TestQuality::cancel()
{
    int calls = 0;
    auto report = computeQuality(m_data, &m_scenario,
                                 [&](double, const std::string &) { return ++calls < 3; });
    QVERIFY(report.isCancelled());
}

void TestQuality::emptyTables()
{
    // Schemas without rows, and tables without even columns: nothing to measure, nothing breaks.
    auto empty = computeQuality(emptyDataset(m_scenario), &m_scenario);
    QVERIFY(empty.isOk());
    QCOMPARE(empty->find("rows.students")->status,
             CheckStatus::Fail); // 0 where 5,000 were expected
    const Dataset bare = namedEmptyTables();
    auto none = computeQuality(bare, nullptr);
    QVERIFY(none.isOk());
    QCOMPARE(none->find("rows.students")->status, CheckStatus::Warn);
}

QTEST_GUILESS_MAIN(TestQuality)
#include "test_quality.moc"
