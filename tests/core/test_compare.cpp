// Scenario comparison: the parameter diff, the noise verdict on datasets with a known difference
// and on two seeds of one scenario, the sources a user names, and `pmis-gen compare`.
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_source.h"
#include "core/quality/noise_band.h"
#include "core/scenario/scenario_json.h"
#include "core/stats/compare.h"
#include "tests/test_presets.h"
#include "tests/core/pmis_gen_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pmis;
using test::generate;
using test::preset;

namespace {

const ComparedFigure *find(const Comparison &c, FigureKind kind, const std::string &table,
                           const std::string &column = {}, const std::string &value = {})
{
    for (const ComparedFigure &f : c.figures)
        if (f.kind == kind && f.table == table && f.column == column && f.value == value)
            return &f;
    return nullptr;
}

// A students table of `n` rows whose category column `group` holds "a" for the first `as` rows.
Dataset twoGroups(std::size_t n, std::size_t as)
{
    Dataset d;
    d.students.name = "students";
    ColumnSpec spec;
    spec.name = "group";
    spec.type = ColumnType::Category;
    Column &c = d.students.add(spec);
    c.dict = {"a", "b"};
    for (std::size_t r = 0; r < n; ++r)
        c.codes.push_back(r < as ? 0 : 1);
    return d;
}

// The z of the whole-table level for `m` sampled figures (Bonferroni), from the normal CDF.
double bonferroniZ(std::size_t m)
{
    double lo = 0, hi = 40;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (2 * (1 - quality::normalCdf(mid)) > 0.01 / double(m) ? lo : hi) = mid;
    }
    return lo;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameScenarioHasNoParameterChanges()
    {
        const Scenario s = preset("pmis-2025");
        QVERIFY(diffScenarios(s, s).empty());
    }

    void changedKnobsAreListedFromAndTo()
    {
        const Scenario a = preset("pmis-2025");
        Scenario b = a;
        b.outcome.successRate = 0.13;
        b.student.cities.shares.push_back({"Kochi", 1.0});
        b.seed = 7;
        const auto changes = diffScenarios(a, b);
        QStringList paths;
        for (const ParameterChange &c : changes)
            paths << QString::fromStdString(c.path);
        QVERIFY2(paths.contains(QStringLiteral("$.outcomes.success_rate")),
                 qPrintable(paths.join(u' ')));
        QVERIFY2(paths.contains(QStringLiteral("$.seed")), qPrintable(paths.join(u' ')));
        for (const ParameterChange &c : changes) {
            if (c.path == "$.outcomes.success_rate") {
                QCOMPARE(std::stod(c.baseline), a.outcome.successRate);
                QCOMPARE(std::stod(c.current), 0.13);
            }
        }
        // The added city is one new leaf (absent in the baseline), not a shift of every city.
        int cityChanges = 0;
        for (const ParameterChange &c : changes)
            if (c.path.find("cit") != std::string::npos) {
                ++cityChanges;
                QVERIFY2(c.baseline.empty() && c.current.find('1') != std::string::npos,
                         c.path.c_str());
            }
        QCOMPARE(cityChanges, 1);
        QCOMPARE(changes.size(), std::size_t(3));
    }

    // The noise of a share follows the two-proportion formula at the Bonferroni level of the
    // figures compared, and a difference well beyond it is called so.
    void knownShareDifferenceIsBeyondTheNoise()
    {
        const Dataset a = twoGroups(1000, 500), b = twoGroups(1000, 700);
        const Comparison c = compareDatasets(a, b);
        const ComparedFigure *share = find(c, FigureKind::Share, "students", "group", "a");
        QVERIFY(share);
        QCOMPARE(share->baseline, 0.5);
        QCOMPARE(share->current, 0.7);
        const double expected = bonferroniZ(2) * std::sqrt(0.25 / 1000 + 0.21 / 1000);
        QVERIFY2(std::abs(share->noise - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(share->noise).arg(expected)));
        QVERIFY(share->beyondNoise());
        QCOMPARE(c.beyondNoiseCount(), std::size_t(2)); // "a" and "b"

        const Comparison same = compareDatasets(a, twoGroups(1000, 520));
        QCOMPARE(same.beyondNoiseCount(), std::size_t(0));
    }

