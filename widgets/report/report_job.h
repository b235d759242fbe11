#pragma once
// Writes a dataset report (PDF): its figures are computed on a worker thread (a BackgroundJob,
// with progress and cancel), then the pages are laid out on the GUI thread, where the charts can
// be drawn. The file is written under a temporary name and renamed once complete, so a failed or
// cancelled report replaces nothing.

#include "widgets/report/report_document.h"
#include "widgets/studio/background_job.h"

#include <QObject>

namespace pmis::report {

class ReportJob : public QObject
{
    Q_OBJECT
public:
    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    void start(const ReportInput &input, const ReportMeta &meta, const QString &path);
    // Stops the figures' computation; the pages, laid out in one go on the GUI thread once the
    // figures are in, are not interrupted.
    void cancel() { m_job.cancel(); }
    void wait() { m_job.wait(); }

Q_SIGNALS:
    void started();
    void progress(double fraction, const QString &phase);
    void finished(const QString &path, int pages);
    void failed(const QString &message);
    void cancelled();

private:
    void layOut();

    BackgroundJob m_job{JobKind::Export};
    ReportInput m_input;
    ReportMeta m_meta;
    QString m_path;
};

} // namespace pmis::report
