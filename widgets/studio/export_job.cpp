#include "widgets/studio/export_job.h"

#include "core/data/selection.h"
#include "core/quality/quality_report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pmis {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_job.setLateCancelKeepsResult(true); // once the files are in place, they are reported
    connect(&m_job, &BackgroundJob::progress, this, &ExportJob::progress);
    connect(&m_job, &BackgroundJob::failed, this, &ExportJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &ExportJob::cancelled);
    connect(&m_job, &BackgroundJob::finished, this,
            [this] { Q_EMIT finished(std::any_cast<QStringList>(m_job.takeResult())); });
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
    const Scenario *targets = &request.scenario;
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
    auto report = quality::computeQuality(*input.data, targets, checking);
    if (!report)
        return finish(report.status());
    input.extras.qualityJson = quality::qualityReportJson(*report);
    auto written = format->write(input, path, writing);
    if (!written)
        return finish(written.status());
    QStringList files;
    for (const WrittenFile &f : *written)
        files << QString::fromStdString(f.path);
    return files;
}

} // namespace pmis
