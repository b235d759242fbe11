// Published figures a scenario claims: read and saved with the scenario, measured on the data by the
// quality report (counts, distinct counts, shares of a parent's column, the top values' share) and
// set beside the published value with the band it must fall in.
#include "core/gen/generator.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace pmis;
using namespace pmis::quality;

namespace {

PublishedFigure figure(const char *name, double value, const char *table)
{
    PublishedFigure f;
    f.figure = name;
    f.source = "a test";
    f.value = value;
    f.table = table;
    return f;
}

} // namespace

class TestPublished : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedAndLoaded();
    void measuredAsCountedByHand();
    void offFiguresFail();
    void missingColumnNamed();
    void bandHasTheNoiseOfSampling();

private:
    const Check &checkOf(const Scenario &s, const std::string &id);

    Scenario m_scenario;
    Dataset m_data;
    QualityReport m_report;
    // Counted here without the quality code: offers, students with one, tiers of the offers.
    std::size_t m_offers = 0;
    std::size_t m_offered = 0;
    std::map<std::string, std::size_t> m_offersByTier;
};

void TestPublished::initTestCase()
{
    m_scenario = *loadPreset("demo-small");
    auto d = generateDataset(m_scenario, {2, {}});
    QVERIFY2(d.isOk(), d.isOk() ? "" : d.error().c_str());
    m_data = d.takeValue();

    const Table &o = m_data.outcomes;
    const Column &status = o.at("application_status");
    const Column &student = o.at("student_id");
    const Column &tier = m_data.students.at("college_tier");
    std::set<std::int64_t> offered;
    for (std::size_t r = 0; r < o.rowCount(); ++r) {
        if (status.text(r) != "selected")
            continue;
        ++m_offers;
        offered.insert(student.ints[r]);
        // Generated students are numbered 1..n in row order.
        ++m_offersByTier[tier.text(std::size_t(student.ints[r] - 1))];
    }
    m_offered = offered.size();
    QVERIFY(m_offers > 10);
    QVERIFY(m_offered < m_offers); // some students have two offers: distinct counts differ
}

const Check &TestPublished::checkOf(const Scenario &s, const std::string &id)
{
    auto report = computeQuality(m_data, &s);
    if (!report.isOk())
        qFatal("quality report failed");
    m_report = report.takeValue();
    const Check *c = m_report.find(id);
    if (!c)
        qFatal("no check %s", id.c_str());
    return *c;
}

void TestPublished::savedAndLoaded()
{
    Scenario s = m_scenario;
    PublishedFigure offers = figure("Offers", 82077, "outcomes");
    offers.where = {{"application_status", "selected"}};
    offers.tolerance = 0.05;
    PublishedFigure top = figure("Offers in the top tier", 0.25, "outcomes");
    top.where = offers.where;
    top.shareBy = "students.college_tier";
    top.top = 1;
    PublishedFigure tier = top;
    tier.figure = "Offers to Tier-1";
    tier.top = 0;
    tier.shareOf = {"Tier-1"};
    s.published = {offers, top, tier};
    const std::string saved = scenarioToJson(s);
    auto again = scenarioFromJson(saved);
    QVERIFY2(again.isOk(), again.isOk() ? "" : again.error().c_str());
    QCOMPARE(scenarioToJson(*again), saved);
    QCOMPARE(again->published.size(), std::size_t(3));
    QCOMPARE(again->published[0].tolerance, 0.05);
    QCOMPARE(again->published[1].top, std::int64_t(1));
    QCOMPARE(again->published[2].shareOf, std::vector<std::string>{"Tier-1"});
    // Without figures the key is absent, so older scenarios keep their hash.
    QVERIFY(scenarioToJson(m_scenario).find("\"published\"") == std::string::npos);
    // A share's value is a fraction.
    s.published = {tier};
    s.published[0].value = 14;
    const auto refused = scenarioFromJson(scenarioToJson(s));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.status().path(), std::string("$.published[0].value"));
}

