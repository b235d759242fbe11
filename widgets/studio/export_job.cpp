#include "widgets/studio/export_job.h"

#include "core/data/selection.h"
#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/util/file_util.h"

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
    struct
    {
        QStringList files;
        QString error;
        bool cancelled = false;
    } out;
    const std::string path = request.path.toStdString();
    auto fail = [&](const Status &status) {
        if (status.isCancelled())
            out.cancelled = true;
        else
            out.error = QString::fromStdString(status.message());
    };
    // The table a one-table export names; sets the error when there is none.
    const auto namedTable = [&]() -> const Table * {
        const Table *table = request.dataset->find(request.table.toStdString());
        if (!table)
            out.error = QCoreApplication::translate("ExportJob", "%1: no table named %2")
                                .arg(request.path, request.table);
        return table;
    };
    // The quality report the metadata carry: the first 30% of the progress, the writing the rest.
    const auto checking
            = [&](double f, const std::string &phase) { return progress(0.3 * f, phase); };
    const ProgressFn writing
            = [&](double f, const std::string &phase) { return progress(0.3 + 0.7 * f, phase); };
    const auto qualityJson
            = [&](const Dataset &data, const Scenario *scenario) -> Result<std::string> {
        auto report = quality::computeQuality(data, scenario, checking);
        if (!report)
            return report.status();
        return quality::qualityReportJson(*report);
    };
    const auto addFiles = [&](const std::vector<WrittenFile> &files) {
        for (const WrittenFile &f : files)
            out.files << QString::fromStdString(f.path);
    };
    // Every kind creates the folder it writes into, as a folder export does.
    const bool folderKind = request.kind == ExportRequest::Kind::AllTablesCsv
                            || request.kind == ExportRequest::Kind::SelectionWithRelatedCsv;
    const QString folder = folderKind ? request.path : QFileInfo(request.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        out.error = QCoreApplication::translate("ExportJob", "%1: the folder cannot be created")
                            .arg(folder);
        error = out.error.toStdString();
        return {};
    }
    switch (request.kind) {
    case ExportRequest::Kind::AllTablesCsv: {
        auto report = qualityJson(*request.dataset, &request.scenario);
        if (!report) {
            fail(report.status());
            break;
        }
        MetadataExtras extras;
        extras.qualityJson = report.takeValue();
        auto summary = exportCsvFolder(*request.dataset, request.scenario, path, request.options,
                                       writing, {}, &extras);
        if (!summary)
            fail(summary.status());
        else
            addFiles(summary->files);
        break;
    }
    case ExportRequest::Kind::CurrentTableCsv: {
        const Table *table = namedTable();
        if (!table)
            break;
        auto written = writeCsvFile(path, *table, request.options, request.rows.get(), progress);
        if (!written)
            fail(written.status());
        else
            out.files << QString::fromStdString(written->path);
        break;
    }
    case ExportRequest::Kind::SelectionWithRelatedCsv: {
        const Table *table = namedTable();
        if (!table)
            break;
        std::vector<std::uint32_t> chosen;
        if (request.rows) {
            chosen = *request.rows;
        } else {
            chosen.resize(table->rowCount());
            for (std::size_t r = 0; r < chosen.size(); ++r)
                chosen[r] = std::uint32_t(r);
        }
        auto selection = referentialClosure(*request.dataset, table->name, chosen);
        if (!selection) {
            fail(selection.status());
            break;
        }
        const std::string description
                = describeSelection(*request.dataset, table->name, chosen.size(), *selection);
        const Dataset subset = selectRows(*request.dataset, *selection);
        auto report = qualityJson(subset, nullptr);
        if (!report) {
            fail(report.status());
            break;
        }
        MetadataExtras extras;
        extras.qualityJson = report.takeValue();
        extras.selection = description;
        auto summary = exportCsvFolder(subset, request.scenario, path, request.options, writing, {},
                                       &extras);
        if (!summary)
            fail(summary.status());
        else
            addFiles(summary->files);
        break;
    }
    case ExportRequest::Kind::SqliteDatabase: {
        auto report = qualityJson(*request.dataset, &request.scenario);
        if (!report) {
            fail(report.status());
            break;
        }
        SqliteOptions options;
        options.includeGroundTruth = request.options.includeGroundTruth;
        options.qualityJson = report.takeValue();
        auto written = exportSqlite(*request.dataset, &request.scenario, path, options, writing);
        if (!written)
            fail(written.status());
        else
            out.files << QString::fromStdString(written->path);
        break;
    }
    case ExportRequest::Kind::MetadataJson: {
        auto report = qualityJson(*request.dataset, &request.scenario);
        if (!report) {
            fail(report.status());
            break;
        }
        MetadataExtras extras;
        extras.qualityJson = report.takeValue();
        const Status status = writeFileAtomically(
                path, metadataJson(*request.dataset, request.scenario, {}, {}, &extras));
        if (!status)
            fail(status);
        else
            out.files << request.path;
        break;
    }
    }
    if (out.cancelled || !out.error.isEmpty()) {
        error = out.error.toStdString();
        return {};
    }
    return out.files;
}

} // namespace pmis
