// Edit-to-replot latency of the scenario editor's live charts: from a share edit in the document
// to the replot of the chart with the realized shares of the new preview sample (3,000 students,
// 200 internships, 6,000 interactions). Also a simulated slider drag: 40 edits in quick
// succession, coalesced by the preview service.
// Run: QT_QPA_PLATFORM=offscreen ./bench_preview
#include "core/scenario/scenario_json.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pmis;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::size_t(p * double(v.size() - 1))];
}

struct Setup
{
    const char *name;
    StudioDocument *doc;
    PreviewService *preview;
    ChartWidget *chart;
};

void measure(QApplication &app, const Setup &setup)
{
    StudioDocument &doc = *setup.doc;
    PreviewService &preview = *setup.preview;
    std::printf("== %s\n", setup.name);
    QEventLoop loop;
    preview.request(doc.scenario());
    auto warmup
            = QObject::connect(&preview, &PreviewService::previewReady, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(warmup);

    std::vector<double> latency, generation, replot;
    QElapsedTimer timer;
    QElapsedTimer replotTimer;
    bool waiting = false;
    auto c1 = QObject::connect(&preview, &PreviewService::previewReady, &app,
                               [&](const std::shared_ptr<const PreviewData> &p) {
                                   if (waiting && !preview.isBusy()) {
                                       generation.push_back(p->milliseconds);
                                       replotTimer.start();
                                   }
                               });
    auto c2 = QObject::connect(setup.chart, &QCustomPlot::afterReplot, &app, [&] {
        if (waiting && replotTimer.isValid() && !preview.isBusy()) {
            latency.push_back(double(timer.nsecsElapsed()) / 1e6);
            replot.push_back(double(replotTimer.nsecsElapsed()) / 1e6);
            waiting = false;
            replotTimer.invalidate();
            loop.quit();
        }
    });

    const int runs = 30;
    const int stepsBefore = doc.undoStack()->count();
    for (int i = 0; i < runs; ++i) {
        Scenario s = doc.scenario();
        s.student.tiers.shares[0].weight = 0.10 + 0.01 * (i % 20);
        doc.closeMerge();
        waiting = true;
        timer.start();
        doc.applyEdit(QStringLiteral("bench"), s, QStringLiteral("share"));
        loop.exec();
    }
    std::printf("single edit -> replot (ms): median %.1f  p90 %.1f  max %.1f   (%d edits)\n",
                percentile(latency, 0.5), percentile(latency, 0.9), percentile(latency, 1.0), runs);
    std::printf("  of which preview generation (ms): median %.1f; replot after the sample arrived "
                "(ms): median %.2f\n",
                percentile(generation, 0.5), percentile(replot, 0.5));

    // A drag: 40 edits 5 ms apart; the time from the last edit to the replot of its sample.
    std::vector<double> dragLatency;
    const int stepsBeforeDrag = doc.undoStack()->count();
    for (int rep = 0; rep < 5; ++rep) {
        doc.closeMerge();
        int step = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
            Scenario s = doc.scenario();
            s.student.tiers.shares[1].weight = 0.2 + 0.005 * step;
            if (++step == 40) {
                ticker.stop();
                waiting = true;
                timer.start();
            }
            doc.applyEdit(QStringLiteral("drag"), s, QStringLiteral("drag"));
        });
        ticker.start(5);
        loop.exec();
        dragLatency.push_back(latency.back());
    }
    std::printf(
            "slider drag (40 edits, 5 ms apart), last edit -> replot (ms): median %.1f  max %.1f; "
            "undo steps: %d for %d single edits, %d for 5 drags\n",
            percentile(dragLatency, 0.5), percentile(dragLatency, 1.0),
            stepsBeforeDrag - stepsBefore, runs, doc.undoStack()->count() - stepsBeforeDrag);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto preset = loadPreset("pmis-2025");
    if (!preset)
        return 1;
    {
        StudioDocument doc;
        doc.reset(*preset);
        PreviewService preview;
        QObject::connect(&doc, &StudioDocument::scenarioChanged, &preview,
                         [&] { preview.request(doc.scenario()); });
        ShareTableEditor editor(
                &doc, &preview, QStringLiteral("College tiers"),
                [](Scenario &s) -> ShareTable & { return s.student.tiers; }, "students",
                "college_tier");
        editor.resize(420, 320);
        editor.show();
        measure(app, {"one share editor", &doc, &preview, editor.chart()});
    }
    {
        // The whole editor dock: every editor re-reads the scenario after each edit.
        StudioDocument doc;
        doc.reset(*preset);
        ScenarioEditorDock dock(&doc);
        dock.resize(480, 900);
        dock.show();
        dock.showPage(1);
        ShareTableEditor *tiers = nullptr;
        for (auto *e : dock.findChildren<ShareTableEditor *>())
            if (e->title() == QLatin1String("College tiers"))
                tiers = e;
        if (!tiers)
            return 1;
        measure(app,
                {"the whole scenario editor dock", &doc, dock.previewService(), tiers->chart()});
    }
    return 0;
}
