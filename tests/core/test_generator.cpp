// The generated tables: sizes, schemas, ranges, IDs, foreign keys, funnel order, contact data and
// byte-identical output for any thread count.
#include "core/gen/generator.h"
#include "core/io/csv_writer.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "core/util/civil_time.h"
#include "core/util/rng.h"

#include <QtTest>

#include <map>
#include <set>

using namespace pmis;

namespace {

// The status of one check of the quality report on `data` (Warn when the report has no such check).
quality::CheckStatus statusOf(const Dataset &data, const Scenario &s, const std::string &id)
{
    auto report = quality::computeQuality(data, &s, {}, {});
    if (report)
        for (const quality::Check &c : report->checks)
            if (c.id == id)
                return c.status;
    return quality::CheckStatus::Warn;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizes();
    void schemasMatchData();
    void valuesInsideDeclaredRanges();
    void idsUniqueWithOnePrefixPerTable();
    void foreignKeysResolve();
    void exactTiers();
    void requiredSkillsCanBeHeld();
    void funnelIsOrdered();
    void deadlinesAgreeWithActivity();
    void contactDataIsReserved();
    void oneOutcomePerApplication();
    void selectedWithinPositions();
    void applicationsPerStudentLimited();
    void offersPerStudentLimited();
    void inactiveStudentsHaveNoRows();
    void affinityPrefersMatchingSkills();
    void identicalForAnyThreadCount();
    void cancelStops();
    void cancelIsSeenInsideEveryPhase();

private:
    Scenario m_scenario;
    Dataset m_data;
};

void TestGenerator::initTestCase()
{
    m_scenario = *loadPreset("pmis-2025");
    auto d = generateDataset(m_scenario, {2, {}});
    QVERIFY2(d.isOk(), d.error().c_str());
    m_data = d.takeValue();
}

void TestGenerator::sizes()
{
    QCOMPARE(m_data.students.rowCount(), std::size_t(5000));
    QCOMPARE(m_data.internships.rowCount(), std::size_t(1000));
    QCOMPARE(m_data.interactions.rowCount(), std::size_t(50000));
    QCOMPARE(m_data.companies.rowCount(), std::size_t(72));
    std::size_t applies = 0;
    const Column &type = m_data.interactions.at("interaction_type");
    for (std::size_t r = 0; r < type.size(); ++r)
        applies += type.category(r) == "apply";
    QCOMPARE(m_data.outcomes.rowCount(), applies);
    // Close to the seed's 12,623 applications of 50,000 interactions (25% share).
    QVERIFY(applies > 12000 && applies < 13000);
}

void TestGenerator::schemasMatchData()
{
    const Dataset empty = emptyDataset(m_scenario);
    for (const Table *t : m_data.tables()) {
        const Table *e = empty.find(t->name);
        QVERIFY(e);
        QCOMPARE(t->columns.size(), e->columns.size());
        for (std::size_t c = 0; c < t->columns.size(); ++c) {
            QCOMPARE(t->columns[c].spec.name, e->columns[c].spec.name);
            QCOMPARE(t->columns[c].size(), t->rowCount());
            if (!t->columns[c].spec.nullable)
                QVERIFY2(t->columns[c].nulls.empty()
                                 || std::count(t->columns[c].nulls.begin(),
                                               t->columns[c].nulls.end(), 1)
                                            == 0,
                         t->columns[c].spec.name.c_str());
        }
    }
    // Declared nullable columns: rejection_reason is null exactly for the selected.
    const Column &reason = m_data.outcomes.at("rejection_reason");
    const Column &success = m_data.outcomes.at("success");
    for (std::size_t r = 0; r < reason.size(); ++r)
        QCOMPARE(reason.isNull(r), success.ints[r] == 1);
}

void TestGenerator::valuesInsideDeclaredRanges()
{
    for (const Table *t : m_data.tables()) {
        for (const Column &c : t->columns) {
            const std::set<std::string> allowed(c.spec.allowed.begin(), c.spec.allowed.end());
            for (std::size_t r = 0; r < c.size(); ++r) {
                if (c.isNull(r))
                    continue;
                if (c.spec.min && c.spec.max && c.isNumeric() && c.spec.type != ColumnType::Id) {
                    double v = c.number(r);
                    QVERIFY2(v >= *c.spec.min && v <= *c.spec.max,
                             qPrintable(QStringLiteral("%1.%2 row %3: %4")
                                                .arg(QString::fromStdString(t->name),
                                                     QString::fromStdString(c.spec.name))
                                                .arg(r)
                                                .arg(v, 0, 'f', 2)));
                }
                if (!allowed.empty() && c.spec.type == ColumnType::Category)
                    QVERIFY2(allowed.count(std::string(c.category(r))), c.spec.name.c_str());
                if (!allowed.empty() && c.spec.type == ColumnType::StringList)
                    for (std::size_t i = 0; i < c.listSize(r); ++i)
                        QVERIFY(allowed.count(c.dict[std::size_t(c.listCode(r, i))]));
            }
        }
    }
    // CGPA resampled inside [6, 10]: no pile at the lower bound (the old generator had 6.4%).
    const Column &cgpa = m_data.students.at("cgpa");
    const auto atSix = std::count(cgpa.reals.begin(), cgpa.reals.end(), 6.0);
    QVERIFY2(atSix < 25, qPrintable(QString::number(atSix)));
}

void TestGenerator::idsUniqueWithOnePrefixPerTable()
{
    std::set<std::string> prefixes;
    for (const Table *t : m_data.tables()) {
        const Column &id = t->columns.front();
        QCOMPARE(id.spec.role, ColumnRole::Id);
        QVERIFY2(prefixes.insert(id.spec.idPrefix).second, id.spec.idPrefix.c_str());
        std::set<std::string> seen;
        for (std::size_t r = 0; r < id.size(); ++r)
            QVERIFY(seen.insert(id.text(r)).second);
        const std::string first = id.text(0);
        QCOMPARE(first.size(), id.spec.idPrefix.size() + std::size_t(id.spec.idWidth));
    }
    QCOMPARE(m_data.students.at("student_id").text(41), std::string("STU_00042"));
    QCOMPARE(m_data.interactions.at("interaction_id").text(0), std::string("ACT_00001"));
}

void TestGenerator::foreignKeysResolve()
{
    for (const Table *t : m_data.tables()) {
        for (const Column &c : t->columns) {
            if (c.spec.role != ColumnRole::ForeignKey)
                continue;
            const Table *parent = m_data.find(c.spec.refTable);
            QVERIFY2(parent, c.spec.refTable.c_str());
            const Column &pid = parent->columns.front();
            QCOMPARE(c.spec.idPrefix, pid.spec.idPrefix);
            std::set<std::int64_t> keys(pid.ints.begin(), pid.ints.end());
            for (std::int64_t v : c.ints)
                QVERIFY2(keys.count(v), qPrintable(QStringLiteral("%1.%2 -> %3")
                                                           .arg(QString::fromStdString(t->name),
                                                                QString::fromStdString(c.spec.name))
                                                           .arg(v)));
        }
    }
    // The company name on an internship is its company's name.
    const Column &cid = m_data.internships.at("company_id");
    const Column &cname = m_data.internships.at("company");
    const Column &names = m_data.companies.at("company_name");
    for (std::size_t r = 0; r < cid.size(); ++r)
        QCOMPARE(cname.category(r), names.category(std::size_t(cid.ints[r] - 1)));
    // Every company offers at least one internship.
    QCOMPARE(std::set<std::int64_t>(cid.ints.begin(), cid.ints.end()).size(), std::size_t(72));
}

void TestGenerator::exactTiers()
{
    std::map<std::string, int> counts;
    const Column &tier = m_data.students.at("college_tier");
    for (std::size_t r = 0; r < tier.size(); ++r)
        ++counts[std::string(tier.category(r))];
    QCOMPARE(counts["Tier-1"], 750);
    QCOMPARE(counts["Tier-2"], 1750);
    QCOMPARE(counts["Tier-3"], 2500);
}

void TestGenerator::requiredSkillsCanBeHeld()
{
    std::set<std::int32_t> held;
    const Column &skills = m_data.students.at("skills");
    held.insert(skills.codes.begin(), skills.codes.end());
    const Column &req = m_data.internships.at("required_skills");
    for (std::size_t r = 0; r < req.size(); ++r) {
        QVERIFY(req.listSize(r) >= 2 && req.listSize(r) <= 3);
        for (std::size_t i = 0; i < req.listSize(r); ++i)
            QVERIFY2(held.count(req.listCode(r, i)),
                     req.dict[std::size_t(req.listCode(r, i))].c_str());
    }
    for (std::size_t r = 0; r < skills.size(); ++r) {
        QVERIFY(skills.listSize(r) >= 3 && skills.listSize(r) <= 7);
        std::set<std::int32_t> distinct;
        for (std::size_t i = 0; i < skills.listSize(r); ++i)
            QVERIFY(distinct.insert(skills.listCode(r, i)).second);
    }
}

void TestGenerator::funnelIsOrdered()
{
    const Table &t = m_data.interactions;
    const Column &session = t.at("session_id");
    const Column &type = t.at("interaction_type");
    const Column &time = t.at("timestamp");
    const Column &student = t.at("student_id");
    const Column &internship = t.at("internship_id");
    const std::int64_t ref = m_scenario.referenceSeconds();
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        QVERIFY(time.ints[r] <= ref && time.ints[r] >= ref - 180 * kSecondsPerDay);
        if (session.ints[r] == std::int64_t(r + 1)) {
            QCOMPARE(type.category(r), std::string_view("view"));
            continue;
        }
        QCOMPARE(session.ints[r], session.ints[r - 1]);
        QCOMPARE(student.ints[r], student.ints[r - 1]);
        QCOMPARE(internship.ints[r], internship.ints[r - 1]);
        QVERIFY(time.ints[r] > time.ints[r - 1]);
        const std::string_view prev = type.category(r - 1), cur = type.category(r);
        QVERIFY((prev == "view" && cur == "apply")
                || (prev == "apply" && (cur == "shortlist" || cur == "reject")));
    }
}

