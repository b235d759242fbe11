#include "widgets/studio/column_stats_panel.h"

#include "widgets/studio/chart_widget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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

void ColumnStatsPanel::showSummary(const ColumnSummary &s)
{
    if (!m_summary || &*m_summary != &s)
        m_summary = s;
    m_busyColumn.clear();
    const QLocale locale;
    QString html
            = tr("<b>%1</b><br>Type: %2<br>Rows: %3<br>Nulls: %4")
                      .arg(s.name.toHtmlEscaped(), s.typeName, locale.toString(qulonglong(s.rows)),
                           locale.toString(qulonglong(s.nulls)));
    if (s.numeric) {
        html += tr("<br>Min: %1<br>Max: %2<br>Mean: %3<br>SD: %4")
                        .arg(locale.toString(s.min, 'g', 8), locale.toString(s.max, 'g', 8),
                             locale.toString(s.mean, 'g', 6), locale.toString(s.sd, 'g', 4));
        m_chart->setTitle({});
        m_chart->showHistogram(s.histogram, s.name, tr("rows"));
        m_chart->show();
    } else if (!s.topValues.empty()) {
        QStringList labels;
        QVector<double> counts;
        if (s.distinct > 0)
            html += tr("<br>Distinct: %1").arg(locale.toString(qulonglong(s.distinct)));
        html += tr("<br>Top values:");
        for (const auto &[label, count] : s.topValues) {
            html += QStringLiteral("<br>&nbsp;&nbsp;%1: %2")
                            .arg(label.toHtmlEscaped(), locale.toString(qulonglong(count)));
            labels << label;
            counts << double(count);
        }
        m_chart->setTitle({});
        m_chart->showGroupedBars(labels, {counts}, {}, tr("rows"), true);
        m_chart->show();
    } else {
        m_chart->hide();
    }
    m_text->setText(html);
}

} // namespace pmis
