// DataTab: the context menu of the table and its header (copy, filter by a value, column
// statistics, sorting, resizing) and the column widths.
#include "widgets/studio/data_tab.h"

#include "widgets/studio/dataset_table_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace pmis {

void DataTab::resizeColumnsToContents()
{
    // The view measures the rows in view only, so this stays fast at ten million rows.
    QHeaderView *header = m_view->horizontalHeader();
    const int widest = std::max(120, m_view->viewport()->width() / 3);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
        if (header->sectionSize(c) > widest)
            header->resizeSection(c, widest);
    }
}

void DataTab::showMenuAt(const QPoint &pos, bool header)
{
    QMenu *menu = header ? createContextMenu({}, m_view->horizontalHeader()->logicalIndexAt(pos))
                         : createContextMenu(m_view->indexAt(pos));
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QWidget *from
            = header ? static_cast<QWidget *>(m_view->horizontalHeader()) : m_view->viewport();
    menu->popup(from->mapToGlobal(pos));
}

QMenu *DataTab::createContextMenu(const QModelIndex &index, int headerColumn)
{
    const int column = index.isValid() ? index.column() : headerColumn;
    if (!m_model->table() || column < 0 || column >= m_model->columnCount())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dataContextMenu"));
    if (index.isValid()) {
        if (!m_view->selectionModel()->isSelected(index))
            m_view->setCurrentIndex(index);
        QAction *copy = menu->addAction(tr("&Copy"), this, &DataTab::copySelection);
        copy->setObjectName(QStringLiteral("copy"));
        copy->setShortcut(QKeySequence::Copy);
        const QString expression = m_model->filterExpression(index);
        QAction *filter = menu->addAction(tr("&Filter by This Value"), this,
                                          [this, index] { filterByValue(index); });
        filter->setObjectName(QStringLiteral("filterByValue"));
        filter->setEnabled(!expression.isEmpty());
        filter->setToolTip(expression);
        menu->addSeparator();
    } else {
        QAction *up = menu->addAction(tr("Sort &Ascending"), this,
                                      [this, column] { sortBy(column, Qt::AscendingOrder); });
        up->setObjectName(QStringLiteral("sortAscending"));
        QAction *down = menu->addAction(tr("Sort &Descending"), this,
                                        [this, column] { sortBy(column, Qt::DescendingOrder); });
        down->setObjectName(QStringLiteral("sortDescending"));
        menu->addSeparator();
    }
    QAction *stats = menu->addAction(tr("&Statistics of This Column"), this,
                                     [this, column] { showColumnStatistics(column); });
    stats->setObjectName(QStringLiteral("statistics"));
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("&Resize Column to Contents"), this,
                                   [this, column] { m_view->resizeColumnToContents(column); });
    fit->setObjectName(QStringLiteral("resizeColumn"));
    QAction *fitAll
            = menu->addAction(tr("Resize &All Columns"), this, &DataTab::resizeColumnsToContents);
    fitAll->setObjectName(QStringLiteral("resizeAll"));
    return menu;
}

void DataTab::copySelection()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    QModelIndexList cells = selected;
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    if (cells.isEmpty())
        return;
    // A clipboard of a million cells helps nobody and stalls the interface.
    constexpr qsizetype kMaxCells = 100000;
    if (cells.size() > kMaxCells)
        cells.resize(kMaxCells);
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = cells.front().row();
    bool first = true;
    for (const QModelIndex &cell : cells) {
        if (cell.row() != row) {
            text += QLatin1Char('\n');
            row = cell.row();
            first = true;
        }
        if (!first)
            text += QLatin1Char('\t');
        text += m_model->exportText(cell);
        first = false;
    }
    QApplication::clipboard()->setText(text);
}

void DataTab::filterByValue(const QModelIndex &index)
{
    const QString expression = m_model->filterExpression(index);
    if (expression.isEmpty())
        return;
    const QString current = m_filters[currentTableName()].trimmed();
    applyFilter(current.isEmpty() ? expression
                                  : QStringLiteral("(%1) and %2").arg(current, expression));
}

void DataTab::showColumnStatistics(int column)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    if (column == m_statsColumn && !m_statsJob.isRunning()) {
        // Shown already for these rows; computed again only when asked and the rows changed.
        if (m_statsFilter == m_shownFilter)
            return;
        m_statsColumn = -1;
    }
    showStats(column);
}

} // namespace pmis
