#pragma once
// A status-bar widget for long work: a phase label, a progress bar and a Cancel button, shown
// while a job runs.

#include "widgets/studio/ui_text.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pmis {

class JobStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatusWidget(QWidget *parent = nullptr);

    // `what` names the job ("Generating"); it follows the interface language while shown.
    void begin(UiText what);
    // `phase` as core reports it; shown translated when known (see phaseText).
    void setProgress(double fraction, const QString &phase);
    void end();
    QProgressBar *progressBar() const { return m_bar; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabel();

    UiText m_what;
    QString m_phase;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace pmis
