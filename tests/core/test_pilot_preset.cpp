// The pilot presets (pmis-pilot-r1 and pmis-pilot-r2) as a user runs them: the rules of the real
// scheme in the preset, then `pmis-gen generate --preset <name>` at full size and `pmis-gen validate`
// on its files, with every published figure the preset claims met within its band and every other
// check passing.
#include "core/scenario/scenario_json.h"
#include "tests/core/pmis_gen_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtTest>

#include <set>

using namespace pmis;
using pmis::test::pmisGen;
using pmis::test::Run;

class TestPilotPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesOfTheScheme_data();
    void rulesOfTheScheme();
    void publishedFiguresMet_data();
    void publishedFiguresMet();

private:
    QTemporaryDir m_dir;
};

// The published figures of each round: registered candidates, partner companies, and how many
// figures the preset claims.
static void addRounds()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("registered");
    QTest::addColumn<int>("companies");
    QTest::addColumn<int>("claimed");
    QTest::newRow("round 1") << QStringLiteral("pmis-pilot-r1") << qint64(338'000) << 280 << 10;
    QTest::newRow("round 2") << QStringLiteral("pmis-pilot-r2") << qint64(346'000) << 327 << 12;
}

void TestPilotPreset::rulesOfTheScheme_data()
{
    addRounds();
}

void TestPilotPreset::rulesOfTheScheme()
{
    QFETCH(QString, preset);
    QFETCH(qint64, registered);
    QFETCH(int, companies);
    QFETCH(int, claimed);
    const auto loaded = loadPreset(preset.toStdString());
    QVERIFY2(loaded.isOk(), loaded.isOk() ? "" : loaded.error().c_str());
    const Scenario &s = *loaded;
    QCOMPARE(s.students, std::int64_t(registered)); // registered candidates
    QCOMPARE(s.companyCount(), std::size_t(companies));
    QCOMPARE(s.interaction.maxApplications, std::int64_t(5));
    QCOMPARE(s.outcome.maxOffers, std::int64_t(2));
    QCOMPARE(s.internship.stipendMin, 5000.0); // a flat Rs 5,000
    QCOMPARE(s.internship.stipendMax, 5000.0);
    for (const std::string &tier : s.student.tiers.labels()) // no IIT/IIM graduates
        QVERIFY2(tier.find("IIT") == std::string::npos && tier != "Tier-1", tier.c_str());
    std::set<std::string> declared;
    for (const ColumnDecl &c : s.columns)
        declared.insert(c.table + "." + c.name);
    for (const char *name :
         {"students.age", "students.qualification", "students.social_group", "students.state",
          "students.district", "outcomes.placement_distance", "outcomes.offer_response",
          "outcomes.decline_reason", "outcomes.joined"})
        QVERIFY2(declared.count(name), name);
    // The social groups are offered by the recommender's fairness views, never used as features.
    for (const ColumnDecl &c : s.columns)
        if (c.name == "social_group" || c.name == "disability")
            QCOMPARE(c.role, std::string("protected"));
    // Each published figure names its source, and the description tells published from assumed.
    QCOMPARE(s.published.size(), std::size_t(claimed));
    for (const PublishedFigure &f : s.published)
        QVERIFY2(!f.source.empty()
                         && s.description.find(f.source.substr(0, 10)) != std::string::npos,
                 f.figure.c_str());
    QVERIFY(s.description.find("Assumptions") != std::string::npos);
}

void TestPilotPreset::publishedFiguresMet_data()
{
    addRounds();
}

void TestPilotPreset::publishedFiguresMet()
{
    QFETCH(QString, preset);
    QFETCH(qint64, registered);
    QFETCH(int, claimed);
    const QString out = m_dir.filePath(preset);
    const Run gen = pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"), preset,
                             QStringLiteral("--out"), out, QStringLiteral("--quiet")});
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
    const Run r = pmisGen({QStringLiteral("validate"), out, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!report.isEmpty(), qPrintable(r.err));
    int published = 0;
    QStringList failed;
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (c.value(QStringLiteral("status")).toString() != QStringLiteral("pass"))
            failed << id + QStringLiteral(": ") + c.value(QStringLiteral("reason")).toString();
        if (c.value(QStringLiteral("category")).toString() != QStringLiteral("published"))
            continue;
        ++published;
        // Side by side: the published value and the generated one.
        QVERIFY2(c.value(QStringLiteral("expected")).isDouble(), qPrintable(id));
        QVERIFY2(c.value(QStringLiteral("measured")).isDouble(), qPrintable(id));
    }
    QCOMPARE(published, claimed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.exitCode, 0);
    // As a table: the published figures listed each beside the generated one.
    const Run table = pmisGen({QStringLiteral("validate"), out, QStringLiteral("--problems")});
    QCOMPARE(table.exitCode, 0);
    const QString count = QLocale(QLocale::English).toString(registered);
    QVERIFY2(table.out.contains(QStringLiteral("Published figures:\n  pass Registered candidates: "
                                               "published %1 (daily8 2025-07), generated %1")
                                        .arg(count)),
             qPrintable(table.out));
    QVERIFY(table.out.contains(QStringLiteral("\n  pass Offers: published ")));
}

QTEST_GUILESS_MAIN(TestPilotPreset)
#include "test_pilot_preset.moc"
