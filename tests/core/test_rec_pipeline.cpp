// The recommender on generated data: evaluation figures (success model vs ground truth, CF vs
// random, hybrid vs popularity), explanation sums over a full run, splits, determinism, exclusions,
// reasons, shortlists with fair re-ranking, and what the success model may never see.
#include "core/gen/generator.h"
#include "core/rec/evaluation.h"
#include "core/rec/shortlist.h"
#include "core/scenario/scenario_json.h"
#include "tests/core/rec_fixtures.h"

#include <QtTest>

#include <map>
#include <set>

using namespace pmis;
using namespace pmis::rec;

namespace {

struct Fixture
{
    Scenario scenario;
    Dataset data;
    std::shared_ptr<const RecData> rec;
};

Fixture makeFixture(const char *preset, double successRate)
{
    Fixture f;
    f.scenario = loadPreset(preset).takeValue();
    if (successRate > 0)
        f.scenario.outcome.successRate = successRate;
    f.data = generateDataset(f.scenario).takeValue();
    f.rec = std::make_shared<const RecData>(buildRecData(f.data).takeValue());
    return f;
}

} // namespace

class TestRecPipeline : public QObject
{
    Q_OBJECT

    std::map<std::string, Fixture> m_fixtures;
    std::map<std::string, EvaluationReport> m_reports;

    const Fixture &fixture(const std::string &name) { return m_fixtures.at(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixtures["demo-small"] = makeFixture("demo-small", 0);
        m_fixtures["pmis-2025 5%"] = makeFixture("pmis-2025", 0.05);
        for (auto &[name, f] : m_fixtures) {
            auto report = evaluate(f.rec);
            QVERIFY2(report, report.error().c_str());
            m_reports[name] = report.takeValue();
        }
    }

    void figures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("demo-small") << QStringLiteral("demo-small");
        QTest::newRow("pmis-2025 5%") << QStringLiteral("pmis-2025 5%");
    }
    void figures()
    {
        QFETCH(QString, name);
        const EvaluationReport &r = m_reports.at(name.toStdString());
        QVERIFY(r.hasTruth);
        QVERIFY(r.testRows > 0 && r.model.positives > 0);
        // The success model is close to the best possible: the generator's own probabilities.
        QVERIFY2(std::abs(r.model.auc.value - r.truth.auc.value) <= 0.03,
                 qPrintable(QStringLiteral("model AUC %1, truth AUC %2")
                                    .arg(r.model.auc.value)
                                    .arg(r.truth.auc.value)));
        // Calibration is monotone: the AUC does not move.
        QVERIFY(std::abs(r.model.auc.value - r.uncalibrated.auc.value) < 1e-12);
        const double cf = r.method("cf")->atK.ndcg, random = r.method("random")->atK.ndcg;
        const double hybrid = r.method("hybrid")->atK.ndcg,
                     popularity = r.method("popularity")->atK.ndcg;
        QVERIFY2(cf >= 2 * random,
                 qPrintable(QStringLiteral("CF %1, random %2").arg(cf).arg(random)));
        // The default 0.4 / 0.3 / 0.3 blend has no popularity term and still beats popularity.
        QVERIFY2(
                hybrid > popularity,
                qPrintable(QStringLiteral("hybrid %1, popularity %2").arg(hybrid).arg(popularity)));
    }

    void popularityWeightedHybridBeatsPopularity_data() { figures_data(); }
    void popularityWeightedHybridBeatsPopularity()
    {
        // The personalised components add signal on top of popularity.
        QFETCH(QString, name);
        EvaluationOptions o;
        o.recommender.weights = {0.1, 0.1, 0.1, 0.7};
        o.learnWeights = false;
        o.bootstrap = 0;
        o.checkExplanations = false;
        const EvaluationReport r = evaluate(fixture(name.toStdString()).rec, o).takeValue();
        const double hybrid = r.method("hybrid")->atK.ndcg,
                     popularity = r.method("popularity")->atK.ndcg;
        QVERIFY2(
                hybrid > popularity,
                qPrintable(QStringLiteral("hybrid %1, popularity %2").arg(hybrid).arg(popularity)));
    }

