#include "widgets/studio/dataset_table_model.h"

#include "widgets/studio/column_texts.h"

#include <QLocale>
#include <QStringList>

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
        return displayText(column, row);
    case Qt::ToolTipRole: {
        // The whole value, for a cell too narrow to show it.
        const QString text = displayText(column, row);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (column.isNumeric() && column.spec.type != ColumnType::Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString DatasetTableModel::displayText(const Column &column, std::size_t row)
{
    if (column.isNull(row))
        return {};
    const QLocale locale;
    switch (column.spec.type) {
    case ColumnType::Int64:
        if (column.spec.unit == "year")
            return QString::number(qlonglong(column.number(row)));
        return locale.toString(qlonglong(column.number(row)));
    case ColumnType::Double:
        if (column.spec.decimals == ColumnSpec::kRoundTrip)
            return locale.toString(column.number(row), 'g', QLocale::FloatingPointShortest);
        return locale.toString(column.number(row), 'f', column.spec.decimals);
    default:
        return QString::fromStdString(column.text(row));
    }
}

QString DatasetTableModel::exportText(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return QString::fromStdString(
            m_table->columns[std::size_t(index.column())].text(sourceRow(index.row())));
}

QString DatasetTableModel::filterExpression(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column &column = m_table->columns[std::size_t(index.column())];
    const std::size_t row = sourceRow(index.row());
    const QString name = QString::fromStdString(column.spec.name);
    const auto quoted = [](QString text) {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QStringLiteral("\"%1\"").arg(text);
    };
    if (column.isNull(row))
        return QStringLiteral("%1 is null").arg(name);
    switch (column.spec.type) {
    case ColumnType::Int64:
        return QStringLiteral("%1 = %2").arg(name, QString::number(qlonglong(column.number(row))));
    case ColumnType::Double:
        return QStringLiteral("%1 = %2").arg(name, QString::number(column.number(row), 'g', 17));
    case ColumnType::Bool:
        return QStringLiteral("%1 = %2").arg(
                name, column.number(row) != 0 ? QStringLiteral("true") : QStringLiteral("false"));
    case ColumnType::StringList: {
        QStringList parts;
        for (std::size_t i = 0; i < column.listSize(row); ++i)
            parts << QStringLiteral("%1 has %2")
                             .arg(name,
                                  quoted(QString::fromStdString(std::string(
                                          column.dict[std::size_t(column.listCode(row, i))]))));
        return parts.join(QStringLiteral(" and "));
    }
    default:
        return QStringLiteral("%1 = %2").arg(name,
                                             quoted(QString::fromStdString(column.text(row))));
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < rowCount())
            return QLocale().toString(qulonglong(sourceRow(section)) + 1);
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
