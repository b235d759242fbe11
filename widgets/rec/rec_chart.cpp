#include "widgets/rec/rec_chart.h"

#include <algorithm>

namespace pmis {

RecChart::RecChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumSize(260, 200);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    legend->setBrush(QColor(255, 255, 255, 200)); // the data stays visible under the legend
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
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
    clearPlottables();
    clearGraphs();
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    xAxis->setTickLabelRotation(0);
}

void RecChart::showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                          const QStringList &names, const QString &xLabel, const QString &yLabel,
                          const QVector<int> &dashed, const QVector<int> &colors,
                          const QVector<int> &steps)
{
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
    yAxis->setLabel(yLabel);
    if (!x.isEmpty())
        xAxis->setRange(x.front() - 0.5, x.back() + 0.5);
    const double pad = std::max(1e-3, 0.08 * (hi - lo));
    yAxis->setRange(std::min(0.0, lo - pad), hi + pad);
    replot(QCustomPlot::rpQueuedReplot);
}

void RecChart::showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                               const QStringList &seriesNames, const QString &valueLabel)
{
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
    xAxis->setTickLabelRotation(labels.size() > 4 ? 30 : 0);
    xAxis->setRange(0.4, labels.size() + 0.6);
    xAxis->setLabel(QString());
    yAxis->setLabel(valueLabel);
    yAxis->setRange(0, hi > 0 ? hi * 1.12 : 1.0);
    replot(QCustomPlot::rpQueuedReplot);
}

void RecChart::showReliability(const QVector<QVector<double>> &predicted,
                               const QVector<QVector<double>> &observed, const QStringList &names)
{
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
    yAxis->setLabel(tr("observed success rate"));
    xAxis->setRange(0, hi);
    yAxis->setRange(0, hi);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace pmis
