#pragma once
// The Overview tab: a dashboard of charts over the generated dataset (tier mix, CGPA by tier,
// cities, top skills, stipends, activity, the funnel, success by tier, rural/urban and gender),
// with the scenario's targets marked where one exists. Above them, when the scenario claims
// published figures, the published counts beside the generated ones (registration to joining);
// below them, a chart of any column (a ColumnChartPanel). The figures are computed in core on a
// worker thread (a BackgroundJob). Following a document, the tab says when the scenario has
// changed since the dataset was generated.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/stats/overview_stats.h"
#include "widgets/studio/background_job.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace pmis {

class ChartWidget;
class ColumnChartPanel;
class StudioDocument;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);
    ~OverviewTab() override;

    // The computations of the figures, of the dataset and of the baseline (for the job list).
    BackgroundJob *job() { return &m_job; }
    BackgroundJob *baselineJob() { return &m_baselineJob; }

    // Shows `dataset`; `targets`, when given, is the scenario it was generated from, whose
    // targets are marked on the charts (null for imported data).
    void setDataset(std::shared_ptr<const Dataset> dataset, const Scenario *targets = nullptr);
    // Shows the document's dataset with its targets from now on, and marks the charts out of date
    // while the document's scenario differs from the one the dataset was generated from.
    void followDocument(StudioDocument *document);
    // Draws `baseline`'s figures over every chart (markers over bars, dotted curves), in the
    // baseline colour, until it is cleared with null.
    void setBaseline(std::shared_ptr<const Dataset> baseline);
    bool hasBaseline() const { return m_baselineStats.has_value(); }
    // Marks the charts as showing a dataset of an older scenario (a banner above them).
    void setOutOfDate(bool outOfDate);
    bool isOutOfDate() const { return m_outOfDate; }

    // The charts, in this order.
    enum Chart {
        TierMix,
        Cgpa,
        Cities,
        Skills,
        Stipend,
        Activity,
        Funnel,
        SuccessByTier,
        RuralUrban,
        Gender,
        ChartCount
    };
    const std::vector<ChartWidget *> &charts() const { return m_charts; }
    // The published counts beside the generated ones; hidden without published figures.
    ChartWidget *publishedChart() const { return m_publishedChart; }
    // A chart of the column picked in the two boxes above it (table, then column).
    ChartWidget *columnChart() const;
    QComboBox *columnTableBox() const;
    QComboBox *columnBox() const;

    // The tab's charts, titled, in its order (for a report to draw them without the tab).
    static std::vector<ChartWidget *> makeCharts(QWidget *parent);
    static QStringList chartTitles();
    // Draws `stats` on charts made by makeCharts(), with `targets`' targets and `baseline`'s
    // figures marked over them when given.
    static void drawCharts(const std::vector<ChartWidget *> &charts, const OverviewStats &stats,
                           const Scenario *targets, const OverviewStats *baseline);
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    // Draws the charts; called again after a language change for the axis titles and legends.
    void showStats(const OverviewStats &stats);
    static void showTargets(const std::vector<ChartWidget *> &charts, const OverviewStats &stats,
                            const Scenario &targets);
    static void showBaseline(const std::vector<ChartWidget *> &charts, const OverviewStats &stats,
                             const OverviewStats &baseline);
    // Lays the charts out in as many columns (one or two) as the width holds.
    void arrangeCharts();
    // The figures of `dataset`, with `published` measured on it, as a BackgroundJob's work.
    static BackgroundJob::Work overviewOf(std::shared_ptr<const Dataset> dataset,
                                          std::vector<PublishedFigure> published = {});
    void showPublished(const OverviewStats &stats);

    // Starts the dataset that arrived while the figures of another were computed.
    void startPending();

    QLabel *m_empty;
    QLabel *m_outOfDateNote;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    int m_columns = 0;
    bool m_outOfDate = false;
    std::vector<ChartWidget *> m_charts;
    ChartWidget *m_publishedChart;
    ColumnChartPanel *m_columnPanel;
    std::shared_ptr<const Dataset> m_computing; // the dataset whose figures m_job computes
    std::optional<OverviewStats> m_stats;
    std::optional<Scenario> m_targets; // of the dataset shown or being computed
    std::string m_datasetHash;         // of the scenario the followed document's dataset came from
    BackgroundJob m_job{JobKind::Overview}; // a dataset arriving meanwhile waits in m_pending
    std::shared_ptr<const Dataset> m_pending;
    std::optional<Scenario> m_pendingTargets;
    bool m_hasPending = false;
    std::optional<OverviewStats> m_baselineStats;
    BackgroundJob m_baselineJob{JobKind::Overview, nullptr, BackgroundJob::WhileRunning::Supersede};
};

} // namespace pmis
