#pragma once
// Regenerates a small preview sample of the document's scenario off the GUI thread (a
// BackgroundJob) after each edit. Latest edit wins: requests that arrive while a sample is being
// generated collapse into one run of the newest scenario, so a slider drag never queues work.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/stats/realized.h"
#include "widgets/studio/background_job.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pmis {

struct PreviewData
{
    Scenario scenario; // the scenario sampled (with the preview counts)
    std::shared_ptr<const Dataset> data;
    std::vector<ShareComparison> shares; // target vs realized for every tuned share table
    double milliseconds = 0;             // generation time

    const ShareComparison *find(const std::string &table, const std::string &column) const;
};

class PreviewService : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        std::int64_t students = 3000;
        std::int64_t internships = 200;
        std::int64_t interactions = 6000;
    };

    explicit PreviewService(QObject *parent = nullptr);
    ~PreviewService() override;

    void setCounts(Counts counts) { m_counts = counts; }
    // Asks for a preview of `scenario`; returns at once.
    void request(const Scenario &scenario);
    std::shared_ptr<const PreviewData> latest() const { return m_latest; }
    bool isBusy() const { return m_job.isRunning(); }

    // The scenario with the preview's counts (never more than the scenario's own).
    Scenario previewScenario(const Scenario &scenario) const;

Q_SIGNALS:
    void previewReady(std::shared_ptr<const pmis::PreviewData> preview);
    void previewFailed(const QString &message);

private:
    void launch(const Scenario &scenario);
    // Starts the newest request that arrived meanwhile.
    void launchPending();

    Counts m_counts;
    BackgroundJob m_job{JobKind::Preview};
    std::optional<Scenario> m_pending;
    std::shared_ptr<const PreviewData> m_latest;
};

} // namespace pmis
