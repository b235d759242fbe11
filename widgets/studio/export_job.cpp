#include "widgets/studio/export_job.h"

#include "core/data/selection.h"
#include "core/quality/quality_report.h"
#include "widgets/studio/phase_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace pmis {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_job.setLateCancelKeepsResult(true); // once the files are in place, they are reported
    connect(&m_job, &BackgroundJob::progress, this, &ExportJob::progress);
    connect(&m_job, &BackgroundJob::failed, this, &ExportJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &ExportJob::cancelled);
    connect(&m_job, &BackgroundJob::finished, this, &ExportJob::workerDone);
}

namespace {

// What a two-phase format's first phase produced, with the request and input it refers to.
struct Prepared
{
    std::shared_ptr<const ExportRequest> request;
    std::shared_ptr<const ExportInput> input;
    std::any state;
};

// The share of the progress bar the worker's part takes for a two-phase format.
double preparedShare(const Exporter &format)
{
    return std::clamp(format.prepareWeight, 0.0, 1.0);
}

} // namespace

void ExportJob::workerDone()
{
    std::any result = m_job.takeResult();
    if (auto *files = std::any_cast<QStringList>(&result)) {
        Q_EMIT finished(*files);
        return;
    }
    finishWriting(result);
}

void ExportJob::finishWriting(std::any &result)
{
    auto *prepared = std::any_cast<Prepared>(&result);
    const Exporter *format = prepared ? findExporter(prepared->request->choice.format) : nullptr;
    const QString path = prepared ? prepared->request->path : QString();
    std::optional<Result<std::vector<WrittenFile>>> written;
    if (!format || !format->finish) {
        written.emplace(Status::error(path.toStdString() + ": the export was not prepared"));
    } else {
        const double share = preparedShare(*format);
        written.emplace(format->finish(prepared->state, path.toStdString(),
                                       [this, share](double f, const std::string &phase) {
                                           Q_EMIT progress(
                                                   share + (1 - share) * f,
                                                   phaseText(QString::fromStdString(phase)));
                                           return true; // written at once, on this thread
                                       }));
    }
    result.reset(); // the data are not held after the export
    if (written->isCancelled()) {
        Q_EMIT cancelled();
    } else if (!*written) {
        Q_EMIT failed(QString::fromStdString(written->error()));
    } else {
        QStringList files;
        for (const WrittenFile &f : **written)
            files << QString::fromStdString(f.path);
        Q_EMIT finished(files);
    }
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

void ExportJob::cancel()
{
    m_job.cancel();
}

void ExportJob::wait()
{
    m_job.wait();
}

void ExportJob::start(const ExportRequest &request)
{
    if (isRunning())
        return;
    m_job.start([request](const ProgressFn &progress, std::string &error) {
        return run(request, progress, error);
    });
}

std::any ExportJob::run(const ExportRequest &request, const ProgressFn &progress,
                        std::string &error)
{
    // An error ends the run with no result; so does a cancel, which sets no error.
    const auto finish = [&error](const Status &status) -> std::any {
        if (!status.isCancelled())
            error = status.message();
        return {};
    };
    const auto failWith = [&finish](const QString &message) {
        return finish(Status::error(message.toStdString()));
    };
    const Exporter *format = findExporter(request.choice.format);
    if (!format) {
        return failWith(QCoreApplication::translate("ExportJob", "%1: no export format named %2")
                                .arg(request.path, QString::fromStdString(request.choice.format)));
    }
    const ExportScope scope = request.choice.scope;
    // The table a one-table export names.
    const Table *table = nullptr;
    if (scope != ExportScope::AllTables) {
        table = request.dataset->find(request.table.toStdString());
        if (!table) {
            return failWith(QCoreApplication::translate("ExportJob", "%1: no table named %2")
                                    .arg(request.path, request.table));
        }
    }
    // Every scope creates the folder it writes into, as a folder export does.
    const bool intoFolder = format->writesFolder && scope != ExportScope::CurrentTable;
    const QString folder = intoFolder ? request.path : QFileInfo(request.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return failWith(QCoreApplication::translate("ExportJob", "%1: the folder cannot be created")
                                .arg(folder));
    }
    const std::string path = request.path.toStdString();
    if (format->prepare) {
        // The first phase here; the job finishes the file on the GUI thread.
        if (scope != ExportScope::AllTables) {
            return failWith(QCoreApplication::translate("ExportJob",
                                                        "%1: the format %2 writes every table only")
                                    .arg(request.path, QString::fromStdString(format->id)));
        }
        // The prepared state may refer to the input, which refers to the request: both are kept
        // with it until the file is finished.
        auto owned = std::make_shared<const ExportRequest>(request);
        auto input = std::make_shared<ExportInput>();
        input->data = owned->dataset.get();
        input->scenario = &owned->scenario;
        input->extras.selection = owned->origin.toStdString();
        input->name = owned->name.toStdString();
        input->baseline = owned->baseline.get();
        input->baselineScenario = owned->baselineScenario ? &*owned->baselineScenario : nullptr;
        input->baselineName = owned->baselineName.toStdString();
        const double share = preparedShare(*format);
        auto state = format->prepare(*input, [&](double f, const std::string &phase) {
            return progress(share * f, phase);
        });
        if (!state)
            return finish(state.status());
        return Prepared{std::move(owned), std::move(input), state.takeValue()};
    }
    if (scope == ExportScope::CurrentTable) {
        if (!format->writeTable) {
            return failWith(QCoreApplication::translate("ExportJob",
                                                        "%1: the format %2 cannot write one table")
                                    .arg(request.path, QString::fromStdString(format->id)));
        }
        auto written
                = format->writeTable(*table, request.rows.get(), request.options, path, progress);
        if (!written)
            return finish(written.status());
        return QStringList{QString::fromStdString(written->path)};
    }

    // The quality report the metadata carry: the first 30% of the progress, the writing the rest.
    const auto checking
            = [&](double f, const std::string &phase) { return progress(0.3 * f, phase); };
    const ProgressFn writing
            = [&](double f, const std::string &phase) { return progress(0.3 + 0.7 * f, phase); };
    ExportInput input;
    input.data = request.dataset.get();
    input.scenario = &request.scenario;
    input.options = request.options;
    input.extras.selection = request.origin.toStdString();
    const Scenario *targets = request.origin.isEmpty() ? &request.scenario : nullptr;
    Dataset subset;
    if (scope == ExportScope::SelectionWithRelated) {
        std::vector<std::uint32_t> chosen;
        if (request.rows) {
            chosen = *request.rows;
        } else {
            chosen.resize(table->rowCount());
            for (std::size_t r = 0; r < chosen.size(); ++r)
                chosen[r] = std::uint32_t(r);
        }
        auto selection = referentialClosure(*request.dataset, table->name, chosen);
        if (!selection)
            return finish(selection.status());
        input.extras.selection
                = describeSelection(*request.dataset, table->name, chosen.size(), *selection);
        subset = selectRows(*request.dataset, *selection);
        input.data = &subset;
        targets = nullptr; // a selection is not the scenario's output
    }
    if (format->usesQualityReport) {
        auto report = quality::computeQuality(*input.data, targets, checking);
        if (!report)
            return finish(report.status());
        input.extras.qualityJson = quality::qualityReportJson(*report);
    }
    auto written = format->write(input, path, format->usesQualityReport ? writing : progress);
    if (!written)
        return finish(written.status());
    QStringList files;
    for (const WrittenFile &f : *written)
        files << QString::fromStdString(f.path);
    return files;
}

} // namespace pmis
