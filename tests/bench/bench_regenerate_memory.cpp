// Memory of the studio while it regenerates a large dataset over one of the same size: the main
// window generates students/internships/interactions (default 100,000 / 2,000 / 1,000,000; `--full`
// for 1,000,000 / 20,000 / 10,000,000), waits for the generation and for every computation it
// starts (quality report, recommender training), then generates the same scenario again, and then
// a 5,000-student scenario. It prints the resident memory after each step and the peak of each
// step (the kernel's high-water mark, reset between steps through /proc/self/clear_refs).
// For the peak of the whole process:
//   /usr/bin/time -v env QT_QPA_PLATFORM=offscreen ./bench_regenerate_memory [--full]
// and read "Maximum resident set size".
#include "app/studio/main_window.h"
#include "core/scenario/scenario_json.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace pmis;

namespace {

// A field of /proc/self/status in MiB ("VmRSS", "VmHWM").
double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Generates `scenario` in `window` and waits until the generation, the quality report and the
// recommender's training have all ended. Returns the seconds until the generation finished and
// until everything settled.
std::pair<double, double> generateAndSettle(MainWindow &window, const Scenario &scenario)
{
    window.document()->reset(scenario);
    QEventLoop loop;
    bool generated = false, quality = false, rec = false;
    double generatedAt = 0;
    QElapsedTimer timer;
    auto check = [&] {
        if (generated && quality && rec)
            loop.quit();
    };
    auto c1 = QObject::connect(window.generateJob(), &GenerateJob::finished, &loop, [&] {
        generated = true;
        generatedAt = double(timer.nsecsElapsed()) / 1e9;
        std::printf("    generated in %.1f s; resident %.0f MiB\n", generatedAt,
                    statusMiB("VmRSS"));
        std::fflush(stdout);
        check();
    });
    auto c2 = QObject::connect(window.qualityTab(), &QualityTab::reportReady, &loop, [&] {
        quality = true;
        check();
    });
    auto settleRec = [&] {
        rec = true;
        check();
    };
    auto c3 = QObject::connect(window.recommenderView(), &RecommenderView::ready, &loop, settleRec);
    auto c4 = QObject::connect(window.recommenderView(), &RecommenderView::failed, &loop,
                               settleRec);
    auto c5 = QObject::connect(window.generateJob(), &GenerateJob::failed, &loop,
                               [&](const QString &message) {
                                   std::printf("generation failed: %s\n", qPrintable(message));
                                   loop.exit(1);
                               });
    timer.start();
    window.generate();
    const int rc = loop.exec();
    for (const auto &c : {c1, c2, c3, c4, c5})
        QObject::disconnect(c);
    if (rc != 0)
        std::exit(rc);
    // Let deferred deletions and queued releases run.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return {generatedAt, double(timer.nsecsElapsed()) / 1e9};
}

void step(MainWindow &window, const Scenario &scenario, const char *what)
{
    resetPeak();
    std::printf("%s: %lld students, %lld internships, %lld interactions\n", what,
                static_cast<long long>(scenario.students),
                static_cast<long long>(scenario.internships),
                static_cast<long long>(scenario.interactions));
    std::fflush(stdout);
    const auto [generated, settled] = generateAndSettle(window, scenario);
    std::printf("    settled after %.1f s; resident %.0f MiB; peak of this step %.0f MiB\n",
                settled, statusMiB("VmRSS"), statusMiB("VmHWM"));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PMIS-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("regenerate-memory"));
    QSettings().clear();
    const bool full = argc > 1 && std::strcmp(argv[1], "--full") == 0;

    auto preset = loadPreset("pmis-2025");
    if (!preset)
        return 1;
    Scenario large = *preset;
    large.students = full ? 1'000'000 : 100'000;
    large.internships = full ? 20'000 : 2'000;
    large.interactions = full ? 10'000'000 : 1'000'000;

    MainWindow window;
    std::printf("empty window: resident %.0f MiB\n", statusMiB("VmRSS"));
    step(window, large, "first generation");
    step(window, large, "regeneration over a dataset of the same size");
    step(window, *preset, "back to pmis-2025");
    std::printf("peak of the process %.0f MiB (since the last reset; see /usr/bin/time -v)\n",
                statusMiB("VmHWM"));
    return 0;
}
