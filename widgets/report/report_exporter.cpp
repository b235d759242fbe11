#include "widgets/report/report_exporter.h"

#include "core/io/exporters.h"
#include "core/util/process_locale.h"
#include "widgets/report/report_document.h"

#include <QApplication>
#include <QFileInfo>
#include <QThread>

#include <memory>
#include <mutex>
#include <optional>

namespace pmis::report {
namespace {

// What the first phase hands the second: the input as the report reads it, and its figures.
struct Prepared
{
    ReportInput input;
    std::shared_ptr<const ReportFigures> figures;
};

// A shared pointer to what the export input points to, owning nothing: the export keeps the
// data alive until the report is written (see Exporter::PrepareFn).
template<typename T>
std::shared_ptr<const T> borrowed(const T *p)
{
    return std::shared_ptr<const T>(std::shared_ptr<const T>(), p);
}

ReportInput reportInput(const ExportInput &in)
{
    ReportInput input;
    input.dataset = borrowed(in.data);
    // Data that are not the scenario's own output (imported, a selection) have no targets.
    if (in.scenario && in.extras.selection.empty())
        input.scenario = *in.scenario;
    input.source = in.name.empty() ? in.extras.selection : in.name;
    if (in.baseline) {
        input.baseline = borrowed(in.baseline);
        if (in.baselineScenario)
            input.baselineScenario = *in.baselineScenario;
        input.baselineSource = in.baselineName;
    }
    return input;
}

Result<std::any> prepare(const ExportInput &in, const ProgressFn &progress)
{
    if (!in.data)
        return Status::error("there is no dataset to report on");
    Prepared prepared{reportInput(in), nullptr};
    auto figures = computeReportFigures(prepared.input, progress);
    if (!figures)
        return figures.status();
    prepared.figures = std::make_shared<const ReportFigures>(figures.takeValue());
    return std::any(std::move(prepared));
}

Result<std::vector<WrittenFile>> finish(std::any &state, const std::string &path,
                                        const ProgressFn &progress)
{
    auto *prepared = std::any_cast<Prepared>(&state);
    if (!prepared || !prepared->figures)
        return Status::error(path + ": the report's figures are missing");
    auto *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return Status::error(path + ": the report is laid out on the application's main thread");
    ReportMeta meta;
    meta.version = QCoreApplication::applicationVersion();
    meta.created = QDateTime::currentDateTime();
    const QString file = QString::fromStdString(path);
    auto pages = ReportDocument::write(prepared->input, *prepared->figures, meta, file, progress);
    if (!pages)
        return pages.status();
    WrittenFile written;
    written.path = path;
    written.bytes = std::uint64_t(QFileInfo(file).size());
    return std::vector<WrittenFile>{written};
}

// A Qt application on the offscreen platform, for a program that has none (pmis-gen).
struct OffscreenApplication
{
    OffscreenApplication()
        : app((prepareEnvironment(), argc), argv)
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(PMIS_VERSION));
        pinOutputLocale(); // Qt set the C locale from the environment
    }
    static void prepareEnvironment()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    int argc = 1;
    char name[12] = "pmis-report";
    char *argv[2] = {name, nullptr};
    QApplication app;
};

// Both phases in turn, on the calling thread, which must be the application's (or there must be
// no application yet: one is started on the offscreen platform for the time of the call).
Result<std::vector<WrittenFile>> write(const ExportInput &in, const std::string &path,
                                       const ProgressFn &progress)
{
    constexpr double kPrepare = 0.9;
    std::optional<OffscreenApplication> offscreen;
    if (!QCoreApplication::instance())
        offscreen.emplace();
    auto prepared = prepare(in, [&](double f, const std::string &phase) {
        return !progress || progress(kPrepare * f, phase);
    });
    if (!prepared)
        return prepared.status();
    return finish(*prepared, path, [&](double f, const std::string &phase) {
        return !progress || progress(kPrepare + (1 - kPrepare) * f, phase);
    });
}

} // namespace

Status registerReportExporter()
{
    static std::once_flag once;
    static Status status = Status::ok();
    std::call_once(once, [] {
        Exporter e;
        e.id = kReportExporterId;
        e.name = "Report (PDF)";
        e.description = "a multi-page A4 PDF: the scenario, its parameters, every Overview chart, "
                        "the quality checks, the recommender's evaluation and the fairness audit";
        e.extension = ".pdf";
        e.defaultName = "pmis_report.pdf";
        e.writesRows = false;
        e.usesQualityReport = false; // the report computes its own, with every check's chart
        e.progressWeight = 2.0;
        e.write = write;
        e.prepare = prepare;
        e.finish = finish;
        status = registerExporter(std::move(e));
    });
    return status;
}

} // namespace pmis::report
