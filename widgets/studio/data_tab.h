#pragma once
// The Data tab: the five tables of the generated dataset in a virtual table view, with a filter
// bar, sorting by any column (header click) and statistics of the selected column. Filtering,
// sorting and statistics run as BackgroundJobs; the newest request wins (it supersedes the one
// running, which reports nothing).

#include "core/data/table.h"
#include "widgets/studio/background_job.h"
#include "widgets/studio/table_query.h"

#include <QWidget>

#include <map>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;

namespace pmis {

class ColumnStatsPanel;
class DatasetTableModel;
class FilterBar;

class DataTab : public QWidget
{
    Q_OBJECT
public:
    explicit DataTab(QWidget *parent = nullptr);
    ~DataTab() override;

    // The filter-and-sort and the column statistics (for the job list).
    BackgroundJob *queryJob() { return &m_queryJob; }
    BackgroundJob *statsJob() { return &m_statsJob; }

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Shows the table named `name` ("students"); false when there is no such table.
    bool showTable(const QString &name);
    QString currentTableName() const;
    const Table *currentTable() const;
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // The rows as shown (filtered and sorted); null = every row in storage order.
    std::shared_ptr<const RowIndex> shownRows() const;

    void applyFilter(const QString &text);
    void sortBy(int column, Qt::SortOrder order);
    // The context menu of a cell (or of a column header when `index` has row -1, given as
    // `headerColumn`): Copy, Filter by This Value, Statistics of This Column, Resize. The caller
    // owns the menu.
    QMenu *createContextMenu(const QModelIndex &index, int headerColumn = -1);
    // Copies the selected cells as tab-separated text, one line per row, as the export writes
    // them.
    void copySelection();
    // Adds "column = value" of the cell to the table's filter (with "and").
    void filterByValue(const QModelIndex &index);
    // Shows the statistics of `column` over the shown rows, without sorting.
    void showColumnStatistics(int column);
    // Sizes the columns to their contents (the rows in view), at most a third of the view wide.
    void resizeColumnsToContents();
    bool isBusy() const { return m_queryJob.isRunning(); }

    QTableView *view() const { return m_view; }
    DatasetTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    ColumnStatsPanel *statsPanel() const { return m_stats; }

Q_SIGNALS:
    void queryFinished();
    void statsFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct QueryOutcome
    {
        FilterResult filter;
        std::shared_ptr<const RowIndex> rows;
        int generation = 0;
        QString filterText;
    };
    void runQuery();
    void onQueryFinished();
    void showStats(int column);
    void showMenuAt(const QPoint &pos, bool header);

    std::shared_ptr<const Dataset> m_dataset;
    QLabel *m_tableLabel;
    QComboBox *m_tables;
    FilterBar *m_filterBar;
    QTableView *m_view;
    DatasetTableModel *m_model;
    ColumnStatsPanel *m_stats;
    std::map<QString, QString> m_filters; // filter text per table
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_statsColumn = -1;
    int m_generation = 0; // bumped when the shown table changes; older results are dropped
    BackgroundJob m_queryJob{JobKind::Table, nullptr, BackgroundJob::WhileRunning::Supersede};
    BackgroundJob m_statsJob{JobKind::Table, nullptr, BackgroundJob::WhileRunning::Supersede};
    QString m_statsFilter; // the filter of the rows the shown statistics describe
    QString m_shownFilter; // the filter of the rows shown
    QAction *m_copyAction;
};

} // namespace pmis