void TestGenerator::deadlinesAgreeWithActivity()
{
    const std::int64_t ref = m_scenario.referenceSeconds();
    const Column &active = m_data.internships.at("is_active");
    const Column &deadline = m_data.internships.at("application_deadline");
    const Column &created = m_data.internships.at("created_at");
    for (std::size_t r = 0; r < active.size(); ++r) {
        QVERIFY(deadline.ints[r] > created.ints[r]);
        if (active.ints[r])
            QVERIFY(deadline.ints[r] > ref);
        else
            QVERIFY(deadline.ints[r] < ref);
    }
}

void TestGenerator::contactDataIsReserved()
{
    const Table &s = m_data.students;
    for (std::size_t r = 0; r < s.rowCount(); ++r) {
        QVERIFY(QString::fromStdString(s.at("email").texts[r])
                        .endsWith(QLatin1String("@example.org")));
        for (const char *col : {"linkedin_url", "github_url", "portfolio_url"}) {
            if (s.at(col).isNull(r))
                continue;
            const QUrl url(QString::fromStdString(s.at(col).texts[r]));
            QVERIFY(url.host().endsWith(QLatin1String("example.org")));
        }
        QVERIFY(QString::fromStdString(s.at("phone").texts[r])
                        .startsWith(QLatin1String("(+91) 0")));
    }
    const Column &ip = m_data.interactions.at("ip_address");
    for (const std::string &a : ip.dict) {
        const QString q = QString::fromStdString(a);
        QVERIFY(q.startsWith(QLatin1String("192.0.2."))
                || q.startsWith(QLatin1String("198.51.100."))
                || q.startsWith(QLatin1String("203.0.113.")));
    }
    for (std::size_t r = 0; r < m_data.companies.rowCount(); ++r)
        QVERIFY(QUrl(QString::fromStdString(m_data.companies.at("website").texts[r]))
                        .host()
                        .endsWith(QLatin1String(".example.org")));
}

