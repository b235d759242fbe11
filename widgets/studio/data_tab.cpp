#include "widgets/studio/data_tab.h"

#include "widgets/studio/column_stats_panel.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/filter_bar.h"
#include "widgets/studio/job_pools.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmis {

DataTab::DataTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_tableLabel = new QLabel(tr("Table:"), this);
    top->addWidget(m_tableLabel);
    m_tables = new QComboBox(this);
    for (const char *name : {"companies", "students", "internships", "interactions", "outcomes"})
        m_tables->addItem(QString::fromLatin1(name));
    m_tables->setCurrentIndex(1);
    top->addWidget(m_tables);
    m_filterBar = new FilterBar(this);
    top->addWidget(m_filterBar, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(this);
    m_view = new QTableView(split);
    m_model = new DatasetTableModel(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setSortingEnabled(false); // sorting happens below the model, off the GUI thread
    // After setSortingEnabled(false), which hides the header's arrow.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setTextElideMode(Qt::ElideRight); // the whole value is in the cell's tooltip
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setText(tr("&Copy"));
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &DataTab::copySelection);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showMenuAt(pos, false); });
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showMenuAt(pos, true); });
    m_stats = new ColumnStatsPanel(split);
    split->addWidget(m_view);
    split->addWidget(m_stats);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_tables, &QComboBox::currentTextChanged, this,
            [this](const QString &name) { showTable(name); });
    connect(m_filterBar, &FilterBar::filterRequested, this, &DataTab::applyFilter);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        const Qt::SortOrder order = column == m_sortColumn && m_sortOrder == Qt::AscendingOrder
                                            ? Qt::DescendingOrder
                                            : Qt::AscendingOrder;
        sortBy(column, order);
    });
    connect(&m_queryJob, &BackgroundJob::finished, this, &DataTab::onQueryFinished);
    connect(&m_queryJob, &BackgroundJob::failed, this, [this](const QString &message) {
        m_filterBar->showError(message, -1, 0);
        Q_EMIT queryFinished();
    });
    connect(&m_statsJob, &BackgroundJob::finished, this, [this] {
        const auto summary
                = std::any_cast<std::shared_ptr<const ColumnSummary>>(m_statsJob.takeResult());
        if (m_statsColumn >= 0)
            m_stats->showSummary(*summary);
        Q_EMIT statsFinished();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex &current) { showStats(current.column()); });
}

void DataTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tableLabel->setText(tr("Table:"));
        m_copyAction->setText(tr("&Copy"));
    }
    QWidget::changeEvent(event);
}

DataTab::~DataTab()
{
    m_queryJob.cancel();
    m_statsJob.cancel();
}

void DataTab::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    showTable(currentTableName());
}

QString DataTab::currentTableName() const
{
    return m_tables->currentText();
}

const Table *DataTab::currentTable() const
{
    return m_dataset ? m_dataset->find(currentTableName().toStdString()) : nullptr;
}

std::shared_ptr<const RowIndex> DataTab::shownRows() const
{
    return m_model->rows();
}

bool DataTab::showTable(const QString &name)
{
    const int index = m_tables->findText(name);
    if (index < 0)
        return false;
    if (m_tables->currentIndex() != index) {
        m_tables->setCurrentIndex(index); // re-enters through currentTextChanged
        return true;
    }
    ++m_generation;
    m_queryJob.cancel();
    m_statsJob.cancel();
    m_sortColumn = -1;
    m_statsColumn = -1;
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(m_dataset, currentTable());
    m_shownFilter.clear();
    resizeColumnsToContents();
    m_stats->clear();
    m_filterBar->setText(m_filters[name]);
    if (!m_filters[name].isEmpty())
        runQuery();
    else
        m_filterBar->showCount(m_model->totalRows(), m_model->totalRows());
    return true;
}

void DataTab::applyFilter(const QString &text)
{
    m_filterBar->setText(text);
    m_filters[currentTableName()] = text;
    runQuery();
}

void DataTab::sortBy(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_view->horizontalHeader()->setSortIndicator(column, order);
    runQuery();
}

void DataTab::runQuery()
{
    const Table *table = currentTable();
    if (!table)
        return;
    m_filterBar->showBusy(m_sortColumn >= 0 ? tr("Sorting…") : tr("Filtering…"));
    auto owner = m_dataset;
    const QString text = m_filters[currentTableName()];
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const int generation = m_generation;
    // A query still running is superseded: it stops at its next check and reports nothing.
    m_queryJob.start([owner, table, text, column, ascending,
                      generation](const ProgressFn &progress, std::string &) -> std::any {
        auto out = std::make_shared<QueryOutcome>();
        out->generation = generation;
        out->filterText = text;
        out->filter = TableQuery::filter(*table, text, progress);
        if (out->filter.cancelled)
            return {};
        if (!out->filter.ok)
            return std::shared_ptr<const QueryOutcome>(std::move(out));
        out->rows = out->filter.rows;
        if (column >= 0) {
            auto sorted = TableQuery::sort(*table, column, ascending, out->rows.get(), progress);
            if (!sorted)
                return {};
            out->rows = std::make_shared<const RowIndex>(sorted.takeValue());
        }
        return std::shared_ptr<const QueryOutcome>(std::move(out));
    });
}

void DataTab::onQueryFinished()
{
    const auto result = std::any_cast<std::shared_ptr<const QueryOutcome>>(m_queryJob.takeResult());
    const QueryOutcome &out = *result;
    if (out.generation != m_generation)
        return;
    if (!out.filter.ok) {
        m_filterBar->showError(out.filter.message, out.filter.position, out.filter.length);
    } else {
        m_model->setRows(out.rows);
        m_shownFilter = out.filterText;
        // A model reset clears the header's arrow: show the order the rows are in again.
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        m_filterBar->showCount(std::size_t(m_model->rowCount()), m_model->totalRows());
        // Statistics do not depend on the order: a sort keeps them, a new filter recomputes them.
        if (m_statsColumn >= 0 && m_statsFilter != m_shownFilter) {
            const int c = m_statsColumn;
            m_statsColumn = -1;
            showStats(c);
        }
    }
    Q_EMIT queryFinished();
}

void DataTab::showStats(int column)
{
    const Table *table = currentTable();
    if (!table || column < 0 || column == m_statsColumn)
        return;
    // The newest request wins: a run for another column is superseded.
    m_statsColumn = column;
    m_statsFilter = m_shownFilter;
    m_stats->showBusy(QString::fromStdString(table->columns[std::size_t(column)].spec.name));
    auto owner = m_dataset;
    auto rows = m_model->rows();
    m_statsJob.start([owner, table, column, rows](const ProgressFn &, std::string &) -> std::any {
        return std::make_shared<const ColumnSummary>(TableQuery::stats(*table, column, rows.get()));
    });
}

} // namespace pmis
