#include "widgets/studio/generate_job.h"

#include "core/gen/generator.h"

namespace pmis {

GenerateJob::GenerateJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::started, this, &GenerateJob::started);
    connect(&m_job, &BackgroundJob::progress, this, &GenerateJob::progress);
    connect(&m_job, &BackgroundJob::failed, this, &GenerateJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &GenerateJob::cancelled);
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        auto dataset = std::any_cast<std::shared_ptr<const Dataset>>(m_job.takeResult());
        Q_EMIT finished(dataset, m_scenario, m_job.seconds());
    });
}

GenerateJob::~GenerateJob()
{
    cancel();
    wait();
}

void GenerateJob::start(const Scenario &scenario, int threads)
{
    if (m_job.isRunning())
        return;
    m_scenario = scenario;
    m_job.start([scenario, threads](const ProgressFn &progress, std::string &error) -> std::any {
        GenerateOptions options;
        options.threads = threads;
        options.progress = progress;
        auto result = generateDataset(scenario, options);
        if (!result) {
            error = result.error();
            return {};
        }
        return std::make_shared<const Dataset>(result.takeValue());
    });
}

void GenerateJob::cancel()
{
    m_job.cancel();
}

void GenerateJob::wait()
{
    m_job.wait();
}

} // namespace pmis
