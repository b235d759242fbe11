#pragma once
// The checks of a quality report as table rows, with a status filter applied below the model (an
// index vector), never through a proxy.

#include "core/quality/quality_report.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace pmis {

class QualityCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        CheckColumn,
        TableColumn,
        ColumnColumn,
        MeasuredColumn,
        RangeColumn,
        ColumnCount
    };
    // The check's index in the report, for Qt::UserRole.
    static constexpr int CheckIndexRole = Qt::UserRole;

    explicit QualityCheckModel(QObject *parent = nullptr);

    void setReport(const quality::QualityReport &report);
    const quality::QualityReport &report() const { return m_report; }
    void setStatusVisible(quality::CheckStatus status, bool visible);
    bool isStatusVisible(quality::CheckStatus status) const
    {
        return m_visible[std::size_t(status)];
    }
    // The check shown in `row`, or null.
    const quality::Check *checkAt(int row) const;
    // The row showing the check with this id, or -1 when it is filtered out or absent.
    int rowOf(const QString &id) const;

    // Tells the views that the translated texts (headers, status words) changed language.
    void retranslate();

    static QIcon statusIcon(quality::CheckStatus status);
    static QString statusText(quality::CheckStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    quality::QualityReport m_report;
    std::array<bool, 3> m_visible{true, true, true};
    std::vector<int> m_rows; // visible check indices
};

} // namespace pmis
