#include "widgets/quality/quality_chart.h"

#include "widgets/studio/chart_axes.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pmis {

using quality::CheckChart;

namespace {

const QColor kTarget(0x60, 0x7d, 0x8b);
const QColor kRealized(0x1e, 0x88, 0xe5);
const QColor kBand(0xff, 0xa0, 0x00);
constexpr int kMaxLabelPx = 140;

} // namespace

QualityChart::QualityChart(QWidget *parent)
    : QCustomPlot(parent)
{
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    // The legend in a row of its own under the plot, so it never hides bars or curves.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    legend->setWrap(3);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    plotLayout()->setRowStretchFactor(2, 0.001);
    legend->setVisible(true);
    setMinimumHeight(220);
    // QCustomPlot keeps mouse events from its parents; the wheel must reach the page around it.
    setAttribute(Qt::WA_NoMousePropagation, false);
}

void QualityChart::showCheck(const quality::Check *check)
{
    chart::clearEmptyState(this);
    clearPlottables();
    clearItems();
    setLocale(QLocale());
    m_categories.clear();
    chart::setAxisFormat(xAxis, chart::AxisFormat::Number);
    xAxis->setLabel(QString());
    yAxis->setLabel(QString());
    m_titleText = check ? QString::fromStdString(check->id) : QString();
    fitTitle();
    if (!check || check->chart.kind == CheckChart::Kind::None) {
        chart::showEmptyState(this, check ? tr("This check has no chart: its result is the "
                                               "figure in the table.")
                                          : tr("Select a check to see its chart."));
        return;
    }
    legend->setVisible(true);
    if (check->chart.kind == CheckChart::Kind::Shares)
        showShares(check->chart);
    else
        showCdf(check->chart);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void QualityChart::showShares(const CheckChart &chart)
{
    const int n = int(chart.labels.size());
    QVector<double> ticks(n);
    QVector<QString> labels(n);
    const QFontMetrics metrics(xAxis->tickLabelFont());
    for (int i = 0; i < n; ++i) {
        ticks[i] = i + 1;
        labels[i] = metrics.elidedText(QString::fromStdString(chart.labels[std::size_t(i)]),
                                       Qt::ElideRight, kMaxLabelPx);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    xAxis->setTicker(ticker);
    m_categories = QStringList(labels.begin(), labels.end());
    chart::setAxisFormat(yAxis, chart::AxisFormat::Share);
    yAxis->setLabel(tr("Share"));

    const bool hasTarget = !chart.target.empty();
    auto *group = new QCPBarsGroup(this);
    double top = 0;
    QCPBars *target = nullptr;
    if (hasTarget) {
        target = new QCPBars(xAxis, yAxis);
        target->setName(tr("Target"));
        target->setPen(QPen(kTarget.darker(120)));
        target->setBrush(kTarget.lighter(130));
        target->setData(ticks, QVector<double>(chart.target.begin(), chart.target.end()), true);
        target->setBarsGroup(group);
        target->setWidth(0.38);
        for (double v : chart.bandHigh)
            top = std::max(top, v);
    }
    auto *realized = new QCPBars(xAxis, yAxis);
    realized->setName(tr("Realized"));
    realized->setPen(QPen(kRealized.darker(120)));
    realized->setBrush(kRealized);
    realized->setData(ticks, QVector<double>(chart.realized.begin(), chart.realized.end()), true);
    realized->setWidth(hasTarget ? 0.38 : 0.7);
    if (hasTarget)
        realized->setBarsGroup(group);
    for (double v : chart.realized)
        top = std::max(top, v);
    if (target && chart.bandLow.size() == chart.target.size()) {
        auto *band = new QCPErrorBars(xAxis, yAxis);
        band->setName(tr("99% noise band"));
        band->setDataPlottable(target);
        band->setPen(QPen(kBand, 2));
        QVector<double> below(n), above(n);
        for (int i = 0; i < n; ++i) {
            below[i] = chart.target[std::size_t(i)] - chart.bandLow[std::size_t(i)];
            above[i] = chart.bandHigh[std::size_t(i)] - chart.target[std::size_t(i)];
        }
        band->setData(below, above);
    }
    xAxis->setRange(0.3, n + 0.7);
    yAxis->setRange(0, std::max(top * 1.1, 1e-6));
}

void QualityChart::showCdf(const CheckChart &chart)
{
    const QVector<double> x(chart.x.begin(), chart.x.end());
    xAxis->setTickLabelRotation(0);
    chart::setAxisFormat(yAxis, chart::AxisFormat::Share);
    yAxis->setLabel(tr("Cumulative share"));
    auto *low = addGraph();
    low->setName(tr("99% noise band"));
    low->setPen(QPen(kBand, 1, Qt::DashLine));
    low->setData(x, QVector<double>(chart.bandLow.begin(), chart.bandLow.end()), true);
    auto *high = addGraph();
    high->setPen(QPen(kBand, 1, Qt::DashLine));
    QColor fill = kBand;
    fill.setAlpha(50);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    high->setData(x, QVector<double>(chart.bandHigh.begin(), chart.bandHigh.end()), true);
    high->removeFromLegend();
    auto *target = addGraph();
    target->setName(tr("Target"));
    target->setPen(QPen(kTarget, 2));
    target->setData(x, QVector<double>(chart.target.begin(), chart.target.end()), true);
    auto *realized = addGraph();
    realized->setName(tr("Realized"));
    realized->setPen(QPen(kRealized, 2));
    realized->setLineStyle(QCPGraph::lsStepLeft);
    realized->setData(x, QVector<double>(chart.realized.begin(), chart.realized.end()), true);
    if (!x.isEmpty())
        xAxis->setRange(x.front(), x.back());
    yAxis->setRange(0, 1.02);
}

void QualityChart::fitAxes()
{
    chart::fitPlotAxes(this, m_categories, true);
}

void QualityChart::fitTitle()
{
    // A long check ID is shortened rather than cut at both edges.
    const QFontMetrics metrics(m_title->font());
    m_title->setText(metrics.elidedText(m_titleText, Qt::ElideMiddle, std::max(40, width() - 16)));
}

void QualityChart::resizeEvent(QResizeEvent *event)
{
    fitTitle();
    fitAxes();
    QCustomPlot::resizeEvent(event);
}

void QualityChart::wheelEvent(QWheelEvent *event)
{
    // The chart neither zooms nor pans: the wheel scrolls the page that holds it.
    event->ignore();
}

} // namespace pmis