void TestGenerator::oneOutcomePerApplication()
{
    const Table &o = m_data.outcomes;
    std::set<std::pair<std::int64_t, std::int64_t>> pairs;
    const Column &act = o.at("interaction_id");
    const Column &type = m_data.interactions.at("interaction_type");
    const Column &when = m_data.interactions.at("timestamp");
    for (std::size_t r = 0; r < o.rowCount(); ++r) {
        QVERIFY(pairs.insert({o.at("student_id").ints[r], o.at("internship_id").ints[r]}).second);
        const auto row = std::size_t(act.ints[r] - 1);
        QCOMPARE(type.category(row), std::string_view("apply"));
        QCOMPARE(o.at("application_date").ints[r], when.ints[row]);
        QVERIFY(o.at("selection_date").ints[r] > o.at("application_date").ints[r] - kSecondsPerDay);
    }
}

void TestGenerator::inactiveStudentsHaveNoRows()
{
    auto s = loadPreset("demo-small");
    s->interaction.inactiveShare = 0.3;
    auto d = generateDataset(*s, {2, {}});
    QVERIFY2(d.isOk(), d.isOk() ? "" : d.error().c_str());
    QCOMPARE(std::int64_t(d->interactions.rowCount()), s->interactions);
    std::set<std::int64_t> active(d->interactions.at("student_id").ints.begin(),
                                  d->interactions.at("student_id").ints.end());
    const double idle = 1.0 - double(active.size()) / double(s->students);
    QVERIFY2(idle > 0.3 - 0.07 && idle < 0.3 + 0.12, qPrintable(QString::number(idle)));
    // Nearly everyone idle: the rows cannot be made, and the error says which knob to turn.
    s->interaction.inactiveShare = 0.999;
    auto none = generateDataset(*s, {2, {}});
    QVERIFY(!none.isOk());
    QVERIFY2(none.error().find("$.interactions.inactive_share") != std::string::npos,
             none.error().c_str());
}

