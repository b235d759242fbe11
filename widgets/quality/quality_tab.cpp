#include "widgets/quality/quality_tab.h"

#include "core/quality/quality_report.h"
#include "widgets/quality/quality_view.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>

#include <optional>

namespace pmis {

QualityTab::QualityTab(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QualityView(this);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    connect(&m_job, &BackgroundJob::progress, this, &QualityTab::progress);
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        const auto report
                = std::any_cast<std::shared_ptr<const quality::QualityReport>>(m_job.takeResult());
        m_view->setReport(*report);
        m_state = State::Shown;
        retranslate();
        Q_EMIT reportReady();
    });
    connect(&m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_state = State::Failed;
        m_error = message;
        retranslate();
        Q_EMIT reportReady();
    });
    retranslate();
}

QualityTab::~QualityTab()
{
    m_job.cancel();
    m_job.wait();
}

void QualityTab::setDataset(std::shared_ptr<const Dataset> data, const Scenario *targets)
{
    if (!data) {
        m_job.cancel();
        m_state = State::Empty;
        retranslate();
        return;
    }
    m_state = State::Computing;
    retranslate();
    std::optional<Scenario> scenario;
    if (targets)
        scenario = *targets;
    m_job.start([data, scenario](const ProgressFn &progress, std::string &error) -> std::any {
        auto report = quality::computeQuality(*data, scenario ? &*scenario : nullptr, progress);
        if (!report) {
            error = report.error();
            return {};
        }
        return std::make_shared<const quality::QualityReport>(report.takeValue());
    });
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