    // Rows of one student are not independent: with whole clusters agreeing, the noise grows by
    // the square root of the cluster size.
    void clusteredRowsWidenTheNoise()
    {
        const auto build = [](bool clustered) {
            Dataset d;
            d.interactions.name = "interactions";
            ColumnSpec key;
            key.name = "student_id";
            key.type = ColumnType::Id;
            key.role = ColumnRole::ForeignKey;
            ColumnSpec kind;
            kind.name = "kind";
            kind.type = ColumnType::Category;
            d.interactions.add(key);
            d.interactions.add(kind);
            Column &k = *d.interactions.find("student_id");
            Column &v = *d.interactions.find("kind");
            v.dict = {"x", "y"};
            for (int r = 0; r < 400; ++r) {
                k.ints.push_back(clustered ? r / 4 : r);
                v.codes.push_back((r / 4) % 2);
            }
            return d;
        };
        const auto noiseOf = [](const Dataset &d) {
            const Comparison c = compareDatasets(d, d);
            const ComparedFigure *f = find(c, FigureKind::Share, "interactions", "kind", "x");
            return f ? f->noise : std::nan("");
        };
        const double alone = noiseOf(build(false)), clustered = noiseOf(build(true));
        QVERIFY2(std::abs(clustered / alone - 2.0) < 0.05,
                 qPrintable(QStringLiteral("%1 / %2").arg(clustered).arg(alone)));
    }

    // Two seeds of one scenario: no figure beyond the noise; the success rate raised from 0.21% to
    // 1%: the outcome figures are beyond it and the student shares are not.
    void twoSeedsShowNoDifferenceAndARateChangeShows()
    {
        const Scenario a = preset("pmis-2025");
        Scenario seed = a;
        seed.seed = 7;
        const Dataset base = generate(a);
        const Comparison seeds = compareDatasets(base, generate(seed));
        QCOMPARE(seeds.beyondNoiseCount(), std::size_t(0));
        QVERIFY(seeds.figures.size() > 100);

        Scenario offers = a;
        offers.outcome.successRate = 0.01;
        const Comparison rate = compareDatasets(base, generate(offers));
        const ComparedFigure *success = find(rate, FigureKind::Mean, "outcomes", "success");
        QVERIFY(success);
        QVERIFY(success->beyondNoise());
        QVERIFY(success->current > 3 * success->baseline);
        const ComparedFigure *tier
                = find(rate, FigureKind::Share, "students", "college_tier", "Tier-1");
        QVERIFY(tier);
        QVERIFY(!tier->beyondNoise());
    }

    // An exported folder compares equal to the scenario it came from.
    void exportedFolderComparesEqualToItsScenario()
    {
        QTemporaryDir dir;
        const Scenario s = preset("demo-small");
        QVERIFY(exportCsvFolder(generate(s), s, dir.path().toStdString()));
        auto folder = loadDatasetSource(dir.path().toStdString());
        QVERIFY2(folder.isOk(), folder ? "" : folder.error().c_str());
        QVERIFY(folder->scenario);
        auto generated = loadDatasetSource("demo-small");
        QVERIFY(generated.isOk());
        QVERIFY(diffScenarios(*generated->scenario, *folder->scenario).empty());
        const Comparison c = compareDatasets(generated->data, folder->data);
        QCOMPARE(c.beyondNoiseCount(), std::size_t(0));
        for (const ComparedFigure &f : c.figures)
            QVERIFY2(std::abs(f.difference()) < 1e-9, (f.table + "." + f.column).c_str());

        QVERIFY(!loadDatasetSource("no-such-preset"));
        QVERIFY(!loadDatasetSource(dir.path().toStdString(), 7)); // a seed for data
    }

    void commandLine()
    {
        using test::pmisGen;
        const auto json = pmisGen({QStringLiteral("compare"), QStringLiteral("demo-small"),
                                   QStringLiteral("demo-small"), QStringLiteral("--seed-b"),
                                   QStringLiteral("9"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray params = root.value(QStringLiteral("parameters")).toArray();
        QCOMPARE(params.size(), 1);
        QCOMPARE(params[0].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("$.seed"));
        QVERIFY(root.value(QStringLiteral("figures")).toArray().size() > 100);
        QCOMPARE(root.value(QStringLiteral("beyond_noise")).toInt(), 0);

        const auto table = pmisGen({QStringLiteral("compare"), QStringLiteral("demo-small"),
                                    QStringLiteral("pmis-2025")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("students rows")), qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("beyond noise")));

        const auto missing = pmisGen({QStringLiteral("compare"), QStringLiteral("demo-small"),
                                      QStringLiteral("/no/such/thing")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("B: ")), qPrintable(missing.err));
        QCOMPARE(pmisGen({QStringLiteral("compare"), QStringLiteral("demo-small")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