void TestGenerator::offersPerStudentLimited()
{
    const auto mostOffers = [](const Dataset &d) {
        std::map<std::int64_t, std::int64_t> made;
        std::int64_t top = 0, all = 0;
        const Column &status = d.outcomes.at("application_status");
        for (std::size_t r = 0; r < d.outcomes.rowCount(); ++r)
            if (status.category(r) == "selected") {
                top = std::max(top, ++made[d.outcomes.at("student_id").ints[r]]);
                ++all;
            }
        return std::pair{top, all};
    };
    auto s = loadPreset("demo-small");
    s->outcome.successRate = 0.2; // many students win twice or more without a limit
    s->outcome.mode = ShareMode::Exact;
    s->interaction.types = {ShareMode::Sampled,
                            {{"view", 0.5}, {"apply", 0.3}, {"shortlist", 0.12}, {"reject", 0.08}}};
    auto free = generateDataset(*s, {2, {}});
    QVERIFY2(free.isOk(), free.isOk() ? "" : free.error().c_str());
    QVERIFY(mostOffers(*free).first > 1);
    s->outcome.maxOffers = 1;
    auto d = generateDataset(*s, {2, {}});
    QVERIFY2(d.isOk(), d.isOk() ? "" : d.error().c_str());
    QCOMPARE(mostOffers(*d).first, std::int64_t(1));
    // Exact mode: the next application in order takes a refused one's place, so the count holds.
    QCOMPARE(mostOffers(*d).second, mostOffers(*free).second);
    auto again = scenarioFromJson(scenarioToJson(*s));
    QVERIFY2(again.isOk(), again.isOk() ? "" : again.error().c_str());
    QCOMPARE(again->outcome.maxOffers, std::int64_t(1));
    QVERIFY(scenarioToJson(*loadPreset("demo-small")).find("max_offers") == std::string::npos);
    const std::string check = "consistency.outcomes.offers_per_student";
    QCOMPARE(statusOf(*d, *s, check), quality::CheckStatus::Pass);
    QCOMPARE(statusOf(*free, *s, check), quality::CheckStatus::Fail);
}

