#pragma once
// The Data tab: the five tables of the generated dataset in a virtual table view, with a filter
// bar, sorting by any column (header click) and statistics of the selected column. Filtering,
// sorting and statistics run on worker threads; the newest request wins.

#include "core/data/table.h"
#include "widgets/studio/table_query.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>

class QComboBox;
class QLabel;
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
    bool isBusy() const { return m_busy; }

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
        bool cancelled = false;
        int generation = 0;
    };
    void runQuery();
    void onQueryFinished();
    void showStats(int column);

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
    bool m_busy = false;
    int m_generation = 0; // bumped when the shown table changes; older results are dropped
    bool m_queryPending = false;
    QFutureWatcher<QueryOutcome> m_query;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<ColumnSummary> m_statsJob;
    int m_statsPending = -2;
};

} // namespace pmis
