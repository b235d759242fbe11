#include "widgets/rec/rec_job.h"
#include "widgets/studio/job_pools.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace pmis {

RecJob::RecJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RecJob::onFinished);
}

RecJob::~RecJob()
{
    cancel();
    wait();
}

void RecJob::start(Work work)
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    QPointer<RecJob> self(this);
    m_watcher.setFuture(QtConcurrent::run(jobPool(JobKind::Recommender), [work = std::move(work),
                                                                          cancelFlag, self]() {
        int lastPercent = -1;
        std::string lastPhase;
        const ProgressFn progress = [&](double fraction, const std::string &phase) {
            const int percent = int(std::floor(fraction * 100));
            if (percent != lastPercent
                || phase != lastPhase) { // at most one signal per percent and phase
                lastPercent = percent;
                lastPhase = phase;
                const QString text = QString::fromStdString(phase);
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, fraction, text]() {
                            if (self && self->m_running)
                                Q_EMIT self->progress(fraction, text);
                        },
                        Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        };
        Outcome out;
        std::string error;
        out.value = work(progress, error);
        if (cancelFlag->load())
            out.cancelled = true;
        else if (!out.value.has_value())
            out.error = QString::fromStdString(error.empty() ? std::string("cancelled") : error);
        return out;
    }));
    Q_EMIT started();
}

void RecJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RecJob::wait()
{
    m_watcher.waitForFinished();
}

void RecJob::onFinished()
{
    m_running = false;
    Outcome out = m_watcher.future().result();
    if (out.cancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (!out.error.isEmpty()) {
        Q_EMIT failed(out.error);
        return;
    }
    m_result = std::move(out.value);
    Q_EMIT finished();
}

} // namespace pmis
