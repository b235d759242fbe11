#include "widgets/quality/quality_check_model.h"

#include "widgets/quality/quality_texts.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace pmis {

using quality::Check;
using quality::CheckStatus;

namespace {

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QLocale().toString(v, 'f', 0);
    return QLocale().toString(v, 'g', 5);
}

QString passRange(const Check &c)
{
    const bool lo = !std::isnan(c.low), hi = !std::isnan(c.high);
    if (!lo && !hi)
        return QStringLiteral("-");
    if (lo && hi && c.low == c.high)
        return number(c.low);
    if (lo && hi)
        return QStringLiteral("%1 .. %2").arg(number(c.low), number(c.high));
    return lo ? QStringLiteral(">= %1").arg(number(c.low))
              : QStringLiteral("<= %1").arg(number(c.high));
}

} // namespace

QualityCheckModel::QualityCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QIcon QualityCheckModel::statusIcon(CheckStatus status)
{
    // Drawn, so they look the same under every style: a green tick, an amber "!", a red cross.
    static const std::array<QIcon, 3> icons = [] {
        std::array<QIcon, 3> out;
        const QColor colors[]
                = {QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x8f, 0x00), QColor(0xc6, 0x28, 0x28)};
        for (int s = 0; s < 3; ++s) {
            QPixmap pm(32, 32);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(colors[s]);
            p.drawEllipse(QRectF(2, 2, 28, 28));
            p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            if (s == 0) {
                p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
            } else if (s == 1) {
                p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
                p.drawPoint(QPointF(16, 23.5));
            } else {
                p.drawLine(QPointF(10.5, 10.5), QPointF(21.5, 21.5));
                p.drawLine(QPointF(21.5, 10.5), QPointF(10.5, 21.5));
            }
            out[std::size_t(s)] = QIcon(pm);
        }
        return out;
    }();
    return icons[std::size_t(status)];
}

QString QualityCheckModel::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("Pass");
    case CheckStatus::Warn:
        return tr("Warn");
    case CheckStatus::Fail:
        return tr("Fail");
    }
    return {};
}

void QualityCheckModel::setReport(const quality::QualityReport &report)
{
    beginResetModel();
    m_report = report;
    rebuildRows();
    endResetModel();
}

void QualityCheckModel::setStatusVisible(CheckStatus status, bool visible)
{
    if (m_visible[std::size_t(status)] == visible)
        return;
    beginResetModel();
    m_visible[std::size_t(status)] = visible;
    rebuildRows();
    endResetModel();
}

void QualityCheckModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole}); // status texts, reasons
}

void QualityCheckModel::rebuildRows()
{
    m_rows.clear();
    for (std::size_t i = 0; i < m_report.checks.size(); ++i)
        if (m_visible[std::size_t(m_report.checks[i].status)])
            m_rows.push_back(int(i));
}

const Check *QualityCheckModel::checkAt(int row) const
{
    return row >= 0 && row < int(m_rows.size())
                   ? &m_report.checks[std::size_t(m_rows[std::size_t(row)])]
                   : nullptr;
}

int QualityCheckModel::rowOf(const QString &id) const
{
    const std::string key = id.toStdString();
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_report.checks[std::size_t(m_rows[r])].id == key)
            return int(r);
    return -1;
}

int QualityCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QualityCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityCheckModel::data(const QModelIndex &index, int role) const
{
    const Check *c = index.isValid() ? checkAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CheckIndexRole)
        return m_rows[std::size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return qualityReasonText(c->reasonText);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return statusIcon(c->status);
    if (role == Qt::TextAlignmentRole
        && (index.column() == MeasuredColumn || index.column() == RangeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return statusText(c->status);
    case CheckColumn:
        return QString::fromStdString(c->id);
    case TableColumn:
        return QString::fromStdString(c->table);
    case ColumnColumn:
        return QString::fromStdString(c->column);
    case MeasuredColumn:
        return number(c->measured);
    case RangeColumn:
        return passRange(*c);
    }
    return {};
}

QVariant QualityCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case TableColumn:
        return tr("Table");
    case ColumnColumn:
        return tr("Column");
    case MeasuredColumn:
        return tr("Measured");
    case RangeColumn:
        return tr("Passes in");
    }
    return {};
}

} // namespace pmis
