// The Compare tab: a baseline against a later dataset (a known difference shows, two seeds of one
// scenario do not), two named datasets, failures in words, the models under Qt's model tester,
// and the dialog that names the two sides.
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/compare/compare_dialog.h"
#include "widgets/compare/compare_models.h"
#include "widgets/compare/compare_tab.h"
#include "tests/test_presets.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pmis;
using test::preset;

namespace {

CompareSide side(const Scenario &scenario, const QString &name)
{
    CompareSide s;
    s.data = test::generated(scenario);
    s.scenario = scenario;
    s.name = name;
    return s;
}

int rowOf(const ComparedFigureModel &model, FigureKind kind, const std::string &table,
          const std::string &column, const std::string &value = {})
{
    for (std::size_t i = 0; i < model.figures().size(); ++i) {
        const ComparedFigure &f = model.figures()[i];
        if (f.kind == kind && f.table == table && f.column == column && f.value == value)
            return int(i);
    }
    return -1;
}

} // namespace

class TestCompareTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); }

    // Success rate raised from 0.21% to 1%: listed as the one changed knob, the success mean is
    // beyond the noise, the students' tier shares are not; the filter keeps exactly the figures
    // beyond the noise.
    void baselineAgainstARaisedSuccessRate()
    {
        const Scenario a = preset("pmis-2025");
        Scenario b = a;
        b.outcome.successRate = 0.01;
        CompareTab tab;
        QSignalSpy baselineChanged(&tab, &CompareTab::baselineChanged);
        QSignalSpy ready(&tab, &CompareTab::comparisonReady);
        tab.setBaseline(side(a, QStringLiteral("base")));
        QVERIFY(tab.hasBaseline());
        QCOMPARE(baselineChanged.count(), 1);
        QVERIFY2(tab.message().contains(QStringLiteral("base")), qPrintable(tab.message()));
        tab.setCurrent(side(b, QStringLiteral("offers")));
        QVERIFY(ready.wait(60000));
        QVERIFY2(tab.message().isEmpty(), qPrintable(tab.message()));

        QAbstractItemModelTester parameters(tab.parameterModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester figures(tab.figureModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(tab.figureFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(tab.parameterModel()->rowCount(), 1);
        QCOMPARE(tab.parameterModel()->index(0, ParameterChangeModel::Parameter).data().toString(),
                 QStringLiteral("outcomes › success_rate"));
        QCOMPARE(tab.parameterModel()->index(0, ParameterChangeModel::Current).data().toString(),
                 QStringLiteral("0.01"));

        const ComparedFigureModel &model = *tab.figureModel();
        const int success = rowOf(model, FigureKind::Mean, "outcomes", "success");
        QVERIFY(success >= 0);
        QCOMPARE(model.index(success, ComparedFigureModel::Verdict).data().toString(),
                 QStringLiteral("beyond the noise"));
        const int tier = rowOf(model, FigureKind::Share, "students", "college_tier", "Tier-1");
        QVERIFY(tier >= 0);
        QCOMPARE(model.index(tier, ComparedFigureModel::Verdict).data().toString(),
                 QStringLiteral("within the noise"));
        // Shares in percent, differences in percentage points, counts with the locale's grouping.
        QVERIFY(model.index(tier, ComparedFigureModel::Baseline).data().toString().endsWith(u'%'));
        QVERIFY(model.index(tier, ComparedFigureModel::Difference)
                        .data()
                        .toString()
                        .endsWith(QStringLiteral(" pp")));
        const int students = rowOf(model, FigureKind::Rows, "students", "");
        QCOMPARE(model.index(students, ComparedFigureModel::Current).data().toString(),
                 QStringLiteral("5,000"));

        std::size_t beyond = 0;
        for (const ComparedFigure &f : model.figures())
            beyond += f.beyondNoise() ? 1 : 0;
        QVERIFY(beyond >= 1);
        tab.figureFilter()->setOnlyBeyondNoise(true);
        QCOMPARE(std::size_t(tab.figureFilter()->rowCount()), beyond);
        // Sorting by the difference orders by the number, not by its text.
        tab.figureView()->sortByColumn(ComparedFigureModel::Difference, Qt::DescendingOrder);
        const double first = tab.figureFilter()
                                     ->index(0, ComparedFigureModel::Difference)
                                     .data(Qt::UserRole)
                                     .toDouble();
        for (int r = 1; r < tab.figureFilter()->rowCount(); ++r)
            QVERIFY(tab.figureFilter()
                            ->index(r, ComparedFigureModel::Difference)
                            .data(Qt::UserRole)
                            .toDouble()
                    <= first);
    }

    // Two seeds of one scenario: the seed is the only changed knob and no figure is beyond the
    // noise.
    void twoSeedsShowNoDifference()
    {
        const Scenario a = preset("pmis-2025");
        Scenario b = a;
        b.seed = 7;
        CompareTab tab;
        QSignalSpy ready(&tab, &CompareTab::comparisonReady);
        tab.setBaseline(side(a, QStringLiteral("seed 42")));
        tab.setCurrent(side(b, QStringLiteral("seed 7")));
        QVERIFY(ready.wait(60000));
        QCOMPARE(tab.parameterModel()->rowCount(), 1);
        QCOMPARE(tab.parameterModel()->index(0, 0).data().toString(), QStringLiteral("seed"));
        QVERIFY(tab.figureModel()->rowCount() > 100);
        tab.figureFilter()->setOnlyBeyondNoise(true);
        QCOMPARE(tab.figureFilter()->rowCount(), 0);
    }

    // Without a baseline a new dataset is not compared; the baseline itself is not compared with
    // itself; clearing it goes back to the empty state.
    void noBaselineNoComparison()
    {
        CompareTab tab;
        QSignalSpy started(tab.job(), &CompareJob::started);
        const CompareSide a = side(preset("demo-small"), QStringLiteral("a"));
        tab.setCurrent(a);
        QCOMPARE(started.count(), 0);
        QVERIFY(tab.message().contains(QStringLiteral("Set as Baseline")));
        tab.setBaseline(a);
        tab.setCurrent(a);
        QCOMPARE(started.count(), 0);
        tab.clearBaseline();
        QVERIFY(!tab.hasBaseline());
        QVERIFY(tab.message().contains(QStringLiteral("Set as Baseline")));
    }

    // File > Compare: two presets are generated and compared; a name that is nothing fails with a
    // sentence naming it.
    void comparesNamedDatasets()
    {
        CompareTab tab;
        QSignalSpy ready(&tab, &CompareTab::comparisonReady);
        QSignalSpy failed(tab.job(), &CompareJob::failed);
        tab.compareSources(QStringLiteral("demo-small"), QStringLiteral("pmis-2025"));
        QVERIFY(tab.message().startsWith(QStringLiteral("Comparing")));
        QVERIFY(ready.wait(60000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(tab.figureModel()->rowCount() > 0);
        QVERIFY(tab.parameterModel()->rowCount() > 0); // the presets differ in many knobs

        tab.compareSources(QStringLiteral("demo-small"), QStringLiteral("no-such-preset"));
        QVERIFY(ready.wait(60000));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(tab.message().contains(QStringLiteral("no-such-preset")),
                 qPrintable(tab.message()));
    }

    // A second comparison started while the first runs replaces it: only the second reports.
    void aNewComparisonReplacesARunningOne()
    {
        CompareTab tab;
        QSignalSpy finished(tab.job(), &CompareJob::finished);
        tab.compareSources(QStringLiteral("pmis-2025"), QStringLiteral("pmis-2025"));
        tab.compareSources(QStringLiteral("demo-small"), QStringLiteral("demo-small"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.job()->isRunning(), 60000);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<std::shared_ptr<const CompareResult>>();
        QVERIFY(result);
        QVERIFY(result->comparison.parameters.empty());
        const int students = rowOf(*tab.figureModel(), FigureKind::Rows, "students", "");
        QCOMPARE(tab.figureModel()->figures()[std::size_t(students)].current,
                 double(preset("demo-small").students));
    }

    void dialogMarksANameThatIsNothing()
    {
        CompareDialog dialog;
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        if (!buttons)
            QFAIL("no button box");
        QPushButton *compare = nullptr;
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                compare = qobject_cast<QPushButton *>(b);
        if (!compare)
            QFAIL("no Compare button");
        dialog.setBaseline(QStringLiteral("demo-small"));
        dialog.setCurrent(QStringLiteral("pmis-2025"));
        QVERIFY(compare->isEnabled());
        dialog.setCurrent(QStringLiteral("/no/such/folder"));
        QVERIFY(!compare->isEnabled());
        QVERIFY(CompareDialog::problem(QStringLiteral("/no/such/folder"))
                        .contains(QStringLiteral("/no/such/folder")));
        QVERIFY(CompareDialog::problem(QStringLiteral("demo-small")).isEmpty());
        QVERIFY(CompareDialog::problem(QString()).startsWith(QStringLiteral("Choose")));
    }
};

QTEST_MAIN(TestCompareTab)
#include "test_compare_tab.moc"
