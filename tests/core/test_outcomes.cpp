// The outcome model: realized success rates within sampling noise of the target, exact mode
// exact, success rising with skill match, and bias terms acting on their groups.
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "core/util/rng.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace pmis;

namespace {

// pmis-2025 scaled by `scale` (students, internships and interactions alike).
Dataset generate(double rate, ShareMode mode, std::int64_t scale = 1)
{
    Scenario s = *loadPreset("pmis-2025");
    s.outcome.successRate = rate;
    s.outcome.mode = mode;
    s.students *= scale;
    s.internships *= scale;
    s.interactions *= scale;
    auto d = generateDataset(s, {2, {}});
    return d.takeValue();
}

// Share of required skills each applicant holds.
std::vector<double> skillMatch(const Dataset &d)
{
    const Column &skills = d.students.at("skills");
    const Column &req = d.internships.at("required_skills");
    const Column &student = d.outcomes.at("student_id");
    const Column &internship = d.outcomes.at("internship_id");
    std::vector<double> out;
    for (std::size_t r = 0; r < student.size(); ++r) {
        const auto s = std::size_t(student.ints[r] - 1), i = std::size_t(internship.ints[r] - 1);
        std::set<std::int32_t> have;
        for (std::size_t k = 0; k < skills.listSize(s); ++k)
            have.insert(skills.listCode(s, k));
        int n = 0;
        for (std::size_t k = 0; k < req.listSize(i); ++k)
            n += int(have.count(req.listCode(i, k)));
        out.push_back(double(n) / double(req.listSize(i)));
    }
    return out;
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateWithinNoise_data();
    void rateWithinNoise();
    void exactModeExact_data();
    void exactModeExact();
    void successRisesWithSkillMatch_data();
    void successRisesWithSkillMatch();
    void biasLowersGroupRate();
    void postOutcomeColumnsFollowLabel();
};

void TestOutcomes::rateWithinNoise_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("0.21%") << 0.0021;
    QTest::newRow("5%") << 0.05;
    QTest::newRow("30%") << 0.30;
}

void TestOutcomes::rateWithinNoise()
{
    QFETCH(double, rate);
    const Dataset d = generate(rate, ShareMode::Sampled);
    const Column &success = d.outcomes.at("success");
    const Column &truth = d.outcomes.at("true_probability");
    const double n = double(success.size());
    const double selected
            = double(std::accumulate(success.ints.begin(), success.ints.end(), std::int64_t(0)));
    // The intercept is solved so the expected rate after seat limits is the target; before the
    // limits it can only be higher.
    const double expected = std::accumulate(truth.reals.begin(), truth.reals.end(), 0.0);
    QVERIFY(expected / n >= rate - 1e-9);
    double variance = 0;
    for (double p : truth.reals)
        variance += p * (1 - p);
    QVERIFY2(std::abs(selected - n * rate) <= 4 * std::sqrt(variance),
             qPrintable(QStringLiteral("%1 selected of %2 (target %3)")
                                .arg(selected)
                                .arg(n)
                                .arg(n * rate)));
}

void TestOutcomes::exactModeExact_data()
{
    rateWithinNoise_data();
}

void TestOutcomes::exactModeExact()
{
    QFETCH(double, rate);
    const Dataset d = generate(rate, ShareMode::Exact);
    const Column &success = d.outcomes.at("success");
    const auto selected
            = std::accumulate(success.ints.begin(), success.ints.end(), std::int64_t(0));
    QCOMPARE(selected, std::llround(rate * double(success.size())));
}

void TestOutcomes::successRisesWithSkillMatch_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("5%") << 0.05;
    QTest::newRow("30%") << 0.30;
}

