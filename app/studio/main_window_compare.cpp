// MainWindow: the Compare tab, Generate ▸ Set as Baseline / Clear Baseline and File ▸ Compare….
#include "app/studio/main_window.h"

#include "widgets/compare/compare_dialog.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QLocale>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>

namespace pmis {

void MainWindow::createCompareActions()
{
    m_setBaselineAction = new QAction(this);
    m_setBaselineAction->setEnabled(false);
    connect(m_setBaselineAction, &QAction::triggered, this, [this] {
        if (!m_document->dataset())
            return;
        m_compare->setBaseline(datasetSide());
        statusBar()->showMessage(tr("Baseline set: %1. Change the scenario and generate: the "
                                    "Compare tab compares the new dataset with it.")
                                         .arg(m_compare->baseline().name),
                                 10000);
    });
    m_clearBaselineAction = new QAction(this);
    m_clearBaselineAction->setEnabled(false);
    connect(m_clearBaselineAction, &QAction::triggered, m_compare, &CompareTab::clearBaseline);
    // The Overview draws the baseline over every chart while one is set.
    connect(m_compare, &CompareTab::baselineChanged, this, [this] {
        m_clearBaselineAction->setEnabled(m_compare->hasBaseline());
        m_overview->setBaseline(m_compare->baseline().data);
    });

    m_compareAction = new QAction(this);
    connect(m_compareAction, &QAction::triggered, this, [this] {
        CompareDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_compare->compareSources(dialog.baseline(), dialog.current());
        m_tabs->setCurrentWidget(m_compare);
    });

    CompareJob *job = m_compare->job();
    connect(job, &CompareJob::started, this, [this] {
        if (!m_compareJobId) // a comparison that replaces a running one keeps its entry
            m_compareJobId = m_jobStatus->begin([] { return tr("Comparing"); },
                                                [this] { m_compare->job()->cancel(); });
    });
    connect(job, &CompareJob::progress, this, [this](double fraction, const QString &phase) {
        m_jobStatus->setProgress(m_compareJobId, fraction, phase);
    });
    connect(job, &CompareJob::finished, this, [this] { endJob(m_compareJobId); });
    connect(job, &CompareJob::failed, this, [this] { endJob(m_compareJobId); });
    connect(job, &CompareJob::cancelled, this, [this] {
        endJob(m_compareJobId);
        statusBar()->showMessage(tr("Comparison cancelled."), 5000);
    });
}

CompareSide MainWindow::datasetSide() const
{
    CompareSide side;
    side.data = m_document->dataset();
    const Scenario &scenario = m_document->datasetScenario();
    if (m_document->datasetHasTargets())
        side.scenario = scenario;
    // The time tells two datasets of one scenario apart.
    side.name = tr("%1, seed %2, made at %3")
                        .arg(QString::fromStdString(scenario.name), QString::number(scenario.seed),
                             m_datasetTime.toString(QStringLiteral("HH:mm:ss")));
    return side;
}

void MainWindow::followDatasetForComparison()
{
    m_setBaselineAction->setEnabled(bool(m_document->dataset()));
    m_datasetTime = QTime::currentTime();
    if (m_document->dataset())
        m_compare->setCurrent(datasetSide());
}

} // namespace pmis
