#pragma once
// Generates a dataset on a worker thread (a BackgroundJob). The job reports progress, then exactly
// one of finished, failed or cancelled. cancel() is safe from the GUI thread at any time; the
// previous dataset is untouched until finished() hands over the new one.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/background_job.h"

#include <QObject>

#include <memory>

namespace pmis {

class GenerateJob : public QObject
{
    Q_OBJECT
public:
    explicit GenerateJob(QObject *parent = nullptr);
    ~GenerateJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Starts generation of `scenario`; ignored while a run is in progress.
    void start(const Scenario &scenario, int threads = 0);
    void cancel();
    // Blocks until the current run ends (for shutdown and tests).
    void wait();

Q_SIGNALS:
    void started();
    void progress(double fraction, const QString &phase);
    void finished(std::shared_ptr<const pmis::Dataset> dataset, const pmis::Scenario &scenario,
                  double seconds);
    void failed(const QString &message);
    void cancelled();

private:
    BackgroundJob m_job{JobKind::Generate};
    Scenario m_scenario;
};

} // namespace pmis