    void explanationsSumForEveryRecommendation_data() { figures_data(); }
    void explanationsSumForEveryRecommendation()
    {
        QFETCH(QString, name);
        const EvaluationReport &r = m_reports.at(name.toStdString());
        QVERIFY(r.explained > 0 && r.explained <= r.evaluatedStudents * r.k);
        QVERIFY(r.maxHybridError <= 1e-9);
        QVERIFY(r.maxSuccessError <= 1e-9);
        QVERIFY(r.maxContentError <= 1e-9);
        QVERIFY(r.maxCfError <= 1e-9);
        QCOMPARE(r.featureMismatches, std::size_t(0));
    }

    void splitsRespectTime()
    {
        const RecData &d = *fixture("pmis-2025 5%").rec;
        const InteractionSplit s = leaveLastOut(d);
        QVERIFY(s.students.size()
                > d.students / 5); // students whose last engagement is an application
        for (std::size_t u = 0; u < s.students.size(); ++u) {
            const auto st = std::size_t(s.students[u]);
            std::int64_t lastTrain = kNoTime, firstTest = std::numeric_limits<std::int64_t>::max();
            for (std::uint32_t e = d.eventOffset[st]; e < d.eventOffset[st + 1]; ++e) {
                const Event &ev = d.events[e];
                if (s.train[e])
                    lastTrain = std::max(lastTrain, ev.time);
                if (ev.internship == s.relevant[u].items[0]) {
                    QVERIFY(!s.train[e]);
                    firstTest = std::min(firstTest, ev.time);
                }
            }
            QVERIFY(lastTrain < firstTest); // no test event precedes a train event of the student
        }
        const OutcomeSplit o = temporalOutcomeSplit(d, 0.2, 0.1);
        QCOMPARE(o.fit.size() + o.calibration.size() + o.test.size(), d.outcomes.size());
        const auto range = [&](const std::vector<std::uint32_t> &rows) {
            std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = kNoTime;
            for (std::uint32_t r : rows) {
                lo = std::min(lo, d.outcomes[r].date);
                hi = std::max(hi, d.outcomes[r].date);
            }
            return std::pair{lo, hi};
        };
        QVERIFY(range(o.fit).second < range(o.calibration).first);
        QVERIFY(range(o.calibration).second < range(o.test).first);
        QVERIFY(std::abs(double(o.test.size()) / double(d.outcomes.size()) - 0.2) < 0.01);
    }

    void deterministicAndCancellable()
    {
        EvaluationOptions a, b;
        a.recommender.threads = 1;
        b.recommender.threads = 2;
        a.bootstrap = b.bootstrap = 200;
        const auto rec = fixture("demo-small").rec;
        const EvaluationReport x = evaluate(rec, a).takeValue(), y = evaluate(rec, b).takeValue();
        for (std::size_t m = 0; m < x.methods.size(); ++m) {
            QCOMPARE(x.methods[m].atK.ndcg, y.methods[m].atK.ndcg);
            QCOMPARE(x.methods[m].ndcgCurve, y.methods[m].ndcgCurve);
            QCOMPARE(x.methods[m].coverage, y.methods[m].coverage);
        }
        QCOMPARE(x.model.auc.lo, y.model.auc.lo);
        QCOMPARE(x.model.logLoss.hi, y.model.logLoss.hi);
        QCOMPARE(x.coefficients, y.coefficients);
        int calls = 0;
        auto cancelled = evaluate(rec, a, [&](double, const std::string &) { return ++calls < 3; });
        QVERIFY(cancelled.isCancelled());
    }

