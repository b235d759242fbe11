#include "widgets/studio/job_status_widget.h"

#include "widgets/studio/background_job.h"
#include "widgets/studio/phase_text.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace pmis {

namespace {
constexpr int kLabelWidth = 280; // pixels
} // namespace

JobStatusWidget::JobStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(140);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("jobListButton"));
    m_listButton->setCheckable(false);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_listButton);

    m_list = new QFrame(this, Qt::Popup);
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setFrameShape(QFrame::StyledPanel);
    m_listLayout = new QVBoxLayout(m_list);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_jobs.empty())
            cancel(m_jobs.back().id);
    });
    connect(m_listButton, &QToolButton::clicked, this, [this] {
        m_list->adjustSize();
        const QPoint below = m_listButton->mapToGlobal(QPoint(0, 0));
        m_list->move(below.x() + m_listButton->width() - m_list->width(),
                     below.y() - m_list->height());
        m_list->show();
    });
    retranslateUi();
    hide();
}

JobStatusWidget::~JobStatusWidget() = default;

JobStatusWidget::JobId JobStatusWidget::begin(UiText what, std::function<void()> cancel)
{
    Job job;
    job.id = m_next++;
    job.what = std::move(what);
    job.cancel = std::move(cancel);
    job.row = new QWidget(m_list);
    job.row->setObjectName(QStringLiteral("job%1").arg(job.id));
    auto *row = new QHBoxLayout(job.row);
    row->setContentsMargins(0, 0, 0, 0);
    job.label = new QLabel(job.row);
    job.label->setTextFormat(Qt::PlainText);
    job.label->setMinimumWidth(220);
    job.bar = new QProgressBar(job.row);
    job.bar->setTextVisible(false);
    job.bar->setFixedWidth(140);
    job.cancelButton = new QPushButton(tr("Cancel"), job.row);
    job.cancelButton->setVisible(bool(job.cancel));
    const JobId id = job.id;
    connect(job.cancelButton, &QPushButton::clicked, this, [this, id] { this->cancel(id); });
    row->addWidget(job.label, 1);
    row->addWidget(job.bar);
    row->addWidget(job.cancelButton);
    m_listLayout->addWidget(job.row);
    m_jobs.push_back(std::move(job));
    updateJob(m_jobs.back());
    updateSummary();
    Q_EMIT jobsChanged();
    return id;
}

void JobStatusWidget::follow(BackgroundJob *job, UiText what, bool cancellable, int after)
{
    // The entry of the job's current run (0: not listed), and its latest progress, shown once
    // it is listed.
    struct Entry
    {
        JobId id = 0;
        double fraction = -1;
        QString phase;
    };
    auto entry = std::make_shared<Entry>();
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(after);
    connect(delay, &QTimer::timeout, this, [this, job, what, cancellable, entry] {
        if (entry->id || !job->isRunning())
            return;
        std::function<void()> cancel;
        if (cancellable)
            cancel = [job] { job->cancel(); };
        entry->id = begin(what, std::move(cancel));
        setProgress(entry->id, entry->fraction, entry->phase);
    });
    connect(job, &BackgroundJob::started, delay, [delay, entry] {
        if (!entry->id && !delay->isActive())
            delay->start();
    });
    connect(job, &BackgroundJob::progress, delay,
            [this, entry](double fraction, const QString &phase) {
                entry->fraction = fraction;
                entry->phase = phase;
                if (entry->id)
                    setProgress(entry->id, fraction, phase);
            });
    const auto ended = [this, delay, entry] {
        delay->stop();
        end(std::exchange(entry->id, 0));
        entry->fraction = -1;
        entry->phase.clear();
    };
    connect(job, &BackgroundJob::finished, delay, ended);
    connect(job, &BackgroundJob::failed, delay, ended);
    connect(job, &BackgroundJob::cancelled, delay, ended);
    // A job destroyed while listed leaves the list.
    connect(job, &QObject::destroyed, delay, ended);
}

