#include "widgets/studio/chart_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace pmis {

namespace {

constexpr int kMaxLabelPx = 150;
const QColor kTargetColor(214, 39, 40);

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumHeight(160);
    setNoAntialiasingOnDrag(true);
    // QCustomPlot keeps mouse events from its parents; the wheel must reach the page around it.
    setAttribute(Qt::WA_NoMousePropagation, false);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    // The legend sits in a row between the title and the axes, so it never covers data.
    chart::moveLegendToRow(this, 1, 4);
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

QString ChartWidget::title() const
{
    return m_title->text();
}

void ChartWidget::resetPlot()
{
    chart::clearEmptyState(this);
    clearPlottables();
    clearGraphs();
    clearItems();
    setLocale(QLocale());
    chart::setAxisFormat(xAxis, AxisFormat::Number);
    chart::setAxisFormat(yAxis, AxisFormat::Number);
    xAxis->setTickLabelRotation(0);
    xAxis->setRangeReversed(false);
    yAxis->setRangeReversed(false);
    xAxis->setScaleType(QCPAxis::stLinear);
    yAxis->setScaleType(QCPAxis::stLinear);
    xAxis->setLabel({});
    yAxis->setLabel({});
    legend->setVisible(false);
    m_categoryAxis = nullptr;
    m_categories.clear();
    if (m_baseMinimumHeight >= 0)
        setMinimumHeight(m_baseMinimumHeight);
}

void ChartWidget::showEmpty(const QString &sentence)
{
    resetPlot();
    chart::showEmptyState(this, sentence);
}

void ChartWidget::showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                                  const QStringList &seriesNames, const QString &valueLabel,
                                  bool horizontal, AxisFormat valueFormat)
{
    if (m_baseMinimumHeight < 0)
        m_baseMinimumHeight = minimumHeight();
    if (labels.isEmpty() || series.isEmpty()) {
        showEmpty(tr("Nothing to show yet."));
        return;
    }
    resetPlot();
    horizontal = horizontal || labels.size() > kMaxColumnCategories;
    QCPAxis *keyAxis = horizontal ? yAxis : xAxis;
    QCPAxis *valueAxis = horizontal ? xAxis : yAxis;
    m_categoryAxis = keyAxis;
    m_categories = chart::elided(labels, keyAxis->tickLabelFont(), kMaxLabelPx);
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    QVector<double> keys;
    for (int i = 0; i < labels.size(); ++i) {
        keys << i + 1;
        ticker->addTick(i + 1, m_categories[i]);
    }
    keyAxis->setTicker(ticker);
    chart::setAxisFormat(valueAxis, valueFormat);
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
    if (horizontal) {
        keyAxis->setRangeReversed(true);
        setMinimumHeight(
                std::max(m_baseMinimumHeight,
                         chart::horizontalBarsHeight(int(labels.size()), int(series.size()),
                                                     keyAxis->tickLabelFont())));
    }
    legend->setVisible(series.size() > 1);
    fitAxes();
    replot(rpQueuedReplot);
}

QCPGraph *ChartWidget::addMarkers(const QVector<double> &values, const QString &name,
                                  const QColor &color)
{
    QCPAxis *keyAxis = m_categoryAxis ? m_categoryAxis : xAxis;
    QCPAxis *valueAxis = keyAxis == xAxis ? yAxis : xAxis;
    QVector<double> keys;
    for (int i = 0; i < values.size(); ++i)
        keys << i + 1;
    QCPGraph *g = addGraph(keyAxis, valueAxis);
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, color, color, 8));
    g->setData(keys, values, true);
    double top = valueAxis->range().upper;
    for (double v : values)
        top = std::max(top, v * 1.1);
    valueAxis->setRangeUpper(top);
    legend->setVisible(true);
    fitAxes();
    return g;
}

void ChartWidget::showTargetBars(const QStringList &labels, const QVector<double> &target,
                                 const QVector<double> &realized)
{
    showGroupedBars(labels, {target}, {tr("target")}, tr("share"), false, AxisFormat::Share);
    if (!plottableCount())
        return;
    plottable(0)->setBrush(QColor(31, 119, 180, 150));
    if (!realized.isEmpty())
        addMarkers(realized, tr("preview sample"), kTargetColor);
    legend->setVisible(true);
    replot(rpQueuedReplot);
}

QColor ChartWidget::baselineColor()
{
    return {204, 0, 153};
}

void ChartWidget::nameUnnamedSeries()
{
    for (int i = 0; i < plottableCount(); ++i)
        if (plottable(i)->name().isEmpty())
            plottable(i)->setName(tr("generated"));
}

void ChartWidget::overlayBaseline(const QVector<double> &values, const QString &name)
{
    if (!m_categoryAxis || values.isEmpty())
        return;
    nameUnnamedSeries();
    QCPGraph *g = addMarkers(values, name, baselineColor());
    g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(baselineColor(), 2), Qt::white, 9));
    replot(rpQueuedReplot);
}

void ChartWidget::overlayTargets(const QVector<double> &targets, const QString &name)
{
    if (!m_categoryAxis || targets.isEmpty())
        return;
    // Beside a target, an unnamed series needs a name in the legend.
    nameUnnamedSeries();
    QCPGraph *g = addMarkers(targets, name, QColor(20, 20, 20));
    g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCrossSquare, QColor(20, 20, 20), Qt::white, 9));
    replot(rpQueuedReplot);
}

