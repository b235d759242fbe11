#include "widgets/rec/rec_chart.h"

#include "widgets/studio/chart_axes.h"

#include <QWheelEvent>

#include <algorithm>

namespace pmis {

RecChart::RecChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumSize(260, 200);
    // QCustomPlot keeps mouse events from its parents; the wheel must reach the page around it.
    setAttribute(Qt::WA_NoMousePropagation, false);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    // The legend sits in a row between the title and the axes, so it never covers data.
    chart::moveLegendToRow(this, 1, 4);
}

void RecChart::setTitle(const QString &title)
{
    m_title->setText(title);
}

QColor RecChart::seriesColor(int i)
{
    static const QColor colors[]
            = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
               QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
               QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    return colors[i % int(std::size(colors))];
}

void RecChart::reset()
{
    chart::clearEmptyState(this);
    clearPlottables();
    clearGraphs();
    setLocale(QLocale());
    chart::setAxisFormat(xAxis, chart::AxisFormat::Number);
    chart::setAxisFormat(yAxis, chart::AxisFormat::Number);
    xAxis->setTickLabelRotation(0);
    m_categories.clear();
    legend->setVisible(true);
}

bool RecChart::showEmptyIf(bool empty)
{
    if (!empty)
        return false;
    reset();
    chart::showEmptyState(this, tr("No results to show yet."));
    return true;
}

QString RecChart::emptyText() const
{
    return chart::emptyStateText(this);
}

void RecChart::fitAxes()
{
    // A long value title is shortened to the plot's height instead of running past its ends.
    const QFontMetrics metrics(yAxis->labelFont());
    yAxis->setLabel(metrics.elidedText(m_yLabel, Qt::ElideRight, std::max(40, height() - 110)));
    chart::fitPlotAxes(this, m_categories, true);
}

void RecChart::resizeEvent(QResizeEvent *event)
{
    fitAxes();
    QCustomPlot::resizeEvent(event);
}

void RecChart::wheelEvent(QWheelEvent *event)
{
    // The charts neither zoom nor pan: the wheel scrolls the page that holds them.
    event->ignore();
}

void RecChart::showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                          const QStringList &names, const QString &xLabel, const QString &yLabel,
                          const QVector<int> &dashed, const QVector<int> &colors,
                          const QVector<int> &steps)
{
    if (showEmptyIf(x.isEmpty() || ys.isEmpty()))
        return;
    reset();
    double lo = 0, hi = 0;
    bool first = true;
    for (int s = 0; s < ys.size(); ++s) {
        QCPGraph *g = addGraph();
        QPen pen(seriesColor(s < colors.size() ? colors[s] : s), 2);
        if (dashed.contains(s))
            pen.setStyle(Qt::DashLine);
        g->setPen(pen);
        g->setName(s < names.size() ? names[s] : QString());
        if (steps.contains(s))
            g->setLineStyle(QCPGraph::lsStepCenter);
        else
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        g->setData(x, ys[s], true);
        for (double v : ys[s]) {
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        }
    }
    xAxis->setLabel(xLabel);
    m_yLabel = yLabel;
    if (!x.isEmpty())
        xAxis->setRange(x.front() - 0.5, x.back() + 0.5);
    const double pad = hi > lo ? 0.08 * (hi - lo) : std::max(0.05 * std::abs(hi), 1.0);
    yAxis->setRange(std::min(0.0, lo - pad), hi + pad);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void RecChart::showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                               const QStringList &seriesNames, const QString &valueLabel)
{
    if (showEmptyIf(labels.isEmpty() || series.isEmpty()))
        return;
    reset();
    auto *group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    QVector<double> keys(labels.size());
    for (int i = 0; i < labels.size(); ++i)
        keys[i] = i + 1;
    double hi = 0;
    const double width = 0.8 / std::max<qsizetype>(1, series.size());
    for (int s = 0; s < series.size(); ++s) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(s < seriesNames.size() ? seriesNames[s] : QString());
        bars->setPen(Qt::NoPen);
        bars->setBrush(seriesColor(s));
        bars->setWidth(width);
        bars->setBarsGroup(group);
        bars->setData(keys, series[s], true);
        for (double v : series[s])
            hi = std::max(hi, v);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    ticker->addTicks(keys, labels.toVector());
    xAxis->setTicker(ticker);
    m_categories = labels;
    xAxis->setRange(0.4, labels.size() + 0.6);
    xAxis->setLabel(QString());
    m_yLabel = valueLabel;
    yAxis->setRange(0, hi > 0 ? hi * 1.12 : 1.0);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void RecChart::showReliability(const QVector<QVector<double>> &predicted,
                               const QVector<QVector<double>> &observed, const QStringList &names)
{
    bool empty = true;
    for (const auto &p : predicted)
        empty = empty && p.isEmpty();
    if (showEmptyIf(empty))
        return;
    reset();
    double hi = 0;
    for (int s = 0; s < predicted.size(); ++s) {
        for (double v : predicted[s])
            hi = std::max(hi, v);
        for (double v : observed[s])
            hi = std::max(hi, v);
    }
    hi = hi > 0 ? std::min(1.0, hi * 1.1) : 1.0;
    QCPGraph *diagonal = addGraph();
    diagonal->setName(tr("perfect calibration"));
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    diagonal->setData({0.0, hi}, {0.0, hi}, true);
    for (int s = 0; s < predicted.size(); ++s) {
        QCPGraph *g = addGraph();
        g->setName(s < names.size() ? names[s] : QString());
        g->setPen(QPen(seriesColor(s), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        g->setData(predicted[s], observed[s], true);
    }
    xAxis->setLabel(tr("mean predicted probability"));
    m_yLabel = tr("observed success rate");
    xAxis->setRange(0, hi);
    yAxis->setRange(0, hi);
    chart::setAxisFormat(xAxis, chart::AxisFormat::Share);
    chart::setAxisFormat(yAxis, chart::AxisFormat::Share);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace pmis
