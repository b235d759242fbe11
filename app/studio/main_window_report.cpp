// MainWindow: File ▸ Export ▸ Report (PDF)… and the report's job, and View ▸ Presentation Mode.
#include "app/studio/main_window.h"

#include "app/studio/studio_settings.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/present/presentation_window.h"
#include "widgets/report/report_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace pmis {

void MainWindow::createReportActions()
{
    m_report = new report::ReportJob(this);
    m_exportReport = new QAction(this);
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::exportReportWithDialog);
    connect(m_report, &report::ReportJob::started, this, [this] {
        m_reportJobId = m_jobStatus->begin([] { return tr("Writing the report"); },
                                           [this] { m_report->cancel(); });
    });
    connect(m_report, &report::ReportJob::progress, this,
            [this](double fraction, const QString &phase) {
                m_jobStatus->setProgress(m_reportJobId, fraction, phase);
            });
    connect(m_report, &report::ReportJob::finished, this, [this](const QString &path, int pages) {
        endJob(m_reportJobId);
        showExported({path}, path);
        statusBar()->showMessage(tr("Report written: %Ln page(s), %1", nullptr, pages)
                                         .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    connect(m_report, &report::ReportJob::failed, this, [this](const QString &message) {
        endJob(m_reportJobId);
        QMessageBox::critical(this, tr("Report failed"),
                              tr("Could not write the report:\n%1").arg(message));
    });
    connect(m_report, &report::ReportJob::cancelled, this, [this] {
        endJob(m_reportJobId);
        statusBar()->showMessage(tr("Report cancelled; no file was replaced."), 8000);
    });
}

void MainWindow::exportReportWithDialog()
{
    if (!m_document->dataset()) {
        QMessageBox::information(this, tr("Report"), tr("Generate a dataset first (F5)."));
        return;
    }
    if (m_report->isRunning()) {
        statusBar()->showMessage(tr("A report is being written; wait for it or cancel it."), 5000);
        return;
    }
    QString folder = settings::exportFolder.value();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QString::fromStdString(m_document->datasetScenario().name)
                         + QStringLiteral("-report.pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                QDir(folder).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    startReport(path);
}

report::ReportInput MainWindow::reportInput() const
{
    report::ReportInput input;
    input.dataset = m_document->dataset();
    const CompareSide current = datasetSide();
    input.source = current.name.toStdString();
    if (m_document->datasetHasTargets())
        input.scenario = m_document->datasetScenario();
    if (m_compare->hasBaseline()) {
        const CompareSide &baseline = m_compare->baseline();
        input.baseline = baseline.data;
        input.baselineScenario = baseline.scenario;
        input.baselineSource = baseline.name.toStdString();
    }
    return input;
}

void MainWindow::startReport(const QString &path)
{
    if (m_report->isRunning() || !m_document->dataset())
        return;
    report::ReportMeta meta;
    meta.version = QApplication::applicationVersion();
    meta.created = QDateTime::currentDateTime();
    m_report->start(reportInput(), meta, path);
}

present::PresentationWindow *MainWindow::presentation() const
{
    return m_presentation;
}

void MainWindow::startPresentation()
{
    if (!m_document->dataset()) {
        QMessageBox::information(this, tr("Presentation"), tr("Generate a dataset first (F5)."));
        return;
    }
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    using Page = present::PresentationWindow::Page;
    Page first = Page::Glance;
    if (m_tabs->currentWidget() == m_quality)
        first = Page::Targets;
    else if (m_tabs->currentWidget() == m_recommenderPage)
        first = Page::Recommendation;
    else if (m_tabs->currentWidget() == m_compare)
        first = Page::Comparison;
    m_presentation = new present::PresentationWindow(this);
    m_presentation->present(reportInput(), first);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
}

} // namespace pmis
