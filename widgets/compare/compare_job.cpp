#include "widgets/compare/compare_job.h"

#include "core/io/dataset_source.h"

namespace pmis {

CompareJob::CompareJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::started, this, &CompareJob::started);
    connect(&m_job, &BackgroundJob::progress, this, &CompareJob::progress);
    connect(&m_job, &BackgroundJob::failed, this, &CompareJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &CompareJob::cancelled);
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        Q_EMIT finished(std::any_cast<std::shared_ptr<const CompareResult>>(m_job.takeResult()));
    });
}

CompareJob::~CompareJob()
{
    cancel();
    wait();
}

void CompareJob::start(CompareSide baseline, CompareSide current)
{
    m_job.start([baseline, current](const ProgressFn &report, std::string &error) -> std::any {
        // Loading takes the first 90% for the sides that need it; comparing the rest.
        const CompareSide *sides[2] = {&baseline, &current};
        DatasetSource loaded[2];
        for (int i = 0; i < 2; ++i) {
            if (sides[i]->data)
                continue;
            const double from = 0.45 * i;
            auto source = loadDatasetSource(sides[i]->source.toStdString(), std::nullopt,
                                            [&](double fraction, const std::string &phase) {
                                                return report(from + 0.45 * fraction, phase);
                                            });
            if (!source) {
                error = QStringLiteral("%1: %2")
                                .arg(sides[i]->name, QString::fromStdString(source.error()))
                                .toStdString();
                return {};
            }
            loaded[i] = source.takeValue();
        }
        if (!report(0.9, "comparing"))
            return {};
        const Dataset &a = baseline.data ? *baseline.data : loaded[0].data;
        const Dataset &b = current.data ? *current.data : loaded[1].data;
        auto result = std::make_shared<CompareResult>();
        result->comparison = compareDatasets(a, b);
        const auto &scenarioA = baseline.data ? baseline.scenario : loaded[0].scenario;
        const auto &scenarioB = current.data ? current.scenario : loaded[1].scenario;
        result->scenariosCompared = scenarioA && scenarioB;
        if (result->scenariosCompared)
            result->comparison.parameters = diffScenarios(*scenarioA, *scenarioB);
        return std::shared_ptr<const CompareResult>(std::move(result));
    });
}

void CompareJob::cancel()
{
    m_job.cancel();
}

void CompareJob::wait()
{
    m_job.wait();
}

} // namespace pmis
