// MainWindow: File ▸ Export ▸ Report (PDF)… and View ▸ Presentation Mode.
#include "app/studio/main_window.h"

#include "widgets/compare/compare_tab.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/present/presentation_window.h"
#include "widgets/report/report_exporter.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QMessageBox>
#include <QTabWidget>

namespace pmis {

void MainWindow::createReportActions()
{
    // The report is an export format (widgets/report/report_exporter.h): the export dialog, with
    // the report chosen, asks where it goes and the export job writes it.
    report::registerReportExporter();
    m_exportReport = new QAction(this);
    connect(m_exportReport, &QAction::triggered, this, [this] {
        exportWithDialog({ExportScope::AllTables, report::kReportExporterId});
    });
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
    m_jobStatus->follow(&m_presentation->job(), [] { return tr("Preparing the presentation"); });
    m_presentation->present(reportInput(), first);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
}

} // namespace pmis
