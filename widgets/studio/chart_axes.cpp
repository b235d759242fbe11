#include "widgets/studio/chart_axes.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pmis::chart {

namespace {

const char kEmptyStateName[] = "chartEmptyState";

// The empty state's sentence: a wrapped, centred label over the whole chart below its title,
// following the chart's size.
class EmptyStateLabel : public QLabel
{
public:
    explicit EmptyStateLabel(QWidget *chart)
        : QLabel(chart)
    {
        setObjectName(QLatin1String(kEmptyStateName));
        setWordWrap(true);
        setAlignment(Qt::AlignCenter);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        const int line = fontMetrics().height();
        setContentsMargins(line, 3 * line, line, line);
        setForegroundRole(QPalette::PlaceholderText);
        setGeometry(chart->rect());
        chart->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == parent())
            setGeometry(static_cast<QWidget *>(watched)->rect());
        return QLabel::eventFilter(watched, event);
    }
};

// Fewest decimals (up to 6) that show `v` without visible rounding.
int decimalsOf(double v)
{
    for (int d = 0; d < 6; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            return d;
    }
    return 6;
}

QString localeNumber(double v)
{
    if (std::abs(v) < 1e-12)
        v = 0;
    return QLocale().toString(v, 'f', decimalsOf(v));
}

class LocaleTicker : public QCPAxisTicker
{
public:
    explicit LocaleTicker(AxisFormat format)
        : m_format(format)
    {}
    AxisFormat format() const { return m_format; }

protected:
    double getTickStep(const QCPRange &range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        return m_format == AxisFormat::Count ? std::max(1.0, step) : step;
    }
    int getSubTickCount(double step) override
    {
        return m_format == AxisFormat::Count && step <= 1 ? 0
                                                          : QCPAxisTicker::getSubTickCount(step);
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return formatValue(tick, m_format);
    }

private:
    AxisFormat m_format;
};

class LocaleLogTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return formatValue(tick, tick >= 1 ? AxisFormat::Count : AxisFormat::Number);
    }
};

AxisFormat formatOf(const QCPAxis *axis)
{
    if (auto *t = dynamic_cast<LocaleTicker *>(axis->ticker().data()))
        return t->format();
    if (dynamic_cast<QCPAxisTickerDateTime *>(axis->ticker().data()))
        return AxisFormat::Date;
    return AxisFormat::Number;
}

} // namespace

QString formatValue(double value, AxisFormat format)
{
    switch (format) {
    case AxisFormat::Date: {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(qint64(std::llround(value)), Qt::UTC);
        return t.time() == QTime(0, 0) ? t.toString(QStringLiteral("yyyy-MM-dd"))
                                       : t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case AxisFormat::Share:
        return localeNumber(value * 100) + QLocale().percent();
    case AxisFormat::Percent:
        return localeNumber(value) + QLocale().percent();
    case AxisFormat::Number:
    case AxisFormat::Count:
        break;
    }
    return localeNumber(value);
}

void setAxisFormat(QCPAxis *axis, AxisFormat format, double span)
{
    if (format == AxisFormat::Date) {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>(new QCPAxisTickerDateTime);
        ticker->setDateTimeSpec(Qt::UTC);
        ticker->setDateTimeFormat(span < 3 * 86400 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                   : QStringLiteral("yyyy-MM-dd"));
        axis->setTicker(ticker);
        return;
    }
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new LocaleTicker(format)));
}

void setLogCountAxis(QCPAxis *axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new LocaleLogTicker));
}

int fittingTickCount(const QCPAxis *axis, int lengthPx)
{
    const QFontMetrics metrics(axis->tickLabelFont());
    const QCPRange range = axis->range();
    const AxisFormat format = formatOf(axis);
    QString lower, upper;
    if (format == AxisFormat::Date) {
        const auto *t = static_cast<QCPAxisTickerDateTime *>(axis->ticker().data());
        lower = QDateTime::fromSecsSinceEpoch(qint64(range.lower), Qt::UTC)
                        .toString(t->dateTimeFormat());
        upper = lower;
    } else {
        // Labels in the middle of the range carry as many digits as the ends, plus decimals.
        lower = formatValue(range.lower, format) + QStringLiteral(".0");
        upper = formatValue(range.upper, format) + QStringLiteral(".0");
    }
    const int label = std::max(metrics.horizontalAdvance(lower), metrics.horizontalAdvance(upper));
    // The readable tick steps (1, 2, 2.5, 5) can give up to half again as many ticks as asked for.
    const double perTick = 1.5 * (label + 2 * metrics.height());
    return std::clamp(int(lengthPx / perTick), 2, 6);
}