void TestPublished::measuredAsCountedByHand()
{
    Scenario s = m_scenario;
    PublishedFigure offers = figure("Offers", double(m_offers), "outcomes");
    offers.where = {{"application_status", "selected"}};
    PublishedFigure offered = figure("Candidates with an offer", double(m_offered), "outcomes");
    offered.where = offers.where;
    offered.distinct = "student_id";
    std::size_t most = 0;
    for (const auto &[t, n] : m_offersByTier)
        most = std::max(most, n);
    const double tier1 = double(m_offersByTier["Tier-1"]) / double(m_offers);
    PublishedFigure share = figure("Offers to Tier-1", tier1, "outcomes");
    share.where = offers.where;
    share.shareBy = "students.college_tier";
    share.shareOf = {"Tier-1"};
    PublishedFigure top = share;
    top.figure = "Offers to the first tier";
    top.shareOf.clear();
    top.top = 1;
    top.value = double(most) / double(m_offers);
    PublishedFigure students = figure("Students", double(m_data.students.rowCount()), "students");
    s.published = {offers, offered, share, top, students};

    const std::pair<const char *, double> expected[] = {
            {"published.offers", double(m_offers)},
            {"published.candidates_with_an_offer", double(m_offered)},
            {"published.offers_to_tier_1", tier1},
            {"published.offers_to_the_first_tier", top.value},
            {"published.students", double(m_data.students.rowCount())},
    };
    for (const auto &[id, value] : expected) {
        const Check &c = checkOf(s, id);
        QCOMPARE(c.category, std::string("published"));
        QCOMPARE(c.measured, value);
        QCOMPARE(c.expected, value);
        QVERIFY2(c.status == CheckStatus::Pass, c.reason.c_str());
        QVERIFY2(c.reason.find("published") != std::string::npos, c.reason.c_str());
        QVERIFY2(c.reason.find("a test") != std::string::npos, c.reason.c_str());
    }
    QCOMPARE(checkOf(s, "published.offers").table, std::string("outcomes"));
    QCOMPARE(checkOf(s, "published.offers_to_tier_1").column, std::string("students.college_tier"));
}

void TestPublished::offFiguresFail()
{
    Scenario s = m_scenario;
    PublishedFigure offers = figure("Offers", double(m_offers) * 1.5, "outcomes");
    offers.where = {{"application_status", "selected"}};
    PublishedFigure share = figure("Offers to Tier-9", 0.4, "outcomes");
    share.where = offers.where;
    share.shareBy = "students.college_tier";
    share.shareOf = {"Tier-9"}; // no such tier: a share of 0
    s.published = {offers, share};
    const Check &c = checkOf(s, "published.offers");
    QVERIFY(c.status == CheckStatus::Fail);
    QCOMPARE(c.measured, double(m_offers));
    QVERIFY2(c.reason.find("outside") != std::string::npos, c.reason.c_str());
    const Check &z = checkOf(s, "published.offers_to_tier_9");
    QVERIFY(z.status == CheckStatus::Fail);
    QCOMPARE(z.measured, 0.0);
    // A tolerance wide enough takes the count in.
    s.published[0].tolerance = 0.5;
    QVERIFY(checkOf(s, "published.offers").status == CheckStatus::Pass);
}

void TestPublished::missingColumnNamed()
{
    Scenario s = m_scenario;
    PublishedFigure joined = figure("Joined", 8700, "outcomes");
    joined.where = {{"joined", "yes"}};
    PublishedFigure byState = figure("Offers in Goa", 0.01, "outcomes");
    byState.shareBy = "students.state";
    byState.shareOf = {"Goa"};
    s.published = {joined, byState};
    const Check &c = checkOf(s, "published.joined");
    QVERIFY(c.status == CheckStatus::Fail);
    QVERIFY2(c.reason.find("outcomes.joined") != std::string::npos, c.reason.c_str());
    const Check &b = checkOf(s, "published.offers_in_goa");
    QVERIFY(b.status == CheckStatus::Fail);
    QVERIFY2(b.reason.find("students.state") != std::string::npos, b.reason.c_str());
}

void TestPublished::bandHasTheNoiseOfSampling()
{
    Scenario s = m_scenario;
    PublishedFigure offers = figure("Offers", double(m_offers), "outcomes");
    offers.where = {{"application_status", "selected"}};
    offers.tolerance = 0;
    PublishedFigure rows = figure("Applications", double(m_data.outcomes.rowCount()), "outcomes");
    rows.tolerance = 0;
    s.published = {offers, rows};
    // A count of rows meeting a condition varies as a binomial draw from the table's rows.
    const double n = double(m_data.outcomes.rowCount());
    const double p = double(m_offers) / n;
    const double noise = 2.5758293035489 * std::sqrt(n * p * (1 - p));
    const Check &c = checkOf(s, "published.offers");
    // (A count is whole: the band's ends are rounded inwards.)
    QCOMPARE(c.low, std::ceil(double(m_offers) - noise));
    QCOMPARE(c.high, std::floor(double(m_offers) + noise));
    // The rows the scenario sets have no noise: the band is the figure itself.
    const Check &r = checkOf(s, "published.applications");
    QCOMPARE(r.low, r.high);
}

QTEST_GUILESS_MAIN(TestPublished)
#include "test_published.moc"
