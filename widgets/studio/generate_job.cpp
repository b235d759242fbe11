#include "widgets/studio/generate_job.h"

#include "core/gen/generator.h"
#include "widgets/studio/job_outcome.h"
#include "widgets/studio/job_pools.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace pmis {

GenerateJob::GenerateJob(QObject *parent)
    : QObject(parent)
{}

GenerateJob::~GenerateJob()
{
    cancel();
    wait();
}

void GenerateJob::start(const Scenario &scenario, int threads)
{
    if (m_running)
        return;
    m_running = true;
    m_scenario = scenario;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_timer.start();
    auto cancelFlag = m_cancel;
    QPointer<GenerateJob> self(this);
    // One watcher per run, deleted after it reported: the finished future would keep the
    // dataset alive after the document replaced it.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher] { onFinished(watcher); });
    watcher->setFuture(
            QtConcurrent::run(jobPool(JobKind::Generate), [scenario, threads, cancelFlag, self]() {
                int lastPercent = -1;
                std::string lastPhase;
                GenerateOptions options;
                options.threads = threads;
                options.progress = [&](double fraction, const std::string &phase) {
                    const int percent = int(std::floor(fraction * 100));
                    if (percent != lastPercent || phase != lastPhase) {
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
                auto result = generateDataset(scenario, options);
                if (result)
                    out.dataset = std::make_shared<const Dataset>(result.takeValue());
                else if (result.isCancelled() || cancelFlag->load())
                    out.cancelled = true;
                else
                    out.error = QString::fromStdString(result.error());
                return out;
            }));
    Q_EMIT started();
}

void GenerateJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void GenerateJob::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void GenerateJob::onFinished(QFutureWatcher<Outcome> *watcher)
{
    Outcome out = takeOutcome(watcher, m_watcher, m_running);
    const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
    if (out.cancelled || (m_cancel && m_cancel->load()))
        Q_EMIT cancelled();
    else if (!out.error.isEmpty())
        Q_EMIT failed(out.error);
    else
        Q_EMIT finished(out.dataset, m_scenario, seconds);
}

} // namespace pmis
