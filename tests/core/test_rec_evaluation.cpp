// The evaluation protocol: features that cannot see the future, the temporal split (relevance = an
// application, graded gains), tie-breaking and its rate, the blend search, calibration chosen on the
// validation slice, counts and reliability, coverage and the exposure Gini, and one eligibility rule.
#include "core/gen/generator.h"
#include "core/rec/evaluation.h"
#include "core/rec/feedback.h"
#include "core/rec/tie_break.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <clocale>
#include <set>

using namespace pmis;
using namespace pmis::rec;

namespace {

Dataset generate(const char *preset, double successRate, std::uint64_t seed = 0)
{
    Scenario s = loadPreset(preset).takeValue();
    if (successRate > 0)
        s.outcome.successRate = successRate;
    if (seed)
        s.seed = seed;
    return generateDataset(s).takeValue();
}

// Appends one row to every column of `t` (null everywhere), then returns its index.
std::size_t appendNullRow(Table &t)
{
    const std::size_t row = t.rowCount();
    for (Column &c : t.columns) {
        c.resize(row + 1);
        c.setNull(row);
    }
    return row;
}

void setCell(Column &c, std::size_t row, std::int64_t number, const std::string &text)
{
    switch (c.spec.type) {
    case ColumnType::Category:
        c.codes[row] = c.intern(text);
        break;
    case ColumnType::Text:
        c.texts[row] = text;
        break;
    case ColumnType::Double:
        c.reals[row] = double(number);
        break;
    default:
        c.ints[row] = number;
        break;
    }
    c.nulls[row] = 0;
}

} // namespace

class TestRecEvaluation : public QObject
{
    Q_OBJECT

