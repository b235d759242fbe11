#include "widgets/quality/quality_tab.h"

#include "core/quality/quality_report.h"
#include "widgets/quality/quality_view.h"
#include "widgets/studio/job_pools.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QStackedLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace pmis {

QualityTab::QualityTab(QWidget *parent)
    : QWidget(parent)
    , m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_view = new QualityView(this);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    retranslate();
}

QualityTab::~QualityTab()
{
    ++*m_generation; // running computations stop at their next progress report
}

void QualityTab::setDataset(std::shared_ptr<const Dataset> data, const Scenario *targets)
{
    const int generation = ++*m_generation;
    if (!data) {
        m_state = State::Empty;
        retranslate();
        return;
    }
    m_state = State::Computing;
    retranslate();
    auto counter = m_generation;
    std::optional<Scenario> scenario;
    if (targets)
        scenario = *targets;
    auto *watcher = new QFutureWatcher<Result<quality::QualityReport>>(this);
    connect(watcher, &QFutureWatcher<Result<quality::QualityReport>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != *m_generation)
                    return; // a newer dataset is on its way
                const auto result = watcher->result();
                if (result.isOk()) {
                    m_view->setReport(*result);
                    m_state = State::Shown;
                } else {
                    m_state = State::Failed;
                    m_error = QString::fromStdString(result.error());
                }
                retranslate();
                Q_EMIT reportReady();
            });
    watcher->setFuture(
            QtConcurrent::run(jobPool(JobKind::Quality), [data, scenario, counter, generation] {
                return quality::computeQuality(*data, scenario ? &*scenario : nullptr,
                                               [counter, generation](double, const std::string &) {
                                                   return generation == *counter;
                                               });
            }));
}

void QualityTab::retranslate()
{
    switch (m_state) {
    case State::Empty:
        m_message->setText(tr("Generate a dataset (F5) to check its quality."));
        break;
    case State::Computing:
        m_message->setText(tr("Checking the dataset…"));
        break;
    case State::Failed:
        m_message->setText(tr("The quality report could not be computed: %1").arg(m_error));
        break;
    case State::Shown:
        break;
    }
    m_stack->setCurrentWidget(m_state == State::Shown ? static_cast<QWidget *>(m_view) : m_message);
}

void QualityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pmis
