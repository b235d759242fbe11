#pragma once
// The one job type of the studio's long tasks (generation, import, export, comparison, the
// recommender's work): the work runs on a thread of its kind's pool (job_pools.h) with a progress
// callback, and the job reports progress (at most once per percent and phase), then exactly one of
// finished, failed or cancelled. cancel() is safe from the GUI thread at any time: the callback then
// returns false and core stops at its next check. A finished run's value is kept until taken, and
// nothing else of the run (its future, its inputs) outlives the report.

#include "core/util/result.h"
#include "widgets/studio/job_pools.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace pmis {

class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    // The work: its value, or an empty std::any after setting `error` (or once `progress` returned
    // false). Runs on a worker thread: it must not touch widgets.
    using Work = std::function<std::any(const ProgressFn &progress, std::string &error)>;
    // What start() does while a run is in progress.
    enum class WhileRunning {
        Ignore,    // the new work is not started
        Supersede, // the running work is cancelled and reports nothing; the new one starts
    };

    explicit BackgroundJob(JobKind kind, QObject *parent = nullptr,
                           WhileRunning whileRunning = WhileRunning::Ignore);
    ~BackgroundJob() override;

    bool isRunning() const { return m_watcher != nullptr; }
    // A run whose work returned its value although a cancel came too late to stop it reports
    // finished instead of cancelled: for work whose effect is done once it returns (an export's
    // files are in place). Off by default: a cancelled generation is dropped however far it got.
    void setLateCancelKeepsResult(bool keep) { m_lateCancelKeepsResult = keep; }
    void start(Work work);
    void cancel();
    // Blocks until the current run ends (for shutdown and tests).
    void wait();
    // The last finished run's value, and its time from start to finish.
    const std::any &result() const { return m_result; }
    std::any takeResult() { return std::exchange(m_result, {}); }
    double seconds() const { return m_seconds; }

Q_SIGNALS:
    void started();
    void progress(double fraction, const QString &phase);
    void finished();
    void failed(const QString &message);
    void cancelled();

private Q_SLOTS:
    // A progress report of run `run`, queued from its worker thread; dropped when the run was
    // superseded or has ended.
    void onRunProgress(int run, double fraction, const QString &phase);

private:
    // How a worker reaches the job: cleared (under the lock) when the job is destroyed, so a
    // superseded run still going then posts nothing.
    struct Relay
    {
        std::mutex mutex;
        BackgroundJob *job = nullptr;
    };
    struct Outcome
    {
        std::any value;
        QString error;
        bool cancelled = false;
    };
    void onFinished(QFutureWatcher<Outcome> *watcher);

    JobKind m_kind;
    WhileRunning m_whileRunning;
    QFutureWatcher<Outcome> *m_watcher = nullptr; // of the running work
    int m_run = 0;                                // the running work's number
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Relay> m_relay;
    bool m_lateCancelKeepsResult = false;
    std::any m_result;
    QElapsedTimer m_timer;
    double m_seconds = 0;
};

} // namespace pmis
