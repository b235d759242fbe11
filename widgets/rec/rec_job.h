#pragma once
// Runs one piece of recommender work (training, evaluation, an audit) on a worker thread. The job
// reports progress, then exactly one of finished, failed or cancelled. cancel() is safe from the GUI
// thread at any time: the work's progress callback returns false and core stops at the next check.

#include "core/util/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

namespace pmis {

class RecJob : public QObject
{
    Q_OBJECT
public:
    // The work: returns its value, or an empty std::any after setting `error` (or when cancelled).
    using Work = std::function<std::any(const ProgressFn &progress, std::string &error)>;

    explicit RecJob(QObject *parent = nullptr);
    ~RecJob() override;

    bool isRunning() const { return m_running; }
    // Starts the work; ignored while a run is in progress.
    void start(Work work);
    void cancel();
    void wait(); // blocks until the current run ends (shutdown and tests)
    // The finished run's value.
    const std::any &result() const { return m_result; }

Q_SIGNALS:
    void started();
    void progress(double fraction, const QString &phase);
    void finished();
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        std::any value;
        QString error;
        bool cancelled = false;
    };
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::any m_result;
    bool m_running = false;
};

} // namespace pmis
