#include "widgets/studio/dataset_table_model.h"

#include "widgets/studio/column_texts.h"

#include <limits>

namespace pmis {

DatasetTableModel::DatasetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DatasetTableModel::setTable(std::shared_ptr<const void> owner, const Table *table,
                                 std::shared_ptr<const RowIndex> rows)
{
    beginResetModel();
    m_owner = std::move(owner);
    m_table = table;
    m_rows = std::move(rows);
    endResetModel();
}

void DatasetTableModel::setRows(std::shared_ptr<const RowIndex> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::uint32_t DatasetTableModel::sourceRow(int viewRow) const
{
    return m_rows ? (*m_rows)[std::size_t(viewRow)] : std::uint32_t(viewRow);
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    const std::size_t n = m_rows ? m_rows->size() : m_table->rowCount();
    return int(std::min<std::size_t>(n, std::size_t(std::numeric_limits<int>::max())));
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return int(m_table->columns.size());
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column &column = m_table->columns[std::size_t(index.column())];
    const std::size_t row = sourceRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(column.text(row));
    case Qt::TextAlignmentRole:
        if (column.isNumeric() && column.spec.type != ColumnType::Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < rowCount())
            return QString::number(qulonglong(sourceRow(section)) + 1);
        return {};
    }
    if (section >= columnCount())
        return {};
    const ColumnSpec &spec = m_table->columns[std::size_t(section)].spec;
    if (role == Qt::DisplayRole)
        return QString::fromStdString(spec.name);
    if (role == Qt::ToolTipRole) {
        // Asked for on each hover, so the tooltip follows the interface language.
        QString tip = columnDescriptionText(spec.description);
        if (!spec.unit.empty())
            tip = tr("%1 (%2)").arg(tip, columnUnitText(spec.unit));
        return tip;
    }
    return {};
}

} // namespace pmis