void JobStatusWidget::setProgress(JobId id, double fraction, const QString &phase)
{
    Job *job = find(id);
    if (!job)
        return;
    job->fraction = fraction;
    job->phase = phase;
    updateJob(*job);
    if (job == &m_jobs.back())
        updateSummary();
}

void JobStatusWidget::end(JobId id)
{
    const auto it
            = std::find_if(m_jobs.begin(), m_jobs.end(), [id](const Job &j) { return j.id == id; });
    if (it == m_jobs.end())
        return;
    it->row->deleteLater();
    m_jobs.erase(it);
    updateSummary();
    Q_EMIT jobsChanged();
}

bool JobStatusWidget::isRunning(JobId id) const
{
    return find(id) != nullptr;
}

bool JobStatusWidget::cancel(JobId id)
{
    Job *job = find(id);
    if (!job || !job->cancel)
        return false;
    // The job leaves the list when it reports that it stopped; until then it says it is stopping.
    auto stop = std::exchange(job->cancel, {});
    job->cancelling = true;
    job->cancelButton->setEnabled(false);
    updateJob(*job);
    updateSummary();
    stop();
    return true;
}

void JobStatusWidget::cancelAll()
{
    for (const JobId id : jobIds())
        cancel(id);
}

QStringList JobStatusWidget::jobTexts() const
{
    QStringList texts;
    for (const Job &job : m_jobs)
        texts << jobText(job);
    return texts;
}

std::vector<JobStatusWidget::JobId> JobStatusWidget::jobIds() const
{
    std::vector<JobId> ids;
    for (const Job &job : m_jobs)
        ids.push_back(job.id);
    return ids;
}

QString JobStatusWidget::text() const
{
    return m_jobs.empty() ? QString() : jobText(m_jobs.back());
}

JobStatusWidget::Job *JobStatusWidget::find(JobId id)
{
    for (Job &job : m_jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

const JobStatusWidget::Job *JobStatusWidget::find(JobId id) const
{
    return const_cast<JobStatusWidget *>(this)->find(id);
}

QString JobStatusWidget::jobText(const Job &job) const
{
    if (job.cancelling)
        return tr("%1: cancelling…").arg(job.what.text());
    QString text = job.phase.isEmpty() ? job.what.text()
                                       : tr("%1: %2").arg(job.what.text(), phaseText(job.phase));
    if (job.fraction >= 0)
        text = tr("%1 %2%").arg(text, QLocale().toString(int(std::floor(job.fraction * 100))));
    return text;
}

void JobStatusWidget::showFraction(QProgressBar *bar, double fraction)
{
    if (fraction < 0) {
        bar->setRange(0, 0); // busy
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void JobStatusWidget::updateJob(Job &job)
{
    job.label->setText(jobText(job));
    showFraction(job.bar, job.fraction);
}

void JobStatusWidget::updateSummary()
{
    if (m_jobs.empty()) {
        m_list->hide();
        hide();
        return;
    }
    const Job &newest = m_jobs.back();
    // The status bar also holds the dataset's summary: a long phase is cut, whole in the tooltip.
    const QString text = jobText(newest);
    m_label->setText(m_label->fontMetrics().elidedText(text, Qt::ElideRight, kLabelWidth));
    m_label->setToolTip(text);
    showFraction(m_bar, newest.fraction);
    m_cancel->setVisible(bool(newest.cancel) || newest.cancelling);
    m_cancel->setEnabled(bool(newest.cancel));
    const int n = jobCount();
    m_listButton->setText(tr("%n job(s) running", nullptr, n));
    m_listButton->setToolTip(jobTexts().join(QLatin1Char('\n')));
    if (m_list->isVisible())
        m_list->adjustSize();
    show();
}

void JobStatusWidget::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    for (Job &job : m_jobs) {
        job.cancelButton->setText(tr("Cancel"));
        updateJob(job);
    }
    if (!m_jobs.empty())
        updateSummary();
}

void JobStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pmis
