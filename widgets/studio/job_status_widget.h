#pragma once
// A status-bar widget for long work: a phase label, a progress bar and a Cancel button, shown
// while a job runs.

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

    void begin(const QString &what);
    void setProgress(double fraction, const QString &phase);
    void end();
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

private:
    QString m_what;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace pmis
