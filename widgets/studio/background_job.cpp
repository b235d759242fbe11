#include "widgets/studio/background_job.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>
#include <new>
#include <utility>

namespace pmis {

BackgroundJob::BackgroundJob(JobKind kind, QObject *parent, WhileRunning whileRunning)
    : QObject(parent)
    , m_kind(kind)
    , m_whileRunning(whileRunning)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->job = this;
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
    const std::lock_guard lock(m_relay->mutex);
    m_relay->job = nullptr;
}

void BackgroundJob::start(Work work)
{
    if (m_watcher) {
        if (m_whileRunning == WhileRunning::Ignore)
            return;
        m_cancel->store(true); // superseded: it stops soon and reports nothing
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_result.reset();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_timer.start();
    // One watcher per run, deleted once it reported: a finished future would keep the run's value
    // (a whole dataset, say) alive after its receiver replaced it.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher] { onFinished(watcher); });
    auto cancelFlag = m_cancel;
    const int run = ++m_run;
    watcher->setFuture(QtConcurrent::run(jobPool(m_kind), [work = std::move(work), cancelFlag,
                                                           relay = m_relay, run]() {
        int lastPercent = -1;
        std::string lastPhase;
        const ProgressFn progress = [&](double fraction, const std::string &phase) {
            const int percent = int(std::floor(fraction * 100));
            if (percent != lastPercent || phase != lastPhase) {
                lastPercent = percent;
                lastPhase = phase;
                const std::lock_guard lock(relay->mutex);
                if (relay->job)
                    QMetaObject::invokeMethod(relay->job, "onRunProgress", Qt::QueuedConnection,
                                              Q_ARG(int, run), Q_ARG(double, fraction),
                                              Q_ARG(QString, QString::fromStdString(phase)));
            }
            return !cancelFlag->load();
        };
        Outcome out;
        std::string error;
        try {
            out.value = work(progress, error);
        } catch (const std::bad_alloc &) {
            error = "not enough memory";
        } catch (const std::exception &e) {
            error = e.what();
        } catch (...) {
            error = "an unexpected error";
        }
        if (!out.value.has_value() && cancelFlag->load())
            out.cancelled = true;
        else if (!out.value.has_value())
            out.error = QString::fromStdString(error);
        return out;
    }));
    Q_EMIT started();
}

void BackgroundJob::onRunProgress(int run, double fraction, const QString &phase)
{
    if (run == m_run && isRunning())
        Q_EMIT progress(fraction, phase);
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundJob::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void BackgroundJob::onFinished(QFutureWatcher<Outcome> *watcher)
{
    Outcome out;
    if (watcher->future().resultCount() > 0)
        out = watcher->result();
    else
        out.cancelled = true;
    watcher->deleteLater();
    if (watcher != m_watcher)
        return;
    m_watcher = nullptr;
    m_seconds = double(m_timer.nsecsElapsed()) / 1e9;
    if (out.cancelled || (m_cancel->load() && !m_lateCancelKeepsResult)) {
        Q_EMIT cancelled();
    } else if (!out.value.has_value()) {
        Q_EMIT failed(out.error.isEmpty() ? tr("The work stopped without a result.") : out.error);
    } else {
        m_result = std::move(out.value);
        Q_EMIT finished();
    }
}

} // namespace pmis
