#include "widgets/studio/import_job.h"

#include "core/io/dataset_import.h"
#include "widgets/studio/job_outcome.h"
#include "widgets/studio/job_pools.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace pmis {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    QPointer<ImportJob> self(this);
    // One watcher per run, deleted after it reported: the finished future would keep the
    // imported dataset alive after the document replaced it.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        Outcome outcome = takeOutcome(watcher, m_watcher, m_running);
        if (outcome.cancelled)
            Q_EMIT cancelled();
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else
            Q_EMIT finished(outcome.result);
    });
    watcher->setFuture(QtConcurrent::run(jobPool(JobKind::Import), [path, cancelFlag, self] {
        ImportOptions options;
        options.progress = [cancelFlag, self](double fraction, const std::string &phase) {
            const QString text = QString::fromStdString(phase);
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, fraction, text] {
                        if (self)
                            Q_EMIT self->progress(fraction, text);
                    },
                    Qt::QueuedConnection);
            return !cancelFlag->load();
        };
        Outcome out;
        auto imported = importDataset(path.toStdString(), options);
        if (imported.isCancelled()) {
            out.cancelled = true;
            return out;
        }
        if (!imported) {
            out.error = QString::fromStdString(imported.error());
            return out;
        }
        ImportResult r = imported.takeValue();
        out.result.source = path;
        out.result.format = QString::fromStdString(r.format);
        out.result.hasTargets = r.targets() != nullptr;
        out.result.scenario = r.scenario;
        out.result.errors = r.errors;
        out.result.warnings = r.warnings;
        for (const ImportIssue &issue : r.issues)
            out.result.issues << QString::fromStdString(issue.text());
        out.result.dataset = std::make_shared<const Dataset>(std::move(r.data));
        return out;
    }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

} // namespace pmis
