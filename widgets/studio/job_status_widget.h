#pragma once
// The one place that lists the background jobs while they run (generation, import, export, the
// quality report, the recommender's training, and the views' own computations once they take a
// while: the Overview's figures, the Data tab's filter and statistics, the presentation's
// figures): the status bar shows the newest job with its
// progress and Cancel, and a button opens the list of every running job, each with its own
// progress and Cancel. Hidden while no job runs.

#include "widgets/studio/ui_text.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace pmis {

class BackgroundJob;

class JobStatusWidget : public QWidget
{
    Q_OBJECT
public:
    using JobId = int;

    explicit JobStatusWidget(QWidget *parent = nullptr);
    ~JobStatusWidget() override;

    // Lists a running job; `what` names it ("Generating") and follows the interface language.
    // `cancel` stops it (called at most once); a job without one shows no Cancel button.
    JobId begin(UiText what, std::function<void()> cancel = {});
    // Lists `job` while it runs longer than `after` ms (shorter runs would only flash in the
    // status bar), with its progress, until it finishes, fails or is cancelled. A superseding
    // run keeps the entry. With `cancellable`, Cancel stops it. The job must outlive this widget
    // or be destroyed first (its signals are disconnected then).
    void follow(BackgroundJob *job, UiText what, bool cancellable = false, int after = 300);
    // `fraction` in [0, 1], or < 0 while unknown (a busy bar); `phase` as core reports it, shown
    // translated when known (see phaseText). Unknown ids are ignored.
    void setProgress(JobId id, double fraction, const QString &phase = {});
    // Removes the job from the list (it finished, failed or was cancelled).
    void end(JobId id);
    bool isRunning(JobId id) const;
    // Asks job `id` to stop, as its Cancel button does; false when it has no cancel.
    bool cancel(JobId id);
    void cancelAll();

    int jobCount() const { return int(m_jobs.size()); }
    // The running jobs' texts ("Generating: students 40%"), oldest first.
    QStringList jobTexts() const;
    std::vector<JobId> jobIds() const;
    // The newest job's text, as the status bar shows it.
    QString text() const;
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *listButton() const { return m_listButton; }
    // The list of every running job (a popup under the list button).
    QFrame *jobList() const { return m_list; }

Q_SIGNALS:
    void jobsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Job
    {
        JobId id = 0;
        UiText what;
        QString phase;
        double fraction = -1;
        bool cancelling = false;
        std::function<void()> cancel;
        QWidget *row = nullptr; // in the list
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QPushButton *cancelButton = nullptr;
    };
    Job *find(JobId id);
    const Job *find(JobId id) const;
    QString jobText(const Job &job) const;
    void updateJob(Job &job);
    void updateSummary();
    void retranslateUi();
    static void showFraction(QProgressBar *bar, double fraction);

    std::vector<Job> m_jobs;
    JobId m_next = 1;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QToolButton *m_listButton;
    QFrame *m_list;
    QVBoxLayout *m_listLayout;
};

} // namespace pmis
