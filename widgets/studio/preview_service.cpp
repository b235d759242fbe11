#include "widgets/studio/preview_service.h"

#include "core/gen/generator.h"

#include <chrono>

namespace pmis {

const ShareComparison *PreviewData::find(const std::string &table, const std::string &column) const
{
    for (const ShareComparison &c : shares)
        if (c.table == table && c.column == column)
            return &c;
    return nullptr;
}

PreviewService::PreviewService(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        m_latest = std::any_cast<std::shared_ptr<const PreviewData>>(m_job.takeResult());
        const auto latest = m_latest;
        launchPending();
        Q_EMIT previewReady(latest);
    });
    connect(&m_job, &BackgroundJob::failed, this, [this] {
        launchPending();
        Q_EMIT previewFailed(tr("The preview sample could not be generated."));
    });
    connect(&m_job, &BackgroundJob::cancelled, this, &PreviewService::launchPending);
}

PreviewService::~PreviewService() = default; // the job waits for its run

Scenario PreviewService::previewScenario(const Scenario &scenario) const
{
    Scenario s = scenario;
    s.students = std::min(s.students, m_counts.students);
    s.internships = std::min(s.internships, m_counts.internships);
    s.interactions = std::min({s.interactions, m_counts.interactions, s.students * s.internships});
    return s;
}

void PreviewService::request(const Scenario &scenario)
{
    if (m_job.isRunning()) {
        m_pending = scenario;
        return;
    }
    launch(scenario);
}

void PreviewService::launchPending()
{
    if (!m_pending)
        return;
    Scenario next = std::move(*m_pending);
    m_pending.reset();
    launch(next);
}

void PreviewService::launch(const Scenario &scenario)
{
    const Scenario sample = previewScenario(scenario);
    m_job.start([sample](const ProgressFn &, std::string &error) -> std::any {
        const auto t0 = std::chrono::steady_clock::now();
        auto result = generateDataset(sample, {});
        if (!result) {
            error = result.error();
            return {};
        }
        auto preview = std::make_shared<PreviewData>();
        preview->scenario = sample;
        preview->shares = tunedShares(*result, sample);
        preview->data = std::make_shared<const Dataset>(result.takeValue());
        preview->milliseconds
                = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                          .count();
        return std::shared_ptr<const PreviewData>(std::move(preview));
    });
}

} // namespace pmis
