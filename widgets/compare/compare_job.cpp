#include "widgets/compare/compare_job.h"

#include "core/io/dataset_source.h"
#include "widgets/studio/job_pools.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace pmis {

CompareJob::CompareJob(QObject *parent)
    : QObject(parent)
{}

CompareJob::~CompareJob()
{
    cancel();
    wait();
}

void CompareJob::start(CompareSide baseline, CompareSide current)
{
    if (m_watcher) { // superseded: its result is dropped
        m_cancel->store(true);
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    QPointer<CompareJob> self(this);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher] { onFinished(watcher); });
    watcher->setFuture(QtConcurrent::run(jobPool(JobKind::Compare), [baseline, current, cancelFlag,
                                                                     self]() {
        Outcome out;
        const auto report = [&](double fraction, const std::string &phase) {
            const QString text = QString::fromStdString(phase);
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, fraction, text]() {
                        if (self && self->isRunning())
                            Q_EMIT self->progress(fraction, text);
                    },
                    Qt::QueuedConnection);
            return !cancelFlag->load();
        };
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
            if (cancelFlag->load()) {
                out.cancelled = true;
                return out;
            }
            if (!source) {
                out.error = QStringLiteral("%1: %2").arg(sides[i]->name,
                                                         QString::fromStdString(source.error()));
                return out;
            }
            loaded[i] = source.takeValue();
        }
        if (!report(0.9, "comparing")) {
            out.cancelled = true;
            return out;
        }
        const Dataset &a = baseline.data ? *baseline.data : loaded[0].data;
        const Dataset &b = current.data ? *current.data : loaded[1].data;
        auto result = std::make_shared<CompareResult>();
        result->comparison = compareDatasets(a, b);
        const auto &scenarioA = baseline.data ? baseline.scenario : loaded[0].scenario;
        const auto &scenarioB = current.data ? current.scenario : loaded[1].scenario;
        result->scenariosCompared = scenarioA && scenarioB;
        if (result->scenariosCompared)
            result->comparison.parameters = diffScenarios(*scenarioA, *scenarioB);
        out.result = std::move(result);
        return out;
    }));
    Q_EMIT started();
}

void CompareJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CompareJob::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void CompareJob::onFinished(QFutureWatcher<Outcome> *watcher)
{
    Outcome out;
    if (watcher->future().resultCount() > 0)
        out = watcher->result();
    else
        out.cancelled = true;
    watcher->deleteLater();
    if (watcher != m_watcher)
        return;
    m_watcher = nullptr;
    if (out.cancelled || m_cancel->load())
        Q_EMIT cancelled();
    else if (!out.error.isEmpty())
        Q_EMIT failed(out.error);
    else
        Q_EMIT finished(out.result);
}

} // namespace pmis
