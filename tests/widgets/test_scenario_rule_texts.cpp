// The scenario rules' sentences in the studio: every pattern core writes is in the catalogue, the
// English catalogue reads as the command line does, and in Hindi a refused edit is worded in Hindi.
#include "core/scenario/scenario_json.h"
#include "widgets/studio/scenario_rule_texts.h"
#include "widgets/studio/studio_document.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <set>

using namespace pmis;

namespace {

bool hasDevanagari(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

Scenario preset()
{
    auto s = loadPreset("pmis-2025");
    if (!s)
        qFatal("no preset");
    return *s;
}

// What StudioDocument::validate checks: the rules, then a round trip through the strict loader.
Status refusal(const Scenario &s)
{
    Status st = validateScenario(s);
    if (st)
        st = scenarioFromJson(scenarioToJson(s)).status();
    return st;
}

using Edit = std::function<void(Scenario &)>;

// Edits that each break a rule of core (the cross-field rules or the loader's own checks).
std::vector<std::pair<const char *, Edit>> brokenScenarios()
{
    std::vector<std::pair<const char *, Edit>> out = {
            {"empty name", [](Scenario &s) { s.name.clear(); }},
            {"no date", [](Scenario &s) { s.referenceDate = "2025-13-40"; }},
            {"old date", [](Scenario &s) { s.referenceDate = "1800-01-01"; }},
            {"no students", [](Scenario &s) { s.students = 0; }},
            {"too many", [](Scenario &s) { s.students = 60'000'000; }},
            {"skills range", [](Scenario &s) { s.student.skillsPerStudent.max = 200; }},
            {"positions", [](Scenario &s) { s.internship.positions[0].second.max = 200'000; }},
            {"time spent", [](Scenario &s) { s.interaction.timeSpent[0].second.max = 100'000; }},
            {"page views", [](Scenario &s) { s.interaction.pageViews[0].second.max = 200'000; }},
            {"founded", [](Scenario &s) { s.companyCategories[0].founded.max = 3000; }},
            {"skill twice",
             [](Scenario &s) {
                 s.skillCategories[1].second.push_back(s.skillCategories[0].second[0]);
             }},
            {"129 skills",
             [](Scenario &s) {
                 std::vector<std::string> many;
                 for (int i = 0; i < 130; ++i)
                     many.push_back("extra" + std::to_string(i));
                 s.skillCategories.emplace_back("extra", many);
             }},
            {"company twice",
             [](Scenario &s) {
                 s.companyCategories[1].names.push_back(s.companyCategories[0].names[0]);
             }},
            {"size",
             [](Scenario &s) {
                 s.companyCategories[0].size.shares.push_back({"huge", 1});
             }},
            {"reputation", [](Scenario &s) { s.companyCategories[0].reputation.max = 6; }},
            {"company stipend", [](Scenario &s) { s.companyCategories[0].stipend.min = -1; }},
            {"university missing", [](Scenario &s) { s.student.universities.pop_back(); }},
            {"university extra",
             [](Scenario &s) {
                 s.student.universities.push_back({"tier_x", {"X"}});
             }},
            {"stream category",
             [](Scenario &s) { s.student.streamCategories[0].second.push_back("nope"); }},
            {"skills pool", [](Scenario &s) { s.student.skillsPerStudent.max = 120; }},
            {"interests pool", [](Scenario &s) { s.student.interestsPerStudent.max = 120; }},
            {"cgpa", [](Scenario &s) { s.student.cgpa[0].second.max = 11; }},
            {"rural", [](Scenario &s) { s.student.ruralUrban.shares[0].label = "town"; }},
            {"graduation", [](Scenario &s) { s.student.graduationYear.shares[0].label = "abc"; }},
            {"profiles", [](Scenario &s) { s.student.createdWithinDays = 10; }},
            {"domain skill",
             [](Scenario &s) { s.internship.domainSkills[0].second.push_back("nope"); }},
            {"orphan skill",
             [](Scenario &s) {
                 s.skillCategories.emplace_back("orphan", std::vector<std::string>{"orphan1"});
                 s.internship.domainSkills[0].second.push_back("orphan1");
             }},
            {"required pool", [](Scenario &s) { s.internship.requiredSkills.max = 120; }},
            {"duration", [](Scenario &s) { s.internship.durationMonths.shares[0].label = "0"; }},
            {"postings", [](Scenario &s) { s.internship.createdWithinDays = 10; }},
            {"deadline", [](Scenario &s) { s.internship.deadlineWithinDays = 0; }},
            {"type missing",
             [](Scenario &s) {
                 ShareTable &t = s.interaction.types;
                 t.shares[std::size_t(t.indexOf("reject"))].label = "dismiss";
             }},
            {"type extra",
             [](Scenario &s) {
                 s.interaction.types.shares.push_back({"save", 1});
             }},
            {"no views",
             [](Scenario &s) {
                 ShareTable &t = s.interaction.types;
                 t.shares[std::size_t(t.indexOf("view"))].weight = 0;
             }},
            {"apply over view",
             [](Scenario &s) {
                 ShareTable &t = s.interaction.types;
                 t.shares[std::size_t(t.indexOf("apply"))].weight
                         = 2 * t.shares[std::size_t(t.indexOf("view"))].weight;
             }},
            {"closing over apply",
             [](Scenario &s) {
                 ShareTable &t = s.interaction.types;
                 t.shares[std::size_t(t.indexOf("reject"))].weight
                         = 2 * t.shares[std::size_t(t.indexOf("apply"))].weight;
             }},
            {"rate over shortlist", [](Scenario &s) { s.outcome.successRate = 0.99; }},
            {"window", [](Scenario &s) { s.interaction.windowDays = 10; }},
            {"pairs",
             [](Scenario &s) {
                 s.students = 10;
                 s.internships = 10;
                 s.interactions = 101;
             }},
            {"rate", [](Scenario &s) { s.outcome.successRate = 0; }},
            {"tier bias",
             [](Scenario &s) {
                 s.outcome.tierBias.push_back({"tier_x", 0.1});
             }},
            {"gender bias",
             [](Scenario &s) {
                 s.outcome.genderBias.push_back({"robot", 0.1});
             }},
            // Caught by the loader on the round trip.
            {"negative weight", [](Scenario &s) { s.student.tiers.shares[0].weight = -1; }},
            {"zero weights",
             [](Scenario &s) {
                 for (Share &sh : s.student.cities.shares)
                     sh.weight = 0;
             }},
            {"empty label", [](Scenario &s) { s.student.cities.shares[0].label.clear(); }},
            {"min over max",
             [](Scenario &s) {
                 s.student.skillsPerStudent.min = 5;
                 s.student.skillsPerStudent.max = 4;
             }},
            {"founded early", [](Scenario &s) { s.companyCategories[0].founded.min = 1700; }},
            {"stipend", [](Scenario &s) { s.internship.stipendMin = -1; }},
            {"stipend order",
             [](Scenario &s) { s.internship.stipendMax = s.internship.stipendMin - 1; }},
            {"rounding", [](Scenario &s) { s.internship.stipendRound = 0; }},
            {"gamma", [](Scenario &s) { s.interaction.activityDispersion = 0; }},
            {"zipf", [](Scenario &s) { s.interaction.affinity.zipfExponent = -1; }},
            {"noise", [](Scenario &s) { s.interaction.affinity.noise = 0; }},
            {"candidates", [](Scenario &s) { s.interaction.affinity.candidates = 2000; }},
            {"signal", [](Scenario &s) { s.outcome.signalStrength = -1; }},
            {"active share", [](Scenario &s) { s.internship.activeShare = 2; }},
            {"sd", [](Scenario &s) { s.companyCategories[0].stipend.sd = 0; }},
            {"normal order",
             [](Scenario &s) {
                 s.companyCategories[0].stipend.max = s.companyCategories[0].stipend.min;
             }},
            {"mean", [](Scenario &s) { s.student.cgpa[0].second.mean = 1000; }},
            {"no reasons", [](Scenario &s) { s.outcome.rejectionReasons.clear(); }},
            {"reason twice",
             [](Scenario &s) {
                 s.outcome.rejectionReasons.push_back(s.outcome.rejectionReasons[0]);
             }},
            {"empty skill", [](Scenario &s) { s.skillCategories[0].second.push_back(""); }},
    };
    const auto column = [](const char *table, const char *name, Edit more = {}) {
        return [=](Scenario &s) {
            ColumnDecl c;
            c.table = table;
            c.name = name;
            c.law.kind = LawKind::Uniform;
            c.law.min = 0;
            c.law.max = 10;
            s.columns.push_back(c);
            if (more)
                more(s);
        };
    };
    out.emplace_back("column table", column("nowhere", "score"));
    out.emplace_back("column name", column("students", "Score"));
    out.emplace_back("column builtin", column("students", "cgpa"));
    out.emplace_back("column twice", column("students", "score", [](Scenario &s) {
                         s.columns.push_back(s.columns.back());
                     }));
    out.emplace_back("column role", column("students", "score",
                                           [](Scenario &s) { s.columns.back().role = "label"; }));
    out.emplace_back("column step", column("students", "score", [](Scenario &s) {
                         s.columns.back().law.roundTo = 100;
                     }));
    out.emplace_back("column bound", column("students", "score",
                                            [](Scenario &s) { s.columns.back().law.max = 1e16; }));
    out.emplace_back("column given", column("students", "score", [](Scenario &s) {
                         s.columns.back().given = "nothing";
                         s.columns.back().laws.push_back({"x", s.columns.back().law});
                     }));
    out.emplace_back("column poisson", column("students", "score", [](Scenario &s) {
                         s.columns.back().law.kind = LawKind::Poisson;
                         s.columns.back().law.mean = 1000;
                     }));
    // Published figures: a count of the offers, changed by `more`.
    const auto figure = [](std::function<void(PublishedFigure &)> more) {
        return [more](Scenario &s) {
            PublishedFigure f;
            f.figure = "Offers";
            f.source = "a test";
            f.table = "outcomes";
            f.where = {{"application_status", "selected"}};
            f.value = 10;
            more(f);
            s.published.push_back(f);
        };
    };
    out.emplace_back("offer limit", [](Scenario &s) { s.outcome.maxOffers = -1; });
    out.emplace_back("application limit", [](Scenario &s) { s.interaction.maxApplications = -1; });
    out.emplace_back("inactive share", [](Scenario &s) { s.interaction.inactiveShare = 1; });
    out.emplace_back("figure table", figure([](PublishedFigure &f) { f.table = "nowhere"; }));
    out.emplace_back("figure count", figure([](PublishedFigure &f) { f.value = 2e12; }));
    out.emplace_back("figure share", figure([](PublishedFigure &f) {
                         f.shareBy = "students.state";
                         f.shareOf = {"Goa"};
                         f.value = 1.5;
                     }));
    out.emplace_back("figure distinct share", figure([](PublishedFigure &f) {
                         f.shareBy = "students.state";
                         f.top = 2;
                         f.distinct = "student_id";
                     }));
    out.emplace_back("figure twice", [figure](Scenario &s) {
        const auto add = figure([](PublishedFigure &) {});
        add(s);
        add(s);
    });
    return out;
}

} // namespace

class TestScenarioRuleTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRuleIsCatalogued()
    {
        const QStringList catalogue = scenarioRulePatterns();
        const std::set<QString> known(catalogue.begin(), catalogue.end());
        QCOMPARE(known.size(), std::size_t(catalogue.size())); // no pattern listed twice
        QVERIFY(validateScenario(preset()).isOk());
        std::set<QString> seen;
        for (const auto &[name, edit] : brokenScenarios()) {
            Scenario s = preset();
            edit(s);
            const Status st = refusal(s);
            QVERIFY2(!st.isOk(), name);
            // A rule's words come as a pattern, beside the path the command line prints first.
            QVERIFY2(!st.text().pattern.empty(), qPrintable(QString::fromStdString(st.message())));
            QVERIFY2(st.path().starts_with('$'), name);
            QCOMPARE(st.message(), st.path() + ": " + st.text().english());
            // With no catalogue installed the studio's words are the command line's.
            QCOMPARE(StudioDocument::validate(s), QString::fromStdString(st.text().english()));
            st.text().forEachPattern([&](const std::string &p) {
                const QString pattern = QString::fromStdString(p);
                QVERIFY2(known.count(pattern), qPrintable(pattern));
                seen.insert(pattern);
            });
        }
        // The edits above reach most of the catalogue, so the check above means something (the
        // rest are JSON type errors an edited scenario cannot make).
        QVERIFY2(seen.size() * 3 > known.size() * 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(seen.size()).arg(known.size())));
    }

    void rulesInHindi()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        static const QRegularExpression marker(QStringLiteral("%[1-9]"));
        for (const QString &pattern : scenarioRulePatterns()) {
            const QString t = hindi.translate("ScenarioRule", pattern.toUtf8().constData());
            QVERIFY2(hasDevanagari(t), qPrintable(pattern));
            // The same markers, so no argument is lost or repeated by mistake.
            QStringList wanted, found;
            for (auto it = marker.globalMatch(pattern); it.hasNext();)
                wanted << it.next().captured();
            for (auto it = marker.globalMatch(t); it.hasNext();)
                found << it.next().captured();
            wanted.removeDuplicates();
            found.removeDuplicates();
            wanted.sort();
            found.sort();
            QVERIFY2(wanted == found, qPrintable(pattern + QStringLiteral(" -> ") + t));
        }
    }

    void refusedEditInHindi_data()
    {
        QTest::addColumn<int>("rule");
        QTest::newRow("skill pool") << 0;
        QTest::newRow("interactions") << 1;
    }

    void refusedEditInHindi()
    {
        QFETCH(int, rule);
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        StudioDocument doc;
        doc.reset(preset());
        Scenario s = doc.scenario();
        if (rule == 0) {
            s.student.skillsPerStudent.max = 120; // no stream's pool holds that many skills
        } else {
            s.students = 10;
            s.internships = 10;
            s.interactions = 101;
        }
        const QString english = doc.applyEdit(QStringLiteral("edit"), s);
        QVERIFY(!english.isEmpty());
        // The field says where; the sentence no longer starts with the JSON path.
        QVERIFY2(!english.startsWith(QLatin1Char('$')), qPrintable(english));
        QVERIFY(QCoreApplication::installTranslator(&hindi));
        const QString reason = doc.applyEdit(QStringLiteral("edit"), s);
        QVERIFY(QCoreApplication::removeTranslator(&hindi));
        QVERIFY2(hasDevanagari(reason), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1Char('$')), qPrintable(reason));
        QVERIFY(reason != english);
        QVERIFY(!doc.isModified());
    }
};

QTEST_MAIN(TestScenarioRuleTexts)
#include "test_scenario_rule_texts.moc"
