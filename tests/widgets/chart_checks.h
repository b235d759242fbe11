#pragma once
// Readability checks of a drawn QCustomPlot axis: the extent of every tick label along its axis,
// computed from the label's text, font and rotation, so tests can assert that labels neither
// overlap nor fall outside the widget.

#include "widgets/studio/qcustomplot_include.h"

#include <QApplication>
#include <QFontMetrics>
#include <QSpontaneKeyEvent>
#include <QVector>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pmis::test {

struct LabelExtent
{
    double lo = 0;
    double hi = 0;
    QString text;
};

// The tick labels of `axis` as drawn by the last replot, in pixels along the axis, sorted.
inline QVector<LabelExtent> labelExtents(const QCPAxis *axis)
{
    const QFontMetrics metrics(axis->tickLabelFont());
    const double angle = axis->tickLabelRotation() * M_PI / 180.0;
    const bool alongX = axis->orientation() == Qt::Horizontal;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    QVector<LabelExtent> out;
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        const double w = metrics.horizontalAdvance(labels[i]);
        const double h = metrics.height();
        const double size = alongX ? std::abs(std::cos(angle)) * w + std::abs(std::sin(angle)) * h
                                   : std::abs(std::sin(angle)) * w + std::abs(std::cos(angle)) * h;
        const double at = axis->coordToPixel(ticks[i]);
        out.push_back({at - size / 2, at + size / 2, labels[i]});
    }
    std::sort(out.begin(), out.end(),
              [](const LabelExtent &a, const LabelExtent &b) { return a.lo < b.lo; });
    return out;
}

// Empty when the labels are apart and inside [0, limit]; else a description of the first fault.
inline QString labelFault(const QCPAxis *axis, double limit)
{
    const QVector<LabelExtent> e = labelExtents(axis);
    for (int i = 0; i < e.size(); ++i) {
        if (e[i].lo < 0 || e[i].hi > limit)
            return QStringLiteral("label '%1' at %2..%3 is outside 0..%4")
                    .arg(e[i].text)
                    .arg(e[i].lo)
                    .arg(e[i].hi)
                    .arg(limit);
        if (i > 0 && e[i].lo < e[i - 1].hi)
            return QStringLiteral("labels '%1' and '%2' overlap").arg(e[i - 1].text, e[i].text);
    }
    return {};
}

// Empty when every legend entry has room for its icon and whole name inside the plot.
inline QString legendFault(const QCustomPlot *plot)
{
    const QCPLegend *legend = plot->legend;
    if (!legend->visible())
        return {};
    const QFontMetrics metrics(legend->font());
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item)
            continue;
        const QRect r = item->outerRect();
        const int needed = legend->iconSize().width() + legend->iconTextPadding()
                           + metrics.horizontalAdvance(item->plottable()->name());
        if (r.width() < needed || r.left() < 0 || r.right() > plot->width())
            return QStringLiteral("legend entry '%1' has %2 px of %3 at %4..%5")
                    .arg(item->plottable()->name())
                    .arg(r.width())
                    .arg(needed)
                    .arg(r.left())
                    .arg(r.right());
    }
    return {};
}

// Turns the mouse wheel by one notch down over the centre of `widget`, as the window system does
// (an event a widget ignores goes on to its parents).
inline void wheelDown(QWidget *widget)
{
    const QPoint at = widget->rect().center();
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(widget, &wheel); // sendEvent() would mark it as not spontaneous
}

} // namespace pmis::test
