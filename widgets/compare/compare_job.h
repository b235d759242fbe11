#pragma once
// Compares two datasets on a worker thread (core/stats/compare.h), as a BackgroundJob. Either side is a dataset in
// memory, or a name to load first: a preset or a scenario file (generated), or an exported folder or
// SQLite file (imported). The job reports progress, then exactly one of finished, failed or
// cancelled; starting again while it runs drops the running comparison, which then reports nothing.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/stats/compare.h"
#include "widgets/studio/background_job.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pmis {

struct CompareSide
{
    std::shared_ptr<const Dataset> data; // null: load `source`
    std::optional<Scenario> scenario;    // its parameters head the comparison
    QString source;                      // a preset name or a path, loaded when `data` is null
    QString name;                        // how the tab names this side
};

// What a run found: the comparison, and whether both sides had a scenario (whose parameters
// the comparison then lists, possibly none).
struct CompareResult
{
    Comparison comparison;
    bool scenariosCompared = false;
};

class CompareJob : public QObject
{
    Q_OBJECT
public:
    explicit CompareJob(QObject *parent = nullptr);
    ~CompareJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    void start(CompareSide baseline, CompareSide current);
    void cancel();
    // Blocks until the current run ends (for shutdown and tests).
    void wait();

Q_SIGNALS:
    void started();
    void progress(double fraction, const QString &phase);
    void finished(std::shared_ptr<const pmis::CompareResult> result);
    void failed(const QString &message);
    void cancelled();

private:
    BackgroundJob m_job{JobKind::Compare, nullptr, BackgroundJob::WhileRunning::Supersede};
};

} // namespace pmis
