#include "widgets/report/report_job.h"

#include "widgets/studio/phase_text.h"

namespace pmis::report {

namespace {
constexpr double kFiguresShare = 0.85; // of the progress bar; the pages take the rest
} // namespace

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::progress, this, [this](double fraction, const QString &phase) {
        Q_EMIT progress(kFiguresShare * fraction, phase);
    });
    connect(&m_job, &BackgroundJob::finished, this, &ReportJob::layOut);
    connect(&m_job, &BackgroundJob::failed, this, &ReportJob::failed);
    connect(&m_job, &BackgroundJob::cancelled, this, &ReportJob::cancelled);
}

ReportJob::~ReportJob()
{
    m_job.cancel();
    m_job.wait();
}

void ReportJob::start(const ReportInput &input, const ReportMeta &meta, const QString &path)
{
    if (isRunning() || !input.dataset)
        return;
    m_input = input;
    m_meta = meta;
    m_path = path;
    Q_EMIT started();
    m_job.start([input](const ProgressFn &progress, std::string &error) -> std::any {
        auto figures = computeReportFigures(input, progress);
        if (!figures) {
            if (!figures.isCancelled())
                error = figures.error();
            return {};
        }
        return std::make_shared<const ReportFigures>(figures.takeValue());
    });
}

void ReportJob::layOut()
{
    const auto figures = std::any_cast<std::shared_ptr<const ReportFigures>>(m_job.takeResult());
    const auto pages = ReportDocument::write(
            m_input, *figures, m_meta, m_path, [this](double fraction, const std::string &phase) {
                Q_EMIT progress(kFiguresShare + (1 - kFiguresShare) * fraction,
                                phaseText(QString::fromStdString(phase)));
                return true; // the pages are laid out at once, on this thread
            });
    m_input = {}; // the dataset is not held after the report
    if (pages.isCancelled())
        Q_EMIT cancelled();
    else if (!pages)
        Q_EMIT failed(QString::fromStdString(pages.error()));
    else
        Q_EMIT finished(m_path, *pages);
}

} // namespace pmis::report
