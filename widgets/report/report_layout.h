#pragma once
// The report's page layout: text, tables and charts laid out from the top of an A4 page down on a
// QPdfWriter, a new page started when the next piece does not fit, the page number and the report's
// name at the foot of each page. Used by report_document.cpp only.

#include "core/util/result.h"
#include "widgets/report/report_document.h"
#include "widgets/studio/chart_widget.h"

#include <QFontMetricsF>
#include <QPdfWriter>

#include <algorithm>
#include <string>

namespace pmis::report {

inline const QColor kHeadingColor(0x1f, 0x3a, 0x5f);
inline const QColor kRuleColor(0xc8, 0xd0, 0xd8);
inline const QColor kShadeColor(0xf1, 0xf4, 0xf7);

inline QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Lays text, tables and charts out from the top of the page down, starting a page when the next
// piece does not fit, with the page number and the report's name at the foot of each page.
class PageLayout
{
public:
    PageLayout(QPdfWriter &writer, QString footer, ProgressFn progress)
        : m_writer(writer)
        , m_footer(std::move(footer))
        , m_progress(std::move(progress))
    {
        m_painter.begin(&m_writer);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_width = m_writer.width();
        m_bottom = m_writer.height() - 28; // room for the footer
    }

    bool isActive() const { return m_painter.isActive(); }
    bool cancelled() const { return m_cancelled; }
    int pages() const { return m_page; }

    bool finish()
    {
        drawFooter();
        return m_painter.end();
    }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
        if (m_progress && !m_progress(0.0, "laying out the report"))
            m_cancelled = true;
    }

    // Starts a page unless `height` more fits on this one.
    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void space(double height) { m_y += height; }

    // A section: always on a new page, in large type with a rule under it.
    void section(const QString &title, const QString &sentence)
    {
        if (m_y > 0)
            newPage();
        text(title, font(20, true), kHeadingColor);
        m_painter.setPen(QPen(kRuleColor, 1.5));
        m_painter.drawLine(QPointF(0, m_y + 2), QPointF(m_width, m_y + 2));
        m_y += 12;
        if (!sentence.isEmpty())
            paragraph(sentence);
        m_y += 6;
    }

    void subheading(const QString &title)
    {
        ensure(120); // with room for the first lines under it
        m_y += 8;
        text(title, font(13, true), kHeadingColor);
        m_y += 4;
    }

    void paragraph(const QString &body, double points = 10)
    {
        text(body, font(points), Qt::black);
        m_y += 6;
    }

    // Wrapped text across the page's width.
    void text(const QString &body, const QFont &f, const QColor &color)
    {
        const QRectF box = measure(body, f, m_width);
        ensure(box.height());
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, m_y, m_width, box.height()),
                           Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, body);
        m_y += box.height();
    }

    // A table over the page's width; `weights` share the width among the columns; the header row
    // is repeated on every page the table runs onto.
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<double> &weights, double points = 8.5)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        QList<double> widths;
        for (double w : weights)
            widths << m_width * w / total;
        const QFont body = font(points), bold = font(points, true);
        const auto heightOf = [&](const QStringList &cells, const QFont &f) {
            double h = 0;
            for (int c = 0; c < cells.size() && c < widths.size(); ++c)
                h = std::max(h, measure(cells[c], f, widths[c] - 8).height());
            return h + 6;
        };
        const double headerHeight = heightOf(header, bold);
        const auto drawRow = [&](const QStringList &cells, const QFont &f, double h, bool shade) {
            if (shade)
                m_painter.fillRect(QRectF(0, m_y, m_width, h), kShadeColor);
            m_painter.setFont(f);
            m_painter.setPen(Qt::black);
            double x = 0;
            for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
                m_painter.drawText(QRectF(x + 4, m_y + 3, widths[c] - 8, h - 6),
                                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c]);
                x += widths[c];
            }
            m_y += h;
            m_painter.setPen(QPen(kRuleColor, 0.6));
            m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        };
        // The header never ends a page: it goes with the first row.
        ensure(headerHeight + (rows.isEmpty() ? 0.0 : heightOf(rows.front(), body)));
        drawRow(header, bold, headerHeight, false);
        for (int r = 0; r < rows.size(); ++r) {
            const double h = heightOf(rows[r], body);
            if (m_y + h > m_bottom) {
                newPage();
                drawRow(header, bold, headerHeight, false);
            }
            drawRow(rows[r], body, h, r % 2 == 1);
        }
        m_y += 10;
    }

    // The chart as vector graphics over the page's width, `height` high (or the height the chart
    // needs for its labels).
    void chart(ChartWidget *chart, double height)
    {
        const double h = std::max(height, double(chart->minimumHeight()));
        const int w = int(m_width);
        chart->resize(w, int(h));
        ensure(h);
        m_painter.save();
        m_painter.translate(0, m_y);
        chart->toPainter(&m_painter, w, int(h));
        m_painter.restore();
        m_y += h + 12;
    }

private:
    QRectF measure(const QString &body, const QFont &f, double width) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6),
                                    Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, body);
    }

    void drawFooter()
    {
        m_painter.setFont(font(8));
        m_painter.setPen(Qt::darkGray);
        const QRectF foot(0, m_writer.height() - 16, m_width, 16);
        m_painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                           ReportDocument::tr("Page %1").arg(m_page));
    }

    QPdfWriter &m_writer;
    QCPPainter m_painter;
    QString m_footer;
    ProgressFn m_progress;
    double m_width = 0, m_bottom = 0, m_y = 0;
    int m_page = 1;
    bool m_cancelled = false;
};

} // namespace pmis::report