void TestGenerator::applicationsPerStudentLimited()
{
    const auto most = [](const Dataset &d) {
        std::map<std::int64_t, std::int64_t> made;
        std::int64_t top = 0;
        for (std::int64_t id : d.outcomes.at("student_id").ints)
            top = std::max(top, ++made[id]);
        return top;
    };
    auto s = loadPreset("demo-small");
    auto free = generateDataset(*s, {2, {}});
    QVERIFY2(free.isOk(), free.error().c_str());
    QVERIFY(most(*free) > 2); // the limit below binds
    s->interaction.maxApplications = 2;
    auto d = generateDataset(*s, {2, {}});
    QVERIFY2(d.isOk(), d.error().c_str());
    QCOMPARE(most(*d), std::int64_t(2));
    // The totals are still met: other students' engagements make up the rows.
    QCOMPARE(std::int64_t(d->interactions.rowCount()), s->interactions);
    // A limit that binds less leaves apply its share of the rows: the odds of applying rise to make
    // up the applications it refuses (at the limit of 2 they cannot all be made up).
    const auto applies = [](const Dataset &data) {
        const Column &type = data.interactions.at("interaction_type");
        std::int64_t n = 0;
        for (std::size_t r = 0; r < type.size(); ++r)
            n += type.category(r) == "apply";
        return n;
    };
    const auto p = s->interaction.types.probabilities();
    const double wanted
            = p[std::size_t(s->interaction.types.indexOf("apply"))] * double(s->interactions);
    Scenario three = *s;
    three.interaction.maxApplications = 3;
    auto limited = generateDataset(three, {2, {}});
    QVERIFY2(limited.isOk(), limited.isOk() ? "" : limited.error().c_str());
    QVERIFY(most(*limited) == 3);
    QVERIFY2(
            std::abs(double(applies(*limited)) - wanted) <= std::sqrt(wanted),
            qPrintable(QStringLiteral("%1 applies, %2 wanted").arg(applies(*limited)).arg(wanted)));
    QVERIFY(double(applies(*d)) < wanted - std::sqrt(wanted));
    // Saved and loaded with the limit; a file without it has no limit.
    auto again = scenarioFromJson(scenarioToJson(*s));
    QVERIFY2(again.isOk(), again.error().c_str());
    QCOMPARE(again->interaction.maxApplications, std::int64_t(2));
    QVERIFY(scenarioToJson(*loadPreset("demo-small")).find("max_applications")
            == std::string::npos);
    // The quality report holds the data to the limit.
    const std::string check = "consistency.outcomes.applications_per_student";
    QCOMPARE(statusOf(*d, *s, check), quality::CheckStatus::Pass);
    QCOMPARE(statusOf(*free, *s, check), quality::CheckStatus::Fail);
}

void TestGenerator::selectedWithinPositions()
{
    auto s = loadPreset("demo-small");
    s->outcome.successRate = 0.6; // far more winners than seats: capacity must bind
    // Each selected application ends in shortlist, so shortlist must be at least 60% of apply.
    s->interaction.types.shares
            = {{"view", 0.45}, {"apply", 0.3}, {"shortlist", 0.2}, {"reject", 0.05}};
    auto d = generateDataset(*s, {2, {}});
    QVERIFY2(d.isOk(), d.error().c_str());
    std::map<std::int64_t, std::int64_t> selected;
    const Column &success = d->outcomes.at("success");
    const Column &internship = d->outcomes.at("internship_id");
    for (std::size_t r = 0; r < success.size(); ++r)
        selected[internship.ints[r]] += success.ints[r];
    bool bound = false;
    for (const auto &[id, n] : selected) {
        const std::int64_t seats
                = d->internships.at("positions_available").ints[std::size_t(id - 1)];
        QVERIFY(n <= seats);
        bound = bound || n == seats;
    }
    QVERIFY(bound);
}