    std::shared_ptr<const RecData> m_demo, m_pmis;
    EvaluationReport m_pmisReport;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_shared<const RecData>(
                buildRecData(generate("demo-small", 0)).takeValue());
        m_pmis = std::make_shared<const RecData>(
                buildRecData(generate("pmis-2025", 0.05, 1)).takeValue());
        EvaluationOptions o;
        o.bootstrap = 100;
        auto r = evaluate(m_pmis, o);
        QVERIFY2(r, r.error().c_str());
        m_pmisReport = r.takeValue();
    }

    void appendingFutureEventsLeavesEarlierFeaturesUnchanged()
    {
        Dataset data = generate("demo-small", 0);
        const RecData before = buildRecData(data).takeValue();
        std::int64_t median = 0;
        {
            std::vector<std::int64_t> dates;
            for (const OutcomeRow &o : before.outcomes)
                dates.push_back(o.date);
            std::sort(dates.begin(), dates.end());
            median = dates[dates.size() / 2];
        }
        // Future applications: every student applies to the five internships with most seats, one
        // second after the latest event, with an outcome each.
        std::int64_t last = 0;
        for (const Event &e : before.events)
            last = std::max(last, e.time);
        for (const OutcomeRow &o : before.outcomes)
            last = std::max(last, o.date);
        Table &ia = *data.find("interactions");
        Table &oc = *data.find("outcomes");
        std::vector<std::int64_t> studentNumber(before.students),
                internshipNumber(before.internships);
        for (const auto &[number, row] : before.studentByNumber)
            studentNumber[std::size_t(row)] = number;
        for (const auto &[number, row] : before.internshipByNumber)
            internshipNumber[std::size_t(row)] = number;
        for (std::size_t s = 0; s < before.students; ++s)
            for (std::size_t i = 0; i < 5; ++i) {
                const std::int64_t t = last + 1 + std::int64_t(s);
                const std::size_t r = appendNullRow(ia);
                setCell(*ia.find("student_id"), r, studentNumber[s], before.studentIds[s]);
                setCell(*ia.find("internship_id"), r, internshipNumber[i], before.internshipIds[i]);
                setCell(*ia.find("interaction_type"), r, 0, "apply");
                setCell(*ia.find("timestamp"), r, t, "");
                const std::size_t o = appendNullRow(oc);
                setCell(*oc.find("student_id"), o, studentNumber[s], before.studentIds[s]);
                setCell(*oc.find("internship_id"), o, internshipNumber[i], before.internshipIds[i]);
                setCell(*oc.find("application_date"), o, t, "");
                setCell(*oc.find("success"), o, 1, "true");
            }
        const RecData after = buildRecData(data).takeValue();
        QCOMPARE(after.skippedInteractions, before.skippedInteractions);
        QVERIFY(after.events.size() > before.events.size());
        const ContentModel content = ContentModel::build(before);
        std::vector<std::uint32_t> fit;
        for (std::uint32_t r = 0; r < before.outcomes.size(); ++r)
            if (before.outcomes[r].date < median)
                fit.push_back(r);
        const SuccessModel model = SuccessModel::train(before, content, fit, {}).takeValue();
        std::size_t changedIfCountingAll = 0;
        for (const OutcomeRow &o : before.outcomes) {
            const auto s = std::size_t(o.student), i = std::size_t(o.internship);
            QCOMPARE(model.features(after, content, s, i, o.date),
                     model.features(before, content, s, i, o.date));
            changedIfCountingAll += model.features(after, content, s, i, kNoTime)
                                    != model.features(before, content, s, i, kNoTime);
        }
        // The appended events would change features that counted every event: the test can fail.
        QVERIFY(changedIfCountingAll > 0);
    }

    void recommenderFollowsTheSchemaRoles()
    {
        Dataset data = generate("demo-small", 0);
        const RecData plain = buildRecData(data).takeValue();
        std::size_t closing = 0;
        for (const Event &e : plain.events) {
            QCOMPARE(e.postOutcome, e.type == EventType::Shortlist || e.type == EventType::Reject);
            closing += e.postOutcome;
        }
        QVERIFY(closing > 0);
        // Closing steps say "applied" but carry no preference weight.
        const Feedback f = buildFeedback(plain);
        for (std::size_t s = 0; s < plain.students; ++s)
            for (std::uint32_t e = plain.eventOffset[s]; e < plain.eventOffset[s + 1]; ++e)
                if (plain.events[e].postOutcome) {
                    const auto k = f.find(s, plain.events[e].internship);
                    QVERIFY(k >= 0 && f.applied[std::size_t(k)]);
                }
        // A feature column declared post-outcome is never read.
        QVERIFY(std::any_of(plain.cgpa.begin(), plain.cgpa.end(),
                            [](double v) { return !std::isnan(v); }));
        data.find("students")->find("cgpa")->spec.role = ColumnRole::PostOutcome;
        const RecData hidden = buildRecData(data).takeValue();
        QVERIFY(std::all_of(hidden.cgpa.begin(), hidden.cgpa.end(),
                            [](double v) { return std::isnan(v); }));
    }

    void temporalSplitUsesApplicationsOnly()
    {
        const RecData &d = *m_pmis;
        const InteractionSplit s = temporalSplit(d, 0.2, 0.1);
        QVERIFY(s.validationCut < s.testCut);
        QVERIFY(!s.students.empty() && !s.validationStudents.empty());
        QVERIFY(s.severalRelevant);
        std::size_t applies = 0, testApplies = 0;
        for (std::size_t e = 0; e < d.events.size(); ++e) {
            QCOMPARE(bool(s.train[e]), d.events[e].time < s.validationCut);
            QCOMPARE(bool(s.trainTest[e]), d.events[e].time < s.testCut);
            if (d.events[e].type == EventType::Apply) {
                ++applies;
                testApplies += d.events[e].time >= s.testCut;
            }
        }
        QVERIFY(std::abs(double(testApplies) / double(applies) - 0.2) < 0.01);
        for (std::size_t u = 0; u < s.students.size(); ++u) {
            const auto st = std::size_t(s.students[u]);
            const RelevantSet &rel = s.relevant[u];
            QCOMPARE(rel.items.size(), rel.gains.size());
            for (std::size_t k = 0; k < rel.items.size(); ++k) {
                // Every relevant item is an application after the test cut, never a bare view.
                bool applied = false;
                for (std::uint32_t e = d.eventOffset[st]; e < d.eventOffset[st + 1]; ++e)
                    applied |= d.events[e].internship == rel.items[k]
                               && d.events[e].type == EventType::Apply
                               && d.events[e].time >= s.testCut;
                QVERIFY(applied);
                QVERIFY(rel.gains[k] == kGainApply || rel.gains[k] == kGainShortlist
                        || rel.gains[k] == kGainSelected);
            }
        }
        // Selected applications carry the top gain.
        std::size_t selected = 0;
        for (std::size_t u = 0; u < s.students.size(); ++u)
            for (double g : s.relevant[u].gains)
                selected += g == kGainSelected;
        QVERIFY(selected > 0);
        const OutcomeSplit o = outcomeSplitAt(d, s.validationCut, s.testCut);
        QCOMPARE(o.fit.size() + o.calibration.size() + o.test.size(), d.outcomes.size());
        for (std::uint32_t r : o.fit)
            QVERIFY(d.outcomes[r].date < s.validationCut);
        for (std::uint32_t r : o.test)
            QVERIFY(d.outcomes[r].date >= s.testCut);
    }

    void leaveLastOutHoldsOutApplicationsOnly()
    {
        const RecData &d = *m_pmis;
        const InteractionSplit s = leaveLastOut(d);
        QVERIFY(!s.students.empty());
        QVERIFY(!s.severalRelevant);
        for (std::size_t u = 0; u < s.students.size(); ++u) {
            const auto st = std::size_t(s.students[u]);
            bool applied = false;
            for (std::uint32_t e = d.eventOffset[st]; e < d.eventOffset[st + 1]; ++e)
                applied |= d.events[e].internship == s.relevant[u].items[0]
                           && d.events[e].type == EventType::Apply;
            QVERIFY(applied);
        }
    }

    void reportStatesProtocolAndOmitsCopiedMetrics()
    {
        const EvaluationReport &r = m_pmisReport;
        QVERIFY(r.protocol == Protocol::Temporal);
        QVERIFY(r.protocolText.find("temporal") != std::string::npos);
        QVERIFY(r.severalRelevant);
        EvaluationOptions o;
        o.protocol = Protocol::LeaveLastOut;
        o.bootstrap = 0;
        o.checkExplanations = false;
        const EvaluationReport llo = evaluate(m_demo, o).takeValue();
        QVERIFY(!llo.severalRelevant);
        QVERIFY(!llo.blend.learned);
        QVERIFY(llo.protocolText.find("leave-last-out") != std::string::npos);
    }

    void tiesAreBrokenByHashAndCounted()
    {
        const std::vector<double> scores(50, 1.0);
        std::vector<std::uint64_t> keys(50), other(50);
        for (std::size_t i = 0; i < 50; ++i) {
            keys[i] = tieBreakKey(42, 7, i);
            other[i] = tieBreakKey(43, 7, i);
        }
        const TopK a = topK(scores, {}, keys, 10), b = topK(scores, {}, keys, 10),
                   c = topK(scores, {}, other, 10);
        QCOMPARE(a.items, b.items); // deterministic
        QVERIFY(a.boundaryTie);
        std::vector<std::int32_t> firstRows(10);
        for (int i = 0; i < 10; ++i)
            firstRows[std::size_t(i)] = i;
        QVERIFY(a.items != firstRows); // not the lowest rows
        QVERIFY(a.items != c.items);   // the seed decides
        for (std::size_t k = 1; k < a.items.size(); ++k)
            QVERIFY(keys[std::size_t(a.items[k - 1])] < keys[std::size_t(a.items[k])]);
        const TopK distinct = topK({3, 2, 1, 0}, {}, {}, 2);
        QVERIFY(!distinct.boundaryTie);
        QCOMPARE(distinct.items, (std::vector<std::int32_t>{0, 1}));
        // Content scores tie often; the report says how often the tie-break decided the K-th place.
        QVERIFY(m_pmisReport.method("content")->tieRate > 0.1);
        QVERIFY(m_pmisReport.method("random")->tieRate == 0.0);
    }

    void learnedBlendBeatsItsComponents()
    {
        const EvaluationReport &r = m_pmisReport;
        QVERIFY(r.blend.learned);
        QCOMPARE(r.blend.grid.size(), std::size_t(66)); // the simplex at step 0.1
        for (const BlendCandidate &c : r.blend.grid) {
            QVERIFY(std::abs(c.weights.content + c.weights.cf + c.weights.success - 1.0) < 1e-12);
            QVERIFY(c.ndcg <= r.blend.chosenNdcg);
        }
        QCOMPARE(r.cfMethod, std::string("als"));
        const double hybrid = r.method("hybrid")->atK.ndcg;
        for (const char *component : {"content", "cf", "success"})
            QVERIFY2(hybrid >= r.method(component)->atK.ndcg,
                     qPrintable(QStringLiteral("hybrid %1, %2 %3")
                                        .arg(hybrid)
                                        .arg(QString::fromLatin1(component))
                                        .arg(r.method(component)->atK.ndcg)));
        QVERIFY(r.method("cf")->atK.ndcg > r.method("popularity")->atK.ndcg);
    }

    void shippedWeightsAreLearnedOnTheNewestApplications()
    {
        const auto search = learnBlendWeights(m_pmis, RecommenderOptions{});
        QVERIFY2(search, search.error().c_str());
        QVERIFY(search->learned);
        QVERIFY(search->students > 100);
        QCOMPARE(search->grid.size(), std::size_t(66));
        for (const BlendCandidate &c : search->grid)
            QVERIFY(c.ndcg <= search->chosenNdcg);
        // The search is deterministic.
        const auto again = learnBlendWeights(m_pmis, RecommenderOptions{});
        QCOMPARE(again->chosen.content, search->chosen.content);
        QCOMPARE(again->chosenNdcg, search->chosenNdcg);
    }

    void calibrationOnlyWhenItHelps()
    {
        const EvaluationReport &r = m_pmisReport;
        QVERIFY(std::isfinite(r.validationLogLoss) && std::isfinite(r.validationLogLossPlatt));
        QCOMPARE(r.calibrated, r.validationLogLossPlatt < r.validationLogLoss);
        QCOMPARE(r.platt.fitted, r.calibrated);
        QVERIFY(r.calibrationNote.find("validation log loss") != std::string::npos);
    }

    void countsAndReliability()
    {
        const EvaluationReport &r = m_pmisReport;
        QCOMPARE(r.model.positives + r.model.negatives, r.model.n);
        QCOMPARE(r.model.reliable, r.model.positives >= kMinPositives);
        for (const GroupCalibration &g : r.calibrationByGroup) {
            QCOMPARE(g.positives + g.negatives, g.n);
            QCOMPARE(g.reliable,
                     g.positives >= kMinGroupPositives && g.negatives >= kMinGroupPositives);
        }
        // Five positives: not reliable, and some bootstrap resamples hold one class and are counted.
        std::vector<double> p;
        std::vector<std::uint8_t> y;
        for (int i = 0; i < 200; ++i) {
            p.push_back(double(i) / 200.0);
            y.push_back(i % 40 == 0 ? 1 : 0);
        }
        const BinaryReport few = binaryReport("few", p, y, 500, 3, 1);
        QCOMPARE(few.positives, std::size_t(5));
        QVERIFY(!few.reliable);
        QCOMPARE(few.resamples, std::size_t(500));
        QVERIFY(few.droppedResamples > 0);
    }

    void coverageOfOpenInternshipsAndGini()
    {
        QCOMPARE(giniCoefficient({1, 1, 1, 1}), 0.0);
        QVERIFY(std::abs(giniCoefficient({0, 0, 0, 4}) - 0.75) < 1e-12);
        QCOMPARE(giniCoefficient({}), 0.0);
        const EvaluationReport &r = m_pmisReport;
        QVERIFY(r.openInternships > 0 && r.openInternships <= m_pmis->internships);
        for (const MethodReport &m : r.methods) {
            QVERIFY(m.coverage >= 0 && m.coverage <= 1);
            QVERIFY(m.exposureGini >= 0 && m.exposureGini < 1);
        }
        QVERIFY(r.method("popularity")->exposureGini > r.method("random")->exposureGini);
    }

    void oneEligibilityRule()
    {
        // The evaluation's hybrid list is what the shipped recommend() returns under the same rule.
        const RecData &d = *m_demo;
        const Recommender r = Recommender::train(m_demo).takeValue();
        Eligibility rule;
        rule.referenceTime = 0;
        rule.excludeUnavailable = false;
        for (std::size_t s = 0; s < d.students; s += 7) {
            const StudentRecommendations shipped = r.recommend(s, 10, rule, nullptr, false);
            const CandidatePool pool = r.candidatePool(s, rule, r.options().weights);
            const auto top = Recommender::blendTop(pool, r.options().weights, 10);
            QCOMPARE(shipped.items.size(), top.size());
            for (std::size_t k = 0; k < top.size(); ++k)
                QCOMPARE(shipped.items[k].internship, pool.items[top[k]]);
            for (const Recommendation &x :
                 shipped.items) // viewed internships stay eligible, applied ones not
                QVERIFY(!r.feedback().hasApplied(s, x.internship));
        }
    }

    void numbersDoNotDependOnTheLocale()
    {
        QCOMPARE(formatDecimal(-0.0625, 3), std::string("-0.062"));
        QCOMPARE(formatDecimal(1234.5, 1), std::string("1234.5"));
        QVERIFY(std::isnan(parseDecimal("2,5")));
        QVERIFY(std::isnan(parseDecimal("")));
        QCOMPARE(parseDecimal(" +3.25 "), 3.25);
        QCOMPARE(normaliseToken("  Machine   LEARNING "), std::string("machine learning"));
        QCOMPARE(normaliseToken("\xC3\x89"
                                "cole"),
                 std::string("\xC3\x89"
                             "cole")); // bytes beyond ASCII kept
        const char *previous = std::setlocale(LC_NUMERIC, nullptr);
        const std::string saved = previous ? previous : "C";
        if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8")
            && !std::setlocale(LC_NUMERIC, "fr_FR.UTF-8"))
            QSKIP("no locale with a decimal comma is installed");
        const std::string text = formatDecimal(1.5, 2);
        const double parsed = parseDecimal("2.5");
        std::setlocale(LC_NUMERIC, saved.c_str());
        QCOMPARE(text, std::string("1.50"));
        QCOMPARE(parsed, 2.5);
    }
};

QTEST_GUILESS_MAIN(TestRecEvaluation)
#include "test_rec_evaluation.moc"
