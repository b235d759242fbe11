// Data that never contradicts itself: every declared order of times, the funnel, closing steps
// against outcomes, seats and one outcome per apply hold for the presets at several success rates
// and seeds; the type shares hold from 0.1% to 50% success; conflicting targets are refused in
// words; the ground truth round-trips; and the consistency checks catch each kind of break.
#include "core/gen/generator.h"
#include "core/io/dataset_import.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <QtTest>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace pmis;
using quality::CheckStatus;

namespace {

Dataset generate(const Scenario &s)
{
    auto d = generateDataset(s, {2, {}});
    if (!d)
        qFatal("generation failed: %s", d.error().c_str());
    return d.takeValue();
}

quality::QualityReport report(const Dataset &d, const Scenario *s)
{
    auto r = quality::computeQuality(d, s);
    if (!r)
        qFatal("quality failed: %s", r.error().c_str());
    return r.takeValue();
}

// The rows a consistency check found breaking its rule; -1 when the check did not run.
double broken(const quality::QualityReport &r, const char *id)
{
    const quality::Check *c = r.find(std::string("consistency.") + id);
    return c ? c->measured : -1;
}

std::size_t countType(const Dataset &d, std::string_view type)
{
    const Column &t = d.interactions.at("interaction_type");
    std::size_t n = 0;
    for (std::size_t r = 0; r < t.size(); ++r)
        n += t.category(r) == type;
    return n;
}

// A scenario whose shortlist is over half of apply, so any success rate up to 50% fits.
Scenario wideFunnel(double rate)
{
    Scenario s = *loadPreset("pmis-2025");
    s.interaction.types.shares
            = {{"view", 0.50}, {"apply", 0.30}, {"shortlist", 0.16}, {"reject", 0.04}};
    s.outcome.successRate = rate;
    return s;
}

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsHoldEveryRule_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("seed");
        for (const QString &preset : {QStringLiteral("pmis-2025"), QStringLiteral("demo-small")})
            for (double rate : {0.0021, 0.05, 0.20})
                for (int seed = 1; seed <= 5; ++seed)
                    QTest::addRow("%s rate %g seed %d", qPrintable(preset), rate, seed)
                            << preset << rate << seed;
    }

    void presetsHoldEveryRule()
    {
        QFETCH(QString, preset);
        QFETCH(double, rate);
        QFETCH(int, seed);
        Scenario s = *loadPreset(preset.toStdString());
        s.outcome.successRate = rate;
        s.seed = std::uint64_t(seed);
        const Dataset d = generate(s);
        const auto r = report(d, &s);
        int consistency = 0;
        for (const quality::Check &c : r.checks) {
            if (c.category != "consistency")
                continue;
            ++consistency;
            QVERIFY2(c.status == CheckStatus::Pass && c.measured == 0,
                     (c.id + ": " + c.reason).c_str());
        }
        QVERIFY2(consistency >= 16, "every consistency check runs on generated data");
        for (const char *id :
             {"distribution.interactions.interaction_type", "outcome.success_rate"}) {
            const quality::Check *c = r.find(id);
            QVERIFY(c);
            QVERIFY2(c->status == CheckStatus::Pass, (c->id + ": " + c->reason).c_str());
        }
    }

    // Scenarios at the rules' bounds: the earliest and latest reference dates with the longest
    // windows, the largest seats, times and page counts. Every time keeps a four-digit year and
    // every rule holds (UBSan builds also see that no arithmetic overflows).
    void boundsOfTheRulesStayConsistent_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addRow("1900-01-01") << QStringLiteral("1900-01-01");
        QTest::addRow("2899-12-31") << QStringLiteral("2899-12-31");
    }

    void boundsOfTheRulesStayConsistent()
    {
        QFETCH(QString, reference);
        Scenario s = *loadPreset("demo-small");
        s.referenceDate = reference.toStdString();
        s.student.createdWithinDays = s.internship.createdWithinDays = 36500;
        s.internship.deadlineWithinDays = s.interaction.windowDays = 36500;
        for (auto &[size, range] : s.internship.positions)
            range = {100000, 100000};
        for (auto &[type, range] : s.interaction.timeSpent)
            range = {0, 86400};
        for (auto &[type, range] : s.interaction.pageViews)
            range = {0, 100000};
        QVERIFY2(validateScenario(s).isOk(), validateScenario(s).message().c_str());
        const Dataset d = generate(s);
        const QRegularExpression time(
                QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2})?$"));
        for (const Table *t : d.tables())
            for (const Column &c : t->columns) {
                if (c.spec.type != ColumnType::Timestamp && c.spec.type != ColumnType::Date)
                    continue;
                for (std::size_t r = 0; r < c.size(); r += 97) {
                    if (c.isNull(r))
                        continue;
                    const QString text = QString::fromStdString(c.text(r));
                    QVERIFY2(time.match(text).hasMatch(),
                             (t->name + "." + c.spec.name + ": " + c.text(r)).c_str());
                }
            }
        const auto r = report(d, &s);
        for (const quality::Check &c : r.checks)
            if (c.category == "consistency")
                QVERIFY2(c.measured == 0, (c.id + ": " + c.reason).c_str());
    }

    // The closing step is drawn with the outcome: the type shares do not move with the success rate.
    void typeSharesHoldAtAnySuccessRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("exact");
        for (double rate : {0.001, 0.01, 0.05, 0.13, 0.2, 0.35, 0.5})
            for (bool exact : {false, true})
                QTest::addRow("%g %s", rate, exact ? "exact" : "sampled") << rate << exact;
    }

    void typeSharesHoldAtAnySuccessRate()
    {
        QFETCH(double, rate);
        QFETCH(bool, exact);
        Scenario s = wideFunnel(rate);
        s.outcome.mode = exact ? ShareMode::Exact : ShareMode::Sampled;
        QVERIFY2(validateScenario(s).isOk(), validateScenario(s).message().c_str());
        const Dataset d = generate(s);
        const auto r = report(d, &s);
        const quality::Check *types = r.find("distribution.interactions.interaction_type");
        QVERIFY(types);
        QVERIFY2(types->status == CheckStatus::Pass, types->reason.c_str());
        QCOMPARE(broken(r, "outcome.closing_step"), 0.0);
        QCOMPARE(broken(r, "funnel.closing_after_apply"), 0.0);
        // The closing rows split exactly as shortlist : reject = 0.16 : 0.04.
        const std::size_t shortlists = countType(d, "shortlist"), rejects = countType(d, "reject");
        const auto closing = double(shortlists + rejects);
        QCOMPARE(double(shortlists), std::round(closing * 0.8));
        // And the closing rows are (shortlist + reject) / apply of the applies, within one engagement.
        const double applies = double(countType(d, "apply"));
        QVERIFY2(std::abs(closing - applies * 0.2 / 0.3) <= 3.0,
                 qPrintable(QStringLiteral("closing %1 vs applies %2").arg(closing).arg(applies)));
        QCOMPARE(d.interactions.rowCount(), std::size_t(s.interactions));
    }

    void conflictingTargetsAreRefusedInWords()
    {
        Scenario s = *loadPreset("pmis-2025");
        QVERIFY(funnelConflicts(s).empty());
        s.outcome.successRate = 0.5; // shortlist is 40% of apply in pmis-2025
        const Status st = validateScenario(s);
        QVERIFY(!st.isOk());
        QVERIFY2(st.message().find("$.outcomes.success_rate") != std::string::npos,
                 st.message().c_str());
        QVERIFY2(st.message().find("shortlist") != std::string::npos, st.message().c_str());
        QVERIFY2(st.message().find("40.0%") != std::string::npos, st.message().c_str());
        const auto conflicts = funnelConflicts(s);
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts.front().path, std::string("$.outcomes.success_rate"));

        Scenario t = *loadPreset("pmis-2025");
        t.interaction.types.shares
                = {{"view", 0.2}, {"apply", 0.3}, {"shortlist", 0.3}, {"reject", 0.2}};
        const auto both = funnelConflicts(t);
        QCOMPARE(both.size(), std::size_t(2)); // apply > view, and shortlist + reject > apply
        QVERIFY2(both[0].message.find("every application follows a view") != std::string::npos,
                 both[0].message.c_str());
        QVERIFY2(both[1].message.find("each closes one application") != std::string::npos,
                 both[1].message.c_str());
        QVERIFY(!validateScenario(t).isOk());
        // The kinds and figures the studio words its messages with.
        QVERIFY(conflicts.front().kind == TargetConflict::Kind::RateOverShortlist);
        QCOMPARE(conflicts.front().share, 0.5);
        QVERIFY(std::abs(conflicts.front().limit - 0.4) < 1e-12);
        QVERIFY(both[0].kind == TargetConflict::Kind::ApplyOverView);
        QVERIFY(std::abs(both[0].share - 0.3) < 1e-12 && std::abs(both[0].limit - 0.2) < 1e-12);
        QVERIFY(both[1].kind == TargetConflict::Kind::ClosingOverApply);
        QVERIFY(std::abs(both[1].share - 0.5) < 1e-12 && std::abs(both[1].limit - 0.3) < 1e-12);
    }

    // The seat estimate matches the positions the generator offers, and the applications estimate
    // the apply interactions it writes.
    void expectedSeatsAndApplicationsMatchTheData()
    {
        const Scenario s = *loadPreset("pmis-2025");
        const Dataset d = generate(s);
        const Column &positions = d.internships.at("positions_available");
        double seats = 0;
        for (std::size_t r = 0; r < d.internships.rowCount(); ++r)
            seats += positions.number(r);
        // A sum of 1,000 draws whose company sizes are sampled: within 5% of its mean.
        QVERIFY2(std::abs(seats - expectedSeats(s)) < 0.05 * expectedSeats(s),
                 qPrintable(
                         QStringLiteral("%1 seats, %2 expected").arg(seats).arg(expectedSeats(s))));
        const Column &type = d.interactions.at("interaction_type");
        const auto apply = type.codeOf("apply");
        double applies = 0;
        for (std::size_t r = 0; r < d.interactions.rowCount(); ++r)
            applies += type.codes[r] == apply ? 1 : 0;
        QVERIFY2(std::abs(applies - expectedApplications(s)) < 0.05 * expectedApplications(s),
                 qPrintable(QStringLiteral("%1 applications, %2 expected")
                                    .arg(applies)
                                    .arg(expectedApplications(s))));
    }

    void groundTruthRoundTrips()
    {
        Scenario s = *loadPreset("pmis-2025");
        const Dataset d = generate(s);
        const Column &p = d.outcomes.at("true_probability");
        QVERIFY(p.size() > 1000);
        std::size_t tiny = 0;
        for (std::size_t r = 0; r < p.size(); ++r) {
            const std::string text = p.text(r);
            double back = -1;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), back);
            QVERIFY2(ec == std::errc() && end == text.data() + text.size(), text.c_str());
            QVERIFY2(std::memcmp(&back, &p.reals[r], sizeof back) == 0, text.c_str());
            QVERIFY(back > 0);
            tiny += back < 1e-5;
        }
        QVERIFY2(tiny > 0,
                 "the preset's probabilities include values below 1e-5 (the case 6 decimals lost)");
    }

    // Each check fails on a dataset broken the way it describes, and counts the broken rows.
    void checksCatchEachBreak()
    {
        Scenario s = *loadPreset("demo-small");
        s.outcome.successRate = 0.2;
        const Dataset good = generate(s);
        QCOMPARE(broken(report(good, &s), "order.profile_before_engagement"), 0.0);
        const Column &type = good.interactions.at("interaction_type");
        const auto firstOf = [&](std::string_view t) {
            for (std::size_t r = 0; r < type.size(); ++r)
                if (type.category(r) == t)
                    return r;
            return std::size_t(-1);
        };

        Dataset d = good;
        d.interactions.at("timestamp").ints[0]
                = d.students.at("created_at")
                          .ints[std::size_t(d.interactions.at("student_id").ints[0] - 1)]
                  - 1;
        QCOMPARE(broken(report(d, &s), "order.profile_before_engagement"), 1.0);

        d = good;
        const std::size_t apply = firstOf("apply");
        const auto j = std::size_t(d.interactions.at("internship_id").ints[apply] - 1);
        d.interactions.at("timestamp").ints[apply]
                = d.internships.at("application_deadline").ints[j] + 86400;
        QVERIFY(broken(report(d, &s), "order.apply_by_deadline") >= 1.0);

        d = good; // a selected application whose engagement ends in reject
        const Column &success = d.outcomes.at("success");
        std::size_t won = 0;
        while (won < success.size() && success.ints[won] == 0)
            ++won;
        QVERIFY(won < success.size());
        const auto closingRow
                = std::size_t(d.outcomes.at("interaction_id").ints[won]); // the row after the apply
        Column &types = d.interactions.at("interaction_type");
        QCOMPARE(types.category(closingRow), std::string_view("shortlist"));
        types.codes[closingRow] = types.codeOf("reject");
        QCOMPARE(broken(report(d, &s), "outcome.closing_step"), 1.0);

        d = good; // a decision before its application
        d.outcomes.at("selection_date").ints[0]
                = d.outcomes.at("application_date").ints[0] - 2 * 86400;
        QCOMPARE(broken(report(d, &s), "order.decision_after_application"), 1.0);

        d = good; // a decision after the reference date
        d.outcomes.at("selection_date").ints[1] = s.referenceSeconds() + 86400;
        QCOMPARE(broken(report(d, &s), "order.outcomes.selection_date_by_reference_date"), 1.0);

        d = good; // an apply before its view
        Column &time = d.interactions.at("timestamp");
        time.ints[apply - 1] = time.ints[apply] + 10;
        QCOMPARE(broken(report(d, &s), "funnel.apply_after_view"), 1.0);

        d = good; // more selected than positions
        Column &positions = d.internships.at("positions_available");
        const auto wonAt = std::size_t(d.outcomes.at("internship_id").ints[won] - 1);
        positions.ints[wonAt] = 0;
        QCOMPARE(broken(report(d, &s), "outcome.selected_within_positions"), 1.0);
    }

    // Success by group sits next to the bias terms: a tier bias shows in its group's line.
    void successByGroupNamesTheBiasTerms()
    {
        Scenario s = *loadPreset("pmis-2025");
        s.outcome.successRate = 0.05;
        s.outcome.tierBias = {{"Tier-3", -1.0}};
        const Dataset d = generate(s);
        const auto r = report(d, &s);
        const quality::Check *tier = r.find("outcome.success_by_group.college_tier");
        QVERIFY(tier);
        QCOMPARE(tier->chart.labels.size(), std::size_t(3));
        QVERIFY2(tier->reason.find("Tier-3") != std::string::npos
                         && tier->reason.find("(bias -1.00)") != std::string::npos,
                 tier->reason.c_str());
        QVERIFY2(tier->reason.find("sets bias terms") != std::string::npos, tier->reason.c_str());
        // Tier-3 with a negative bias succeeds less than the others, below its no-dependence band.
        const auto t3 = std::size_t(
                std::find(tier->chart.labels.begin(), tier->chart.labels.end(), "Tier-3")
                - tier->chart.labels.begin());
        QVERIFY(tier->chart.realized[t3] < tier->chart.bandLow[t3]);
        const quality::Check *gender = r.find("outcome.success_by_group.gender");
        QVERIFY(gender);
        QVERIFY2(gender->reason.find("Every bias term for this attribute is zero")
                         != std::string::npos,
                 gender->reason.c_str());
    }

    void oldGeneratorFilesFailTheChecksTheyBreak()
    {
        auto imported = importDataset(PMIS_TEST_DATA "/legacy");
        QVERIFY2(imported.isOk(), imported.error().c_str());
        const auto r = report(imported->data, nullptr);
        QVERIFY(broken(r, "funnel.apply_after_view") > 0);
        QVERIFY(broken(r, "order.profile_before_engagement") > 0);
        QVERIFY(broken(r, "order.posting_before_engagement") > 0);
        QVERIFY(broken(r, "outcome.closing_step") > 0);
        const quality::Check *c = r.find("consistency.funnel.apply_after_view");
        QCOMPARE(c->status, CheckStatus::Fail);
        QVERIFY2(c->reason.find("of 211 applies") != std::string::npos, c->reason.c_str());
    }
};

QTEST_APPLESS_MAIN(TestConsistency)
#include "test_consistency.moc"
