#include "widgets/compare/compare_models.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace pmis {

namespace {

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

void ParameterChangeModel::setChanges(std::vector<ParameterChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int ParameterChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ParameterChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParameterChangeModel::plainPath(const std::string &path)
{
    QString text = fromUtf8(path);
    if (text.startsWith(QStringLiteral("$.")))
        text.remove(0, 2);
    // Dots inside quoted keys (["Tier-1"]) are part of the key.
    QString plain;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('.') && !quoted)
            plain += QStringLiteral(" › ");
        else
            plain += c;
    }
    return plain;
}

QVariant ParameterChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ParameterChange &change = m_changes[std::size_t(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Parameter:
        return plainPath(change.path);
    case Baseline:
        return change.baseline.empty() ? tr("(not set)") : fromUtf8(change.baseline);
    case Current:
        return change.current.empty() ? tr("(not set)") : fromUtf8(change.current);
    default:
        return {};
    }
}

QVariant ParameterChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Parameter:
        return tr("Parameter");
    case Baseline:
        return tr("Baseline");
    case Current:
        return tr("Current");
    default:
        return {};
    }
}

void ParameterChangeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ComparedFigureModel::setFigures(std::vector<ComparedFigure> figures)
{
    beginResetModel();
    m_figures = std::move(figures);
    endResetModel();
}

int ComparedFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int ComparedFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparedFigureModel::figureName(const ComparedFigure &figure)
{
    const QString table = fromUtf8(figure.table);
    const QString column = fromUtf8(figure.column);
    switch (figure.kind) {
    case FigureKind::Rows:
        return tr("%1: rows").arg(table);
    case FigureKind::Share:
        return QStringLiteral("%1.%2 = %3").arg(table, column, fromUtf8(figure.value));
    case FigureKind::Mean:
        return tr("%1.%2: mean").arg(table, column);
    }
    return table;
}

QString ComparedFigureModel::valueText(const ComparedFigure &figure, double value,
                                       bool signedDifference)
{
    const QLocale locale;
    const QString sign = signedDifference && value > 0 ? locale.positiveSign() : QString();
    switch (figure.kind) {
    case FigureKind::Rows:
        return sign + locale.toString(qlonglong(std::llround(value)));
    case FigureKind::Share:
        if (signedDifference)
            return tr("%1 pp").arg(sign + locale.toString(100 * value, 'f', 2));
        return locale.toString(100 * value, 'f', 2) + locale.percent();
    case FigureKind::Mean: {
        // Four significant digits, without an exponent for the values a dataset holds.
        const double magnitude = std::abs(value);
        const int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 3 : 4;
        return sign + locale.toString(value, 'f', decimals);
    }
    }
    return {};
}

QString ComparedFigureModel::noiseText(const ComparedFigure &figure)
{
    // In the difference's unit: percentage points for a share.
    if (figure.kind == FigureKind::Share)
        return tr("%1 pp").arg(QLocale().toString(100 * figure.noise, 'f', 2));
    return valueText(figure, figure.noise);
}

QVariant ComparedFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ComparedFigure &f = m_figures[std::size_t(index.row())];
    const bool beyond = f.beyondNoise();
    // A row count the scenario sets has no sampling noise: any difference is the scenario's.
    const bool fixedRows = f.kind == FigureKind::Rows && f.noise == 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Figure:
            return figureName(f);
        case Baseline:
            return valueText(f, f.baseline);
        case Current:
            return valueText(f, f.current);
        case Difference:
            return valueText(f, f.difference(), true);
        case Noise:
            return fixedRows ? tr("none") : QStringLiteral("± ") + noiseText(f);
        case Verdict:
            return beyond ? tr("beyond the noise") : tr("within the noise");
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Figure:
            return figureName(f);
        case Baseline:
            return f.baseline;
        case Current:
            return f.current;
        case Difference:
            return f.difference();
        case Noise:
            return f.noise;
        case Verdict:
            return beyond;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        QString tip = tr("%1\nComputed over %2 rows of the baseline and %3 of the current dataset.")
                              .arg(figureName(f), locale.toString(qulonglong(f.baselineRows)),
                                   locale.toString(qulonglong(f.currentRows)));
        if (fixedRows)
            tip += QLatin1Char('\n')
                   + tr("The scenario sets this count: it has no sampling noise.");
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Baseline && index.column() <= Noise)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && beyond && index.column() == Verdict) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ComparedFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure:
        return tr("Figure");
    case Baseline:
        return tr("Baseline");
    case Current:
        return tr("Current");
    case Difference:
        return tr("Difference");
    case Noise:
        return tr("Sampling noise");
    case Verdict:
        return tr("Verdict");
    default:
        return {};
    }
}

void ComparedFigureModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_figures.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ComparedFigureFilter::ComparedFigureFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void ComparedFigureFilter::setOnlyBeyondNoise(bool only)
{
    if (only == m_only)
        return;
    m_only = only;
    invalidateRowsFilter();
}

bool ComparedFigureFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only)
        return true;
    const QModelIndex verdict
            = sourceModel()->index(sourceRow, ComparedFigureModel::Verdict, sourceParent);
    return verdict.data(Qt::UserRole).toBool();
}

} // namespace pmis