void TestGenerator::affinityPrefersMatchingSkills()
{
    // Engaged internships share more required skills with the student than random pairs do.
    const Column &student = m_data.interactions.at("student_id");
    const Column &internship = m_data.interactions.at("internship_id");
    const Column &skills = m_data.students.at("skills");
    const Column &req = m_data.internships.at("required_skills");
    const auto overlap = [&](std::size_t s, std::size_t i) {
        std::set<std::int32_t> have;
        for (std::size_t k = 0; k < skills.listSize(s); ++k)
            have.insert(skills.listCode(s, k));
        int n = 0;
        for (std::size_t k = 0; k < req.listSize(i); ++k)
            n += int(have.count(req.listCode(i, k)));
        return double(n) / double(req.listSize(i));
    };
    double engaged = 0, random = 0;
    const RandomStream rs(1, "test", "pairs");
    constexpr int n = 5000;
    for (int k = 0; k < n; ++k) {
        const auto r = std::size_t(k) * 10;
        engaged += overlap(std::size_t(student.ints[r] - 1), std::size_t(internship.ints[r] - 1));
        random += overlap(std::size_t(rs.integer(std::uint64_t(k), 0, 0, 4999)),
                          std::size_t(rs.integer(std::uint64_t(k), 1, 0, 999)));
    }
    QVERIFY2(engaged > 2 * random,
             qPrintable(QStringLiteral("%1 vs %2").arg(engaged / n).arg(random / n)));
}

void TestGenerator::identicalForAnyThreadCount()
{
    auto s = loadPreset("demo-small");
    std::vector<std::string> reference;
    for (int threads : {1, 2, 5}) {
        auto d = generateDataset(*s, {threads, {}});
        QVERIFY(d.isOk());
        std::vector<std::string> texts;
        for (const Table *t : d->tables()) {
            std::string all;
            for (std::size_t r = 0; r < t->rowCount(); ++r)
                for (const Column &c : t->columns) {
                    c.appendText(all, r);
                    all += '|';
                }
            texts.push_back(all);
        }
        if (reference.empty())
            reference = texts;
        else
            QVERIFY(texts == reference);
    }
}

void TestGenerator::cancelStops()
{
    auto s = loadPreset("demo-small");
    int calls = 0;
    GenerateOptions options;
    options.progress = [&](double, const std::string &) { return ++calls < 3; };
    auto d = generateDataset(*s, options);
    QVERIFY(!d.isOk());
    QVERIFY(d.isCancelled());
    QCOMPARE(calls, 3);
}

// A cancel is seen within a block of rows, not only between the phases: each long phase reports
// several times, and returning false at any report ends the run there.
void TestGenerator::cancelIsSeenInsideEveryPhase()
{
    auto s = loadPreset("demo-small");
    s->students = 30000;
    s->internships = 600;
    s->interactions = 300000;
    std::vector<double> fractions;
    GenerateOptions options;
    options.threads = 2;
    options.progress = [&](double f, const std::string &) {
        fractions.push_back(f);
        return true;
    };
    QVERIFY(generateDataset(*s, options).isOk());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    const auto within = [&](double lo, double hi) {
        return std::count_if(fractions.begin(), fractions.end(),
                             [&](double f) { return f > lo && f < hi; });
    };
    QVERIFY2(within(0.02, 0.25) >= 4, "students");
    QVERIFY2(within(0.35, 0.75) >= 4, "engagements");
    QVERIFY2(within(0.75, 0.85) >= 4, "outcomes");
    QVERIFY2(within(0.85, 1.0) >= 4, "interaction and outcome rows");
    const auto total = int(fractions.size());
    for (const int stopAt : {2, total / 4, total / 2, 3 * total / 4, total - 2}) {
        int calls = 0;
        options.progress = [&](double, const std::string &) { return ++calls < stopAt; };
        auto d = generateDataset(*s, options);
        QVERIFY(d.isCancelled());
        QCOMPARE(calls, stopAt);
    }
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
