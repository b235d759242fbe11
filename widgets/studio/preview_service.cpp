#include "widgets/studio/preview_service.h"

#include "core/gen/generator.h"
#include "widgets/studio/job_pools.h"

#include <QtConcurrent/QtConcurrentRun>

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
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const PreviewData>>::finished, this,
            &PreviewService::onFinished);
}

PreviewService::~PreviewService()
{
    m_watcher.waitForFinished();
}

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
    if (m_running) {
        m_pending = scenario;
        return;
    }
    launch(scenario);
}

void PreviewService::launch(const Scenario &scenario)
{
    m_running = true;
    const Scenario sample = previewScenario(scenario);
    m_watcher.setFuture(QtConcurrent::run(
            jobPool(JobKind::Preview), [sample]() -> std::shared_ptr<const PreviewData> {
                const auto t0 = std::chrono::steady_clock::now();
                auto result = generateDataset(sample, {});
                if (!result)
                    return nullptr;
                auto preview = std::make_shared<PreviewData>();
                preview->scenario = sample;
                preview->shares = tunedShares(*result, sample);
                preview->data = std::make_shared<const Dataset>(result.takeValue());
                preview->milliseconds = std::chrono::duration<double, std::milli>(
                                                std::chrono::steady_clock::now() - t0)
                                                .count();
                return preview;
            }));
}

void PreviewService::onFinished()
{
    m_running = false;
    auto preview = m_watcher.future().result();
    if (m_pending) {
        Scenario next = std::move(*m_pending);
        m_pending.reset();
        launch(next);
    }
    if (preview) {
        m_latest = preview;
        Q_EMIT previewReady(preview);
    } else {
        Q_EMIT previewFailed(tr("The preview sample could not be generated."));
    }
}

} // namespace pmis
