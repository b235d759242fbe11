#include "widgets/studio/chart_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace pmis {

ChartWidget::ChartWidget(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumHeight(160);
    setNoAntialiasingOnDrag(true);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    // The legend sits in a row between the title and the axes, so it never covers data.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 0));
    legend->setVisible(false);
    QFont ticks = font();
    ticks.setPointSize(std::max(7, font().pointSize() - 1));
    xAxis->setTickLabelFont(ticks);
    yAxis->setTickLabelFont(ticks);
}

QColor ChartWidget::seriesColor(int i)
{
    static const QColor colors[]
            = {QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
               QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};
    return colors[i % 6];
}

void ChartWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ChartWidget::resetPlot()
{
    clearPlottables();
    clearGraphs();
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    xAxis->setTickLabelRotation(0);
    xAxis->setRangeReversed(false);
    yAxis->setRangeReversed(false);
    xAxis->setScaleType(QCPAxis::stLinear);
    yAxis->setScaleType(QCPAxis::stLinear);
    xAxis->setLabel({});
    yAxis->setLabel({});
    legend->setVisible(false);
}

void ChartWidget::showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                                  const QStringList &seriesNames, const QString &valueLabel,
                                  bool horizontal)
{
    resetPlot();
    QCPAxis *keyAxis = horizontal ? yAxis : xAxis;
    QCPAxis *valueAxis = horizontal ? xAxis : yAxis;
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    QVector<double> keys;
    for (int i = 0; i < labels.size(); ++i) {
        keys << i + 1;
        ticker->addTick(i + 1, labels[i]);
    }
    keyAxis->setTicker(ticker);
    if (!horizontal && labels.size() > 6)
        keyAxis->setTickLabelRotation(45);
    auto *group = series.size() > 1 ? new QCPBarsGroup(this) : nullptr;
    double top = 0;
    for (int s = 0; s < series.size(); ++s) {
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setWidth(0.8 / std::max<qsizetype>(1, series.size()));
        bars->setPen(Qt::NoPen);
        bars->setBrush(seriesColor(s));
        bars->setName(s < seriesNames.size() ? seriesNames[s] : QString());
        bars->setData(keys, series[s], true);
        if (group)
            bars->setBarsGroup(group);
        for (double v : series[s])
            top = std::max(top, v);
    }
    keyAxis->setRange(0.3, labels.size() + 0.7);
    valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    valueAxis->setLabel(valueLabel);
    if (horizontal)
        keyAxis->setRangeReversed(true);
    legend->setVisible(series.size() > 1);
    replot(rpQueuedReplot);
}

void ChartWidget::showTargetBars(const QStringList &labels, const QVector<double> &target,
                                 const QVector<double> &realized)
{
    showGroupedBars(labels, {target}, {tr("target")}, tr("share"));
    plottable(0)->setBrush(QColor(31, 119, 180, 150));
    if (!realized.isEmpty()) {
        QVector<double> keys;
        for (int i = 0; i < realized.size(); ++i)
            keys << i + 1;
        QCPGraph *g = addGraph();
        g->setName(tr("preview sample"));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(214, 39, 40),
                                           QColor(214, 39, 40), 8));
        g->setData(keys, realized, true);
        double top = yAxis->range().upper;
        for (double v : realized)
            top = std::max(top, v * 1.1);
        yAxis->setRangeUpper(top);
    }
    legend->setVisible(true);
    replot(rpQueuedReplot);
}

void ChartWidget::showHistogram(const Histogram &h, const QString &xLabel, const QString &yLabel,
                                const QVector<double> &curveX, const QVector<double> &curveY,
                                bool density)
{
    resetPlot();
    auto *bars = new QCPBars(xAxis, yAxis);
    bars->setWidth(h.width * 0.95);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(31, 119, 180, curveX.isEmpty() ? 220 : 110));
    bars->setName(density ? tr("preview sample") : tr("rows"));
    QVector<double> keys, values;
    const double scale = density && h.total ? 1.0 / double(h.total) : 1.0;
    double top = 0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        keys << h.center(i);
        values << h.counts[i] * scale;
        top = std::max(top, h.counts[i] * scale);
    }
    bars->setData(keys, values, true);
    if (!curveX.isEmpty()) {
        QCPGraph *g = addGraph();
        g->setName(tr("target"));
        g->setPen(QPen(QColor(214, 39, 40), 2));
        g->setData(curveX, curveY, true);
        for (double v : curveY)
            top = std::max(top, v);
        legend->setVisible(true);
    }
    const double lo = h.lo, hi = h.lo + h.width * double(h.counts.size());
    xAxis->setRange(curveX.isEmpty() ? lo : std::min(lo, curveX.front()),
                    curveX.isEmpty() ? hi : std::max(hi, curveX.back()));
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    replot(rpQueuedReplot);
}

void ChartWidget::showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                             const QStringList &names, const QString &xLabel, const QString &yLabel)
{
    resetPlot();
    double top = 0;
    for (int i = 0; i < ys.size(); ++i) {
        QCPGraph *g = addGraph();
        g->setPen(QPen(seriesColor(i), 2));
        g->setName(i < names.size() ? names[i] : QString());
        g->setData(x, ys[i], true);
        for (double v : ys[i])
            top = std::max(top, v);
    }
    if (!x.isEmpty())
        xAxis->setRange(x.front(), x.back());
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    legend->setVisible(ys.size() > 1);
    replot(rpQueuedReplot);
}

bool ChartWidget::savePng(const QString &path)
{
    return QCustomPlot::savePng(path, 0, 0, 2.0);
}

bool ChartWidget::savePdf(const QString &path)
{
    return QCustomPlot::savePdf(path);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as &PNG…"), this, [this] {
        const QString path
                = QFileDialog::getSaveFileName(this, tr("Save chart"), {}, tr("PNG image (*.png)"));
        if (!path.isEmpty() && !savePng(path))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
    });
    menu.addAction(tr("Save as P&DF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), {},
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty() && !savePdf(path))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
    });
    menu.addAction(tr("&Copy image"), this,
                   [this] { QApplication::clipboard()->setPixmap(toPixmap()); });
    menu.exec(event->globalPos());
}

} // namespace pmis
