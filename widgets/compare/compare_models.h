#pragma once
// Item models of a comparison (core/stats/compare.h) for the Compare tab: the scenario parameters
// that differ, and every compared figure with baseline, current, difference, noise and verdict.
// Display texts follow the interface language and locale; Qt::UserRole holds the raw number of a
// figure's value columns (for sorting), and the verdict column's UserRole is true beyond the noise.

#include "core/stats/compare.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pmis {

class ParameterChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Parameter, Baseline, Current, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setChanges(std::vector<ParameterChange> changes);
    const std::vector<ParameterChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "$.outcomes.success_rate" as "outcomes › success_rate".
    static QString plainPath(const std::string &path);
    // Re-emits every cell and header after a language change.
    void retranslate();

private:
    std::vector<ParameterChange> m_changes;
};

class ComparedFigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Figure, Baseline, Current, Difference, Noise, Verdict, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setFigures(std::vector<ComparedFigure> figures);
    const std::vector<ComparedFigure> &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The figure's name ("students: rows", "students.college_tier = Tier-1", "mean of ...").
    static QString figureName(const ComparedFigure &figure);
    // A value of the figure in its unit: a count, a share in %, a mean; `signedDifference`
    // writes a sign and, for shares, percentage points.
    static QString valueText(const ComparedFigure &figure, double value,
                             bool signedDifference = false);
    // The figure's sampling noise in the unit of its difference.
    static QString noiseText(const ComparedFigure &figure);

    // Re-emits every cell and header after a language change.
    void retranslate();

private:
    std::vector<ComparedFigure> m_figures;
};

// The figures, optionally only those beyond the noise; sorts by raw numbers.
class ComparedFigureFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ComparedFigureFilter(QObject *parent = nullptr);
    void setOnlyBeyondNoise(bool only);
    bool onlyBeyondNoise() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_only = false;
};

} // namespace pmis
