#include "widgets/studio/import_job.h"

#include "core/io/dataset_import.h"

namespace pmis {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::progress, this, &ImportJob::progress);
    connect(&m_job, &BackgroundJob::failed, this, &ImportJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &ImportJob::cancelled);
    connect(&m_job, &BackgroundJob::finished, this,
            [this] { Q_EMIT finished(std::any_cast<ImportedDataset>(m_job.takeResult())); });
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start(const QString &path)
{
    m_job.start([path](const ProgressFn &progress, std::string &error) -> std::any {
        ImportOptions options;
        options.progress = progress;
        auto imported = importDataset(path.toStdString(), options);
        if (!imported) {
            error = imported.error();
            return {};
        }
        ImportResult r = imported.takeValue();
        ImportedDataset out;
        out.source = path;
        out.format = QString::fromStdString(r.format);
        out.hasTargets = r.targets() != nullptr;
        out.scenario = r.scenario;
        out.errors = r.errors;
        out.warnings = r.warnings;
        for (const ImportIssue &issue : r.issues)
            out.issues << QString::fromStdString(issue.text());
        out.dataset = std::make_shared<const Dataset>(std::move(r.data));
        return out;
    });
}

void ImportJob::cancel()
{
    m_job.cancel();
}

void ImportJob::wait()
{
    m_job.wait();
}

} // namespace pmis
