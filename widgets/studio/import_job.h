#pragma once
// Imports a dataset on a worker thread (a BackgroundJob): a folder of enhanced_<table>.csv files (the studio's or the
// old generator's layout) or a SQLite file the studio wrote. Reports progress, then exactly one of
// finished, failed or cancelled. Problems in the files do not fail an import: they come back with
// the data as issues naming file, row and column.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/background_job.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace pmis {

struct ImportedDataset
{
    QString source; // the folder or file
    QString format; // "studio csv", "legacy csv" or "sqlite"
    std::shared_ptr<const Dataset> dataset;
    std::optional<Scenario> scenario; // the scenario recorded with the data
    bool hasTargets = false;          // the data should meet that scenario's targets
    QStringList issues;               // the first issues, one line each
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    void start(const QString &path);
    void cancel();
    void wait();

Q_SIGNALS:
    void progress(double fraction, const QString &phase);
    void finished(const pmis::ImportedDataset &result);
    void failed(const QString &message);
    void cancelled();

private:
    BackgroundJob m_job{JobKind::Import};
};

} // namespace pmis

Q_DECLARE_METATYPE(pmis::ImportedDataset)