void ChartWidget::showHistogram(const Histogram &h, const QString &xLabel, const QString &yLabel,
                                const QVector<double> &curveX, const QVector<double> &curveY,
                                bool density, AxisFormat xFormat)
{
    if (m_baseMinimumHeight < 0)
        m_baseMinimumHeight = minimumHeight();
    if (h.counts.empty() && curveX.isEmpty()) {
        showEmpty(tr("No values to show."));
        return;
    }
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
        g->setPen(QPen(kTargetColor, 2));
        g->setData(curveX, curveY, true);
        for (double v : curveY)
            top = std::max(top, v);
        legend->setVisible(true);
    }
    const double lo = h.lo, hi = h.lo + h.width * double(h.counts.size());
    xAxis->setRange(curveX.isEmpty() ? lo : std::min(lo, curveX.front()),
                    curveX.isEmpty() ? hi : std::max(hi, curveX.back()));
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    chart::setAxisFormat(xAxis, xFormat, xAxis->range().size());
    chart::setAxisFormat(yAxis, density ? AxisFormat::Share : AxisFormat::Count);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    fitAxes();
    replot(rpQueuedReplot);
}

void ChartWidget::showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                             const QStringList &names, const QString &xLabel, const QString &yLabel,
                             AxisFormat yFormat)
{
    if (m_baseMinimumHeight < 0)
        m_baseMinimumHeight = minimumHeight();
    if (x.isEmpty() || ys.isEmpty()) {
        showEmpty(tr("No values to show."));
        return;
    }
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
    xAxis->setRange(x.front(), x.back());
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    chart::setAxisFormat(yAxis, yFormat);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    legend->setVisible(ys.size() > 1);
    fitAxes();
    replot(rpQueuedReplot);
}

void ChartWidget::overlayTargetCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                                      const QString &name)
{
    overlayCurves(x, ys, name, Qt::DashLine, QColor(20, 20, 20));
}

void ChartWidget::overlayBaselineCurves(const QVector<double> &x,
                                        const QVector<QVector<double>> &ys, const QString &name)
{
    overlayCurves(x, ys, name, Qt::DotLine, baselineColor());
}

void ChartWidget::overlayCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                                const QString &name, Qt::PenStyle style, const QColor &overBars)
{
    if (x.isEmpty() || ys.isEmpty() || plottableCount() == 0)
        return;
    // Over bars the curve takes `overBars`; over the chart's own curves (solid lines, not other
    // overlays) it takes the colour of the curve at the same index.
    bool overCurves = false;
    for (int i = 0; i < graphCount(); ++i)
        overCurves = overCurves
                     || (graph(i)->lineStyle() != QCPGraph::lsNone
                         && graph(i)->pen().style() == Qt::SolidLine);
    double top = yAxis->range().upper / 1.1;
    for (int i = 0; i < ys.size(); ++i) {
        QCPGraph *g = addGraph();
        const QColor colour = overCurves ? seriesColor(i) : overBars;
        g->setPen(QPen(colour, style == Qt::DotLine ? 2.0 : 1.5, style));
        g->setData(x, ys[i], true);
        for (double v : ys[i])
            top = std::max(top, v);
        // One legend entry stands for every dashed curve.
        if (i == 0)
            g->setName(name);
        else
            g->removeFromLegend();
    }
    yAxis->setRange(0, top * 1.1);
    legend->setVisible(true);
    fitAxes();
    replot(rpQueuedReplot);
}

void ChartWidget::fitAxes()
{
    // A hidden legend would still take its row's height: it leaves the layout while hidden.
    const bool inLayout = plotLayout()->rowCount() > 2 && plotLayout()->element(1, 0) == legend;
    if (legend->visible() && !inLayout) {
        plotLayout()->insertRow(1);
        plotLayout()->addElement(1, 0, legend);
        plotLayout()->setRowStretchFactor(1, 0.001);
    } else if (!legend->visible() && inLayout) {
        plotLayout()->take(legend);
        plotLayout()->simplify();
    }
    chart::fitPlotAxes(this, m_categoryAxis == xAxis ? m_categories : QStringList(),
                       m_categoryAxis != yAxis && yAxis->scaleType() == QCPAxis::stLinear);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    fitAxes();
    QCustomPlot::resizeEvent(event);
}

void ChartWidget::wheelEvent(QWheelEvent *event)
{
    // The charts neither zoom nor pan: the wheel belongs to the page that holds them.
    event->ignore();
}

bool ChartWidget::savePng(const QString &path)
{
    return QCustomPlot::savePng(path, 0, 0, 2.0);
}

bool ChartWidget::savePdf(const QString &path)
{
    return QCustomPlot::savePdf(path);
}

QString ChartWidget::suggestedFileName(const QString &suffix) const
{
    // The title in lower case, words joined by '-': "Students per college tier" ->
    // "students-per-college-tier.png".
    QString name;
    for (const QChar c : m_title ? m_title->text() : QString()) {
        if (c.isLetterOrNumber())
            name += c.toLower();
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("chart");
    return name + QLatin1Char('.') + suffix;
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const auto save = [this](const QString &suffix, const QString &filter,
                             bool (ChartWidget::*write)(const QString &)) {
        QString path = QFileDialog::getSaveFileName(this, tr("Save chart"),
                                                    suggestedFileName(suffix), filter);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + suffix;
        if (!(this->*write)(path))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
    };
    menu.addAction(tr("Save as &PNG…"), this, [save] {
        save(QStringLiteral("png"), tr("PNG image (*.png)"), &ChartWidget::savePng);
    });
    menu.addAction(tr("Save as P&DF…"), this, [save] {
        save(QStringLiteral("pdf"), tr("PDF document (*.pdf)"), &ChartWidget::savePdf);
    });
    menu.addAction(tr("&Copy image"), this,
                   [this] { QApplication::clipboard()->setPixmap(toPixmap()); });
    menu.exec(event->globalPos());
}

} // namespace pmis