void TestOutcomes::successRisesWithSkillMatch()
{
    QFETCH(double, rate);
    const Dataset d = generate(rate, ShareMode::Sampled, 4);
    const auto match = skillMatch(d);
    const Column &success = d.outcomes.at("success");
    // Skill match takes few distinct values, so ties are ordered by a seeded random key: quintiles
    // that share a match level have the same expected rate and may differ only by noise.
    std::vector<std::size_t> order(match.size());
    std::iota(order.begin(), order.end(), 0);
    const RandomStream tie(9, "test", "ties");
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        return match[a] != match[b] ? match[a] < match[b] : tie.bits(a) < tie.bits(b);
    });
    std::vector<double> rate_(5, 0.0), size(5, 0.0);
    for (std::size_t q = 0; q < 5; ++q) {
        const std::size_t from = order.size() * q / 5, to = order.size() * (q + 1) / 5;
        double hits = 0;
        for (std::size_t k = from; k < to; ++k)
            hits += double(success.ints[order[k]]);
        size[q] = double(to - from);
        rate_[q] = hits / size[q];
    }
    QString all;
    for (double r : rate_)
        all += QString::number(r, 'f', 4) + QLatin1Char(' ');
    for (std::size_t q = 1; q < 5; ++q) {
        const double se = std::sqrt(rate_[q] * (1 - rate_[q]) / size[q]
                                    + rate_[q - 1] * (1 - rate_[q - 1]) / size[q - 1]);
        QVERIFY2(rate_[q] >= rate_[q - 1] - 3 * se,
                 qPrintable(QStringLiteral("quintile rates ") + all));
    }
    const double se
            = std::sqrt(rate_[4] * (1 - rate_[4]) / size[4] + rate_[0] * (1 - rate_[0]) / size[0]);
    QVERIFY2(rate_[4] - rate_[0] > 6 * se && rate_[4] > 1.5 * rate_[0],
             qPrintable(QStringLiteral("quintile rates ") + all));
}

void TestOutcomes::biasLowersGroupRate()
{
    Scenario s = *loadPreset("pmis-2025");
    s.outcome.successRate = 0.2;
    s.outcome.tierBias = {{"Tier-3", -1.5}};
    auto d = generateDataset(s, {2, {}});
    QVERIFY(d.isOk());
    const Column &tier = d->students.at("college_tier");
    const Column &student = d->outcomes.at("student_id");
    const Column &success = d->outcomes.at("success");
    double hit3 = 0, n3 = 0, hitOther = 0, nOther = 0;
    for (std::size_t r = 0; r < student.size(); ++r) {
        const bool t3 = tier.category(std::size_t(student.ints[r] - 1)) == "Tier-3";
        (t3 ? hit3 : hitOther) += double(success.ints[r]);
        (t3 ? n3 : nOther) += 1;
    }
    QVERIFY2(hit3 / n3 < 0.6 * (hitOther / nOther),
             qPrintable(QStringLiteral("%1 vs %2").arg(hit3 / n3).arg(hitOther / nOther)));
}

void TestOutcomes::postOutcomeColumnsFollowLabel()
{
    const Dataset d = generate(0.3, ShareMode::Sampled);
    const Table &o = d.outcomes;
    for (std::size_t r = 0; r < o.rowCount(); ++r) {
        const bool won = o.at("success").ints[r] == 1;
        QCOMPARE(o.at("application_status").category(r),
                 std::string_view(won ? "selected" : "rejected"));
        const auto rounds = o.at("interview_rounds").ints[r];
        QVERIFY(won ? (rounds >= 2 && rounds <= 4) : (rounds >= 0 && rounds <= 2));
        QCOMPARE(o.at("rejection_reason").isNull(r), won);
        QCOMPARE(o.at("true_probability").spec.role, ColumnRole::GroundTruth);
    }
    // A selected application's engagement never closes with a rejection.
    const Column &type = d.interactions.at("interaction_type");
    const Column &session = d.interactions.at("session_id");
    for (std::size_t r = 0; r < o.rowCount(); ++r) {
        if (o.at("success").ints[r] != 1)
            continue;
        const auto apply = std::size_t(o.at("interaction_id").ints[r] - 1);
        if (apply + 1 < type.size() && session.ints[apply + 1] == session.ints[apply])
            QVERIFY(type.category(apply + 1) != "reject");
    }
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "test_outcomes.moc"
