#pragma once
// The Overview tab: a dashboard of charts over the generated dataset (tier mix, CGPA by tier,
// cities, top skills, stipends, activity, the funnel, success by tier, rural/urban and gender).
// The figures are computed in core on a worker thread.

#include "core/data/table.h"
#include "core/stats/overview_stats.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QGridLayout;
class QLabel;

namespace pmis {

class ChartWidget;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);
    ~OverviewTab() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::vector<ChartWidget *> &charts() const { return m_charts; }

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    // Draws the charts; called again after a language change for the axis titles and legends.
    void show(const OverviewStats &stats);
    // Lays the charts out in as many columns (one or two) as the width holds.
    void arrangeCharts();

    QLabel *m_empty;
    QWidget *m_scroll;
    QGridLayout *m_grid;
    int m_columns = 0;
    std::vector<ChartWidget *> m_charts;
    std::optional<OverviewStats> m_stats;
    QFutureWatcher<OverviewStats> m_job;
    std::shared_ptr<const Dataset> m_pending;
    bool m_hasPending = false;
};

} // namespace pmis