int fittingVerticalTickCount(const QCPAxis *axis, int lengthPx)
{
    const QFontMetrics metrics(axis->tickLabelFont());
    const double perTick = 1.5 * 2 * metrics.height();
    return std::clamp(int(lengthPx / perTick), 2, 6);
}

void reserveRoomForLastLabel(QCustomPlot *plot)
{
    const QCPAxis *axis = plot->xAxis;
    const QFontMetrics metrics(axis->tickLabelFont());
    int half = 0;
    if (axis->visible() && axis->tickLabelRotation() == 0) {
        QString last;
        if (auto *text = dynamic_cast<QCPAxisTickerText *>(axis->ticker().data())) {
            if (!text->ticks().isEmpty())
                last = text->ticks().last();
        } else if (auto *date = dynamic_cast<QCPAxisTickerDateTime *>(axis->ticker().data())) {
            last = QDateTime::fromSecsSinceEpoch(qint64(axis->range().upper), Qt::UTC)
                           .toString(date->dateTimeFormat());
        } else {
            last = formatValue(axis->range().upper, formatOf(axis));
        }
        half = metrics.horizontalAdvance(last) / 2 + 4;
    }
    QMargins margins = plot->axisRect()->minimumMargins();
    margins.setRight(half);
    plot->axisRect()->setMinimumMargins(margins);
}

QStringList elided(const QStringList &labels, const QFont &font, int maxPx)
{
    const QFontMetrics metrics(font);
    QStringList out;
    for (const QString &l : labels)
        out << metrics.elidedText(l, Qt::ElideRight, maxPx);
    return out;
}

void fitBottomCategoryLabels(QCPAxis *axis, const QStringList &labels, int lengthPx)
{
    if (labels.isEmpty())
        return;
    const QFontMetrics metrics(axis->tickLabelFont());
    int widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, metrics.horizontalAdvance(l));
    const double perCategory = double(lengthPx) / double(labels.size());
    axis->setTickLabelRotation(widest + metrics.height() <= perCategory ? 0 : 90);
}

int horizontalBarsHeight(int categories, int seriesCount, const QFont &tickFont)
{
    const int line = QFontMetrics(tickFont).height();
    const int row = line + 4 + 6 * std::max(0, seriesCount - 1);
    return categories * row + 5 * line + 48;
}

namespace {

QLabel *emptyLabel(const QCustomPlot *plot)
{
    return plot->findChild<QLabel *>(QLatin1String(kEmptyStateName), Qt::FindDirectChildrenOnly);
}

} // namespace

void showEmptyState(QCustomPlot *plot, const QString &sentence)
{
    plot->clearPlottables();
    auto *note = static_cast<EmptyStateLabel *>(emptyLabel(plot));
    if (!note)
        note = new EmptyStateLabel(plot);
    note->setText(sentence);
    note->show();
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    plot->legend->setVisible(false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void clearEmptyState(QCustomPlot *plot)
{
    delete emptyLabel(plot);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setVisible(true);
        axis->grid()->setVisible(true);
    }
}

QString emptyStateText(const QCustomPlot *plot)
{
    const QLabel *note = emptyLabel(plot);
    return note ? note->text() : QString();
}

void fitLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    const int perItem = legend->iconSize().width() + legend->iconTextPadding() + widest
                        + legend->columnSpacing() + 8;
    const int available = plot->width() - legend->margins().left() - legend->margins().right();
    const int perRow = std::clamp(available / std::max(1, perItem), 1, 4);
    if (perRow != legend->wrap()) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

void moveLegendToRow(QCustomPlot *plot, int row, int perRow)
{
    QCPLegend *legend = plot->legend;
    if (plot->axisRect()->insetLayout()->elements(false).contains(legend))
        plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->insertRow(row);
    plot->plotLayout()->addElement(row, 0, legend);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setWrap(perRow);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 0, 4, 0));
}

void fitPlotAxes(QCustomPlot *plot, const QStringList &bottomCategories, bool fitVertical)
{
    const int length = plot->width() - std::max(60, plot->axisRect()->margins().left()) - 10;
    if (!bottomCategories.isEmpty())
        fitBottomCategoryLabels(plot->xAxis, bottomCategories, length);
    else
        plot->xAxis->ticker()->setTickCount(fittingTickCount(plot->xAxis, length));
    reserveRoomForLastLabel(plot);
    fitLegend(plot);
    if (!fitVertical)
        return;
    const int plotHeight
            = plot->axisRect()->height() > 0 ? plot->axisRect()->height() : plot->height() - 100;
    plot->yAxis->ticker()->setTickCount(fittingVerticalTickCount(plot->yAxis, plotHeight));
}

} // namespace pmis::chart
