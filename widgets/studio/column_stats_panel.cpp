#include "widgets/studio/column_stats_panel.h"

#include "widgets/studio/chart_widget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace pmis {

ColumnStatsPanel::ColumnStatsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_chart = new ChartWidget(this);
    m_chart->setMinimumHeight(200);
    layout->addWidget(m_chart, 1);
    setMinimumWidth(240);
    clear();
}

void ColumnStatsPanel::clear()
{
    m_summary.reset();
    m_busyColumn.clear();
    m_text->setText(tr("Select a column to see its statistics."));
    m_chart->hide();
}

void ColumnStatsPanel::showBusy(const QString &column)
{
    m_busyColumn = column;
    m_text->setText(tr("<b>%1</b><br>Computing…").arg(column.toHtmlEscaped()));
}

void ColumnStatsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_summary)
            showSummary(*m_summary);
        else if (!m_busyColumn.isEmpty())
            showBusy(m_busyColumn);
        else
            clear();
    }
    QWidget::changeEvent(event);
}

QString ColumnStatsPanel::text() const
{
    return m_text->text();
}

QString ColumnStatsPanel::duration(double seconds)
{
    const QLocale locale;
    const double magnitude = std::abs(seconds);
    if (magnitude >= 2 * 86400.0)
        return tr("%1 days").arg(locale.toString(seconds / 86400.0, 'f', 1));
    if (magnitude >= 2 * 3600.0)
        return tr("%1 hours").arg(locale.toString(seconds / 3600.0, 'f', 1));
    if (magnitude >= 120.0)
        return tr("%1 minutes").arg(locale.toString(seconds / 60.0, 'f', 1));
    return tr("%1 seconds").arg(locale.toString(seconds, 'f', 0));
}

QString ColumnStatsPanel::valueList(const ColumnSummary &s, const QString &heading)
{
    const QLocale locale;
    QString html = QStringLiteral("<br>") + heading;
    for (const auto &[label, count] : s.topValues)
        html += QStringLiteral("<br>&nbsp;&nbsp;%1: %2")
                        .arg(label.toHtmlEscaped(), locale.toString(qulonglong(count)));
    return html;
}

void ColumnStatsPanel::showTopValues(const ColumnSummary &s, const QString &valueLabel)
{
    QStringList labels;
    QVector<double> counts;
    for (const auto &[label, count] : s.topValues) {
        labels << label;
        counts << double(count);
    }
    m_chart->setTitle({});
    m_chart->showGroupedBars(labels, {counts}, {}, valueLabel, true);
    m_chart->show();
}

void ColumnStatsPanel::showSummary(const ColumnSummary &s)
{
    if (!m_summary || &*m_summary != &s)
        m_summary = s;
    m_busyColumn.clear();
    const QLocale locale;
    const auto count = [&](std::size_t n) { return locale.toString(qulonglong(n)); };
    QString html = tr("<b>%1</b><br>Type: %2<br>Rows: %3<br>Nulls: %4")
                           .arg(s.name.toHtmlEscaped(), s.typeName, count(s.rows), count(s.nulls));
    m_chart->hide();
    const bool time = s.type == ColumnType::Timestamp || s.type == ColumnType::Date;
    if (s.type == ColumnType::Id) {
        html += tr("<br>Distinct: %1").arg(count(s.distinct));
        if (s.repeated == 0) {
            html += tr("<br>Every ID is unique.");
        } else {
            html += tr("<br>Rows repeating an ID: %1").arg(count(s.repeated));
            html += valueList(s, tr("Most repeated:"));
            showTopValues(s, tr("rows"));
        }
    } else if (s.type == ColumnType::StringList) {
        if (s.numeric)
            html += tr("<br>Items per row: %1 to %2, mean %3")
                            .arg(locale.toString(s.min, 'f', 0), locale.toString(s.max, 'f', 0),
                                 locale.toString(s.mean, 'f', 2));
        html += tr("<br>Items in all rows: %1<br>Distinct values: %2")
                        .arg(count(s.listElements), count(s.distinct));
        if (!s.topValues.empty()) {
            html += valueList(s, tr("Most frequent values:"));
            showTopValues(s, tr("rows"));
        }
    } else if (time && s.numeric) {
        const auto date = [](double v) { return chart::formatValue(v, chart::AxisFormat::Date); };
        html += tr("<br>First: %1<br>Last: %2<br>Span: %3<br>Mean: %4<br>SD: %5")
                        .arg(date(s.min), date(s.max), duration(s.max - s.min), date(s.mean),
                             duration(s.sd));
        m_chart->setTitle({});
        m_chart->showHistogram(s.histogram, s.name, tr("rows"), {}, {}, false,
                               chart::AxisFormat::Date);
        m_chart->show();
    } else if (s.numeric) {
        html += tr("<br>Min: %1<br>Max: %2<br>Mean: %3<br>SD: %4")
                        .arg(locale.toString(s.min, 'g', 8), locale.toString(s.max, 'g', 8),
                             locale.toString(s.mean, 'g', 6), locale.toString(s.sd, 'g', 4));
        m_chart->setTitle({});
        m_chart->showHistogram(s.histogram, s.name, tr("rows"));
        m_chart->show();
    } else if (!s.topValues.empty()) {
        if (s.distinct > 0)
            html += tr("<br>Distinct: %1").arg(count(s.distinct));
        html += valueList(s, tr("Top values:"));
        showTopValues(s, tr("rows"));
    }
    m_text->setText(html);
}

} // namespace pmis
