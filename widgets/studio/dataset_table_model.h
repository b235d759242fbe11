#pragma once
// A virtual table model over one core table and an index vector of the rows to show, in order.
// No cell is copied: data() formats the cell it is asked for. The model keeps the dataset alive
// through a shared pointer, so the view never outlives what it shows.

#include "core/data/table.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace pmis {

using RowIndex = std::vector<std::uint32_t>;

class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DatasetTableModel(QObject *parent = nullptr);

    // Shows `table` (owned by `owner`); `rows` null = every row in storage order.
    void setTable(std::shared_ptr<const void> owner, const Table *table,
                  std::shared_ptr<const RowIndex> rows = {});
    // Replaces the shown rows (after a filter or sort); null = every row.
    void setRows(std::shared_ptr<const RowIndex> rows);

    const Table *table() const { return m_table; }
    std::shared_ptr<const RowIndex> rows() const { return m_rows; }
    // The storage row shown at view row `viewRow`.
    std::uint32_t sourceRow(int viewRow) const;
    std::size_t totalRows() const { return m_table ? m_table->rowCount() : 0; }

    // A cell as shown: numbers in the interface language's locale with group separators (years and
    // IDs without), everything else as exported. Empty for a null cell.
    static QString displayText(const Column &column, std::size_t row);
    // The cell as the CSV export writes it (what Copy puts on the clipboard).
    QString exportText(const QModelIndex &index) const;
    // A filter expression that matches the cell's value in its column ("city = \"Pune\"",
    // "stipend = 15000", "email is null").
    QString filterExpression(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const void> m_owner;
    const Table *m_table = nullptr;
    std::shared_ptr<const RowIndex> m_rows;
};

} // namespace pmis
