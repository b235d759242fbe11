#pragma once
// Writes an export on a worker thread (a BackgroundJob): a scope of the dataset (every table, one
// table's shown rows, or the shown rows with every related row) in one of the registered formats
// (core/io/exporters.h). Progress, cancel, and one of finished, failed (with the file and reason)
// or cancelled at the end. Files are written under temporary names and renamed, so a failed or
// cancelled export leaves no half-written file. A format written in two phases (the report) is
// prepared on the worker and finished on the GUI thread when the worker is done.

#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/io/exporters.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/background_job.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pmis {

struct ExportRequest
{
    // The scope and the format. SelectionWithRelated: the shown rows of `table` with every row
    // they refer to and every row referring to them (referential closure).
    ExportChoice choice;
    QString path; // the folder for a folder format (but for one table), the file otherwise
    std::shared_ptr<const Dataset> dataset;
    Scenario scenario;
    QString table; // CurrentTable, SelectionWithRelated: the table's name
    std::shared_ptr<const std::vector<std::uint32_t>>
            rows; // CurrentTable, SelectionWithRelated: shown rows; null = all
    CsvOptions options;
    // Non-empty when the data are not the scenario's output (imported without a recorded
    // scenario): what they are. Their metadata and report then show no targets.
    QString origin;
    // For a document about the data (the report): what they are, and a baseline to compare with.
    QString name;
    std::shared_ptr<const Dataset> baseline;
    std::optional<Scenario> baselineScenario;
    QString baselineName;
};

class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    void start(const ExportRequest &request);
    void cancel();
    void wait();

Q_SIGNALS:
    void progress(double fraction, const QString &phase);
    void finished(const QStringList &files);
    void failed(const QString &message);
    void cancelled();

private:
    // The files written (a QStringList), what a two-phase format prepared (for finishWriting), or
    // an empty value after setting `error` (or when cancelled).
    static std::any run(const ExportRequest &request, const ProgressFn &progress,
                        std::string &error);
    void workerDone();
    // The second phase of a two-phase format, on this (the GUI) thread.
    void finishWriting(std::any &prepared);

    BackgroundJob m_job{JobKind::Export};
};

} // namespace pmis