    void liveRecommendationsExcludeUnavailableAndApplied()
    {
        const Fixture &f = fixture("demo-small");
        const RecData &d = *f.rec;
        const Recommender r = Recommender::train(f.rec).takeValue();
        Eligibility rule;
        rule.referenceTime = f.scenario.referenceSeconds();
        std::set<std::pair<std::int32_t, std::int32_t>> applied;
        for (std::size_t s = 0; s < d.students; ++s)
            for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e)
                if (d.events[e].type != EventType::View)
                    applied.insert({std::int32_t(s), d.events[e].internship});
        for (const OutcomeRow &o : d.outcomes)
            applied.insert({o.student, o.internship});
        const Column &active = f.data.internships.at("is_active");
        const Column &deadline = f.data.internships.at("application_deadline");
        std::size_t shown = 0;
        for (std::size_t s = 0; s < d.students; ++s) {
            const StudentRecommendations recs = r.recommend(s, 10, rule);
            QVERIFY(recs.items.size() <= 10);
            for (const Recommendation &item : recs.items) {
                const auto i = std::size_t(item.internship);
                QVERIFY(active.ints[i] == 1);
                QVERIFY(deadline.ints[i] >= rule.referenceTime);
                QVERIFY(!applied.count({std::int32_t(s), item.internship}));
                double sum = 0;
                for (double c : item.contribution)
                    sum += c;
                QVERIFY(std::abs(sum - item.score) <= 1e-9);
                QVERIFY(!item.reason.empty());
                std::vector<std::int32_t> both = item.content.matched;
                both.insert(both.end(), item.content.interests.begin(),
                            item.content.interests.end());
                both.insert(both.end(), item.content.missing.begin(), item.content.missing.end());
                for (std::int32_t t :
                     item.content.missing) // a skill listed as an interest is not missing
                    QVERIFY(!std::binary_search(d.studentInterests[s].begin(),
                                                d.studentInterests[s].end(), t));
                std::sort(both.begin(), both.end());
                QCOMPARE(both,
                         d.requiredSkills[i]); // matched and missing partition the required skills
                for (std::size_t m = 1; m < item.content.missing.size(); ++m) // rarest first
                    QVERIFY(r.content().idf(item.content.missing[m - 1])
                            >= r.content().idf(item.content.missing[m]));
                ++shown;
            }
            for (std::size_t k = 1; k < recs.items.size(); ++k)
                QVERIFY(recs.items[k - 1].score >= recs.items[k].score);
        }
        QVERIFY(shown > 9 * d.students);
    }

    void reasonsUseOnlyPopulatedFields()
    {
        auto rec
                = std::make_shared<const RecData>(buildRecData(rectest::tinyDataset()).takeValue());
        const Recommender r = Recommender::train(rec).takeValue();
        Eligibility rule;
        rule.referenceTime = rectest::kRef;
        rule.excludeApplied = false;
        const StudentRecommendations recs = r.recommend(0, 3, rule);
        QCOMPARE(recs.items.size(), std::size_t(3));
        for (const Recommendation &item : recs.items) {
            const std::string &reason = item.reason;
            if (item.internship == 2) { // no stipend, no city
                QVERIFY2(reason.find("INR") == std::string::npos, reason.c_str());
                QVERIFY2(reason.find(" in ") == std::string::npos, reason.c_str());
                QVERIFY2(reason.find("predicted success") != std::string::npos, reason.c_str());
            } else if (item.internship == 0) {
                QVERIFY2(reason.find("INR 25,000 a month") != std::string::npos, reason.c_str());
                QVERIFY2(reason.find("the student's city, Pune") != std::string::npos,
                         reason.c_str());
                QVERIFY2(reason.find("Has 1 of 2 required skills (python)") != std::string::npos,
                         reason.c_str());
            }
        }
        // Expired and inactive internships are excluded by the reference date.
        rule.referenceTime = rectest::kRef + 20 * rectest::kDay; // INT 3 and INT 5 have closed
        const StudentRecommendations later = r.recommend(0, 3, rule);
        QCOMPARE(later.items.size(), std::size_t(1));
        QCOMPARE(later.items[0].internship, 0);
    }

    void shortlistWithFairReranking()
    {
        const Fixture &f = fixture("pmis-2025 5%");
        const RecData &d = *f.rec;
        const Recommender r = Recommender::train(f.rec).takeValue();
        ShortlistOptions o;
        o.k = 20;
        auto groups = parseFairSpec(d, "rural=0.35");
        QVERIFY2(groups, groups.error().c_str());
        o.groups = *groups;
        const ShortlistResult s = shortlist(r, 0, o);
        QCOMPARE(s.before.size(), std::size_t(20));
        QCOMPARE(s.after.size(), std::size_t(20));
        QVERIFY(s.usedFair);
        QVERIFY(s.failProbability <= 0.1);
        QVERIFY(s.afterSatisfies);
        QVERIFY(satisfiesTable(s.membership[0], s.after, s.mTable));
        QVERIFY(s.ndcgRetained > 0 && s.ndcgRetained <= 1.0 + 1e-12);
        QCOMPARE(s.shareAfter[0].size(), std::size_t(20));
        for (std::size_t c = 0; c < s.pool.size(); ++c)
            QCOMPARE(bool(s.membership[0][c]),
                     d.ruralUrban.labels[std::size_t(
                             d.ruralUrban.codes[std::size_t(s.pool[c].student)])]
                             == "rural");
        for (std::size_t c = 1; c < s.pool.size(); ++c)
            QVERIFY(s.pool[c - 1].score >= s.pool[c].score);

        o.groups = parseFairSpec(d, "rural=0.35,tier3=0.5,female=0.4").takeValue();
        const ShortlistResult m = shortlist(r, 0, o);
        // One semantics: every group named gets FA*IR's table at its proportion, alone or together.
        QVERIFY(m.usedFair);
        QCOMPARE(m.tables.size(), std::size_t(3));
        QCOMPARE(m.tables[0].mTable, s.mTable);
        for (std::size_t g = 0; g < 3; ++g) {
            QCOMPARE(m.tables[g].mTable, fairAdjustedTable(20, m.groups[g].share, 0.1).mTable);
            QCOMPARE(m.tables[g].afterSatisfies,
                     satisfiesTable(m.membership[g], m.after, m.tables[g].mTable));
        }
        QCOMPARE(m.feasible, m.afterSatisfies);
        QVERIFY(m.afterSatisfies);

        QVERIFY(!parseFairSpec(d, "rural"));
        QVERIFY(!parseFairSpec(d, "tier3=1.5"));
        auto unknown = parseFairSpec(d, "martian=0.3");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().find("tier3") != std::string::npos); // lists the keys it knows
        QCOMPARE(resolveGroup(d, "college_tier:Tier-1")->label, std::string("Tier-1"));

        std::vector<std::int32_t> active;
        for (std::size_t i = 0; i < d.internships && active.size() < 120; ++i)
            if (d.available(i, f.scenario.referenceSeconds()))
                active.push_back(std::int32_t(i));
        o.groups = parseFairSpec(d, "rural=0.35").takeValue();
        const ShortlistAudit audit = auditShortlists(r, active, o).takeValue();
        QCOMPARE(audit.slates, active.size());
        QCOMPARE(audit.passAfter, 1.0);
        QVERIFY(audit.passBefore <= audit.passAfter);
        QVERIFY(audit.meanNdcgRetained <= 1.0 && audit.meanNdcgRetained > 0.5);
        QCOMPARE(audit.exposure.size(), std::size_t(3));
        QCOMPARE(audit.exposure[0].attribute, std::string("rural_urban"));
    }

    void successModelSeesNoProtectedOrPostOutcomeColumns()
    {
        // Scrambling protected attributes, post-outcome columns and the ground truth leaves the
        // model unchanged.
        const Fixture &f = fixture("demo-small");
        Dataset changed = f.data;
        for (const char *name : {"gender", "rural_urban", "college_tier"}) {
            Column &c = changed.students.at(name);
            std::reverse(c.codes.begin(), c.codes.end());
        }
        for (const char *name : {"interview_rounds", "selection_date"}) {
            Column &c = changed.outcomes.at(name);
            std::reverse(c.ints.begin(), c.ints.end());
        }
        for (const char *name : {"feedback_score", "true_probability"}) {
            Column &c = changed.outcomes.at(name);
            std::reverse(c.reals.begin(), c.reals.end());
        }
        for (const char *name : {"final_decision", "rejection_reason", "application_status"}) {
            Column &c = changed.outcomes.at(name);
            std::reverse(c.codes.begin(), c.codes.end());
            c.nulls.clear();
        }
        const auto changedRec = std::make_shared<const RecData>(buildRecData(changed).takeValue());
        const Recommender a = Recommender::train(f.rec).takeValue();
        const Recommender b = Recommender::train(changedRec).takeValue();
        QCOMPARE(a.success().coefficients(), b.success().coefficients());
        QCOMPARE(a.success().intercept(), b.success().intercept());
        QCOMPARE(a.success().platt().a, b.success().platt().a);
    }

    void alsOption()
    {
        const Fixture &f = fixture("demo-small");
        RecommenderOptions o;
        o.cf = CfMethod::Als;
        o.als.iterations = 5;
        const Recommender r = Recommender::train(f.rec, o).takeValue();
        QVERIFY(r.als());
        QCOMPARE(r.als()->studentFactors().size(), f.rec->students * 32);
        QCOMPARE(r.als()->internshipFactors().size(), f.rec->internships * 32);
        Eligibility rule;
        rule.referenceTime = f.scenario.referenceSeconds();
        const StudentRecommendations recs = r.recommend(3, 10, rule);
        QCOMPARE(recs.items.size(), std::size_t(10));
        QCOMPARE(recs.items[0].raw[CfComponent],
                 r.als()->score(3, std::size_t(recs.items[0].internship)));
    }
};

QTEST_APPLESS_MAIN(TestRecPipeline)
#include "test_rec_pipeline.moc"
