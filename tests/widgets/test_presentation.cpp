// Presentation mode's window: its pages and their order (the comparison only with a baseline),
// stepping with the keys, a title and a sentence on every page in the interface language, the
// live knob regenerating the funnel from a preview sample, and data without a scenario (no knob).
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/present/presentation_window.h"
#include "widgets/studio/chart_widget.h"
#include "tests/test_presets.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace pmis;
using pmis::present::PresentationWindow;
using test::generated;
using test::preset;

namespace {

report::ReportInput inputFor(const Scenario &scenario)
{
    report::ReportInput input;
    input.dataset = generated(scenario);
    input.scenario = scenario;
    input.source = "generated";
    return input;
}

// The window with `input` on show, once its figures are in.
bool presentAndWait(PresentationWindow &window, const report::ReportInput &input,
                    PresentationWindow::Page first = PresentationWindow::Glance)
{
    QSignalSpy ready(&window, &PresentationWindow::ready);
    window.present(input, first);
    window.resize(1280, 720);
    window.show();
    return ready.wait(120000);
}

// The "selected" bar of the funnel on show.
double selectedBar(PresentationWindow &window)
{
    for (ChartWidget *chart : window.findChildren<ChartWidget *>())
        if (chart->isVisible() && chart->plottableCount() > 0)
            if (auto *bars = qobject_cast<QCPBars *>(chart->plottable(0));
                bars && bars->data()->size() == 4)
                return (bars->data()->constBegin() + 3)->value;
    return -1;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pagesInOrderSteppedWithTheKeys()
    {
        PresentationWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(presentAndWait(window, inputFor(preset("demo-small"))));
        const std::vector<PresentationWindow::Page> expected{
                PresentationWindow::Glance,         PresentationWindow::Funnel,
                PresentationWindow::Groups,         PresentationWindow::Targets,
                PresentationWindow::Recommendation, PresentationWindow::Fairness};
        QCOMPARE(window.pages(), expected); // no comparison without a baseline
        QCOMPARE(window.currentIndex(), 0);
        std::set<QString> titles;
        for (int i = 0; i < int(expected.size()); ++i) {
            QCOMPARE(window.currentIndex(), i);
            QVERIFY(!window.currentTitle().isEmpty());
            QVERIFY2(window.currentSentence().size() > 20, qPrintable(window.currentSentence()));
            titles.insert(window.currentTitle());
            QTest::keyClick(&window, Qt::Key_PageDown);
        }
        QCOMPARE(titles.size(), expected.size()); // a title of its own on every page
        QCOMPARE(window.currentIndex(), int(expected.size()) - 1); // the last page stays
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentIndex(), int(expected.size()) - 2);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentPage(), PresentationWindow::Funnel);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.currentPage(), PresentationWindow::Fairness);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void baselineAddsTheComparisonPage()
    {
        PresentationWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        Scenario before = preset("demo-small");
        Scenario after = before;
        after.outcome.successRate = 0.2;
        report::ReportInput input = inputFor(after);
        input.baseline = inputFor(before).dataset;
        input.baselineScenario = before;
        QVERIFY(presentAndWait(window, input, PresentationWindow::Comparison));
        QCOMPARE(window.pages().size(), std::size_t(7));
        QCOMPARE(window.currentPage(), PresentationWindow::Comparison); // opened where asked
        QVERIFY2(window.currentSentence().contains(QStringLiteral("figures differ")),
                 qPrintable(window.currentSentence()));
    }

    void knobRegeneratesTheFunnelFromAPreview()
    {
        PresentationWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(presentAndWait(window, inputFor(preset("demo-small")), PresentationWindow::Funnel));
        QCOMPARE(window.currentPage(), PresentationWindow::Funnel);
        QSlider *knob = window.knob();
        if (!knob)
            QFAIL("no knob on the funnel page");
        QCOMPARE(knob->value(), 50); // the scenario's 5%, in tenths of a percent
        QTest::qWait(50);
        const double before = selectedBar(window);
        QVERIFY(before > 0);
        QSignalSpy shown(&window, &PresentationWindow::previewShown);
        knob->setValue(250); // 25%
        QVERIFY(shown.wait(60000));
        const double after = selectedBar(window);
        // A quarter of the applications succeed now, against a twentieth.
        QVERIFY2(after > 2.5 * before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        bool noted = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            noted = noted
                    || (label->isVisible()
                        && label->text().startsWith(QStringLiteral("Live preview")));
        QVERIFY(noted);
        QTest::keyClick(&window, Qt::Key_Home);
        QVERIFY(!window.knob()); // the glance has none
        QTest::keyClick(&window, Qt::Key_PageDown);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.currentPage(), PresentationWindow::Groups);
        QVERIFY(window.knob() && window.knob() != knob); // the tier share
    }

    void dataWithoutAScenarioHaveNoKnob()
    {
        PresentationWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        report::ReportInput input = inputFor(preset("demo-small"));
        input.scenario.reset();
        QVERIFY(presentAndWait(window, input, PresentationWindow::Funnel));
        QVERIFY(!window.knob());
    }

    void pagesInHindi()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        QCoreApplication::installTranslator(&translator);
        PresentationWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        const bool ready = presentAndWait(window, inputFor(preset("demo-small")));
        const QString title = window.currentTitle(), sentence = window.currentSentence();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(ready);
        QCOMPARE(title, QStringLiteral("एक नज़र में डेटासेट"));
        QVERIFY(!sentence.isEmpty() && !sentence.contains(QStringLiteral("How many")));
        // Back in English once the catalogue is gone.
        QTRY_COMPARE(window.currentTitle(), QStringLiteral("The dataset at a glance"));
    }
};

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
