#include "widgets/present/projector_style.h"

#include "widgets/studio/qcustomplot_include.h"

#include <algorithm>

namespace pmis::present {

namespace {

constexpr double kLineWidth = 4;
constexpr double kMarkerSize = 18;

} // namespace

void styleForProjector(QCustomPlot *plot, double points)
{
    if (!plot)
        return;
    plot->setBackground(Qt::white);
    QFont text = plot->font();
    text.setPointSizeF(points);
    QFont bold = text;
    bold.setBold(true);
    bold.setPointSizeF(points + 2);
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true))
        if (auto *title = qobject_cast<QCPTextElement *>(e))
            title->setFont(bold);
    plot->legend->setFont(text);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = plot->legend->item(i)) // a wrapped legend has gaps
            item->setFont(text);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(text);
        axis->setLabelFont(text);
        axis->setBasePen(QPen(Qt::black, 2));
        axis->setTickPen(QPen(Qt::black, 2));
        axis->setSubTickPen(QPen(Qt::black, 1));
        axis->setTickLabelColor(Qt::black);
        axis->setLabelColor(Qt::black);
        axis->grid()->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DotLine));
        axis->grid()->setSubGridVisible(false);
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        QPen pen = p->pen();
        if (pen.style() != Qt::NoPen)
            pen.setWidthF(std::max(pen.widthF() * 2,
                                   kLineWidth * (pen.style() == Qt::SolidLine ? 1 : 0.75)));
        p->setPen(pen);
        QBrush brush = p->brush();
        if (brush.style() != Qt::NoBrush) {
            QColor c = brush.color();
            c.setAlpha(255); // a washed-out projector loses pale fills
            brush.setColor(c.darker(115));
            p->setBrush(brush);
        }
        if (auto *bars = qobject_cast<QCPBars *>(p))
            bars->setPen(QPen(Qt::black, 1.5));
        if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone()) {
                scatter.setSize(std::max(scatter.size() * 2, kMarkerSize));
                QPen outline = scatter.pen();
                outline.setWidthF(std::max(outline.widthF() * 2, 3.0));
                scatter.setPen(outline);
                graph->setScatterStyle(scatter);
            }
        }
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace pmis::present
