#pragma once
// A QCustomPlot with the studio's look and a context menu to save the chart as PNG or PDF or copy
// it as an image. Helpers draw the few chart kinds the studio uses; each replaces what was shown.
// Axes follow the interface language's locale; category labels never overlap (they turn, or the
// bars are listed from top to bottom with the height they need); a chart without data says so in
// a sentence. The mouse wheel scrolls whatever holds the chart.

#include "core/stats/histogram.h"

#include "widgets/studio/chart_axes.h"
#include "widgets/studio/qcustomplot_include.h"

#include <QStringList>
#include <QVector>

namespace pmis {

class ChartWidget : public QCustomPlot
{
    Q_OBJECT
public:
    using AxisFormat = chart::AxisFormat;

    // More categories than this are always drawn as bars from top to bottom.
    static constexpr int kMaxColumnCategories = 12;

    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Bars per label, one colour per series, grouped side by side. With `horizontal`, or more than
    // kMaxColumnCategories labels, the bars run from top to bottom and the chart asks for the
    // height that keeps every label readable.
    void showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                         const QStringList &seriesNames, const QString &valueLabel,
                         bool horizontal = false, AxisFormat valueFormat = AxisFormat::Count);
    // Target shares (in [0, 1]) as bars with the realized shares drawn over them as markers.
    void showTargetBars(const QStringList &labels, const QVector<double> &target,
                        const QVector<double> &realized);
    // Marks a target value over each bar of the grouped bars shown (one value per label).
    void overlayTargets(const QVector<double> &targets, const QString &name);
    // Marks the baseline's value over each bar of the grouped bars shown (one value per label;
    // NaN where the baseline has no such label), in baselineColor().
    void overlayBaseline(const QVector<double> &values, const QString &name);
    // A histogram as bars (optionally normalised to the share of rows per bin) with an optional
    // curve over it. `xFormat` Date labels the bins' seconds as dates.
    void showHistogram(const Histogram &histogram, const QString &xLabel, const QString &yLabel,
                       const QVector<double> &curveX = {}, const QVector<double> &curveY = {},
                       bool density = false, AxisFormat xFormat = AxisFormat::Number);
    // One curve per series over shared x values.
    void showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                    const QStringList &names, const QString &xLabel, const QString &yLabel,
                    AxisFormat yFormat = AxisFormat::Number);
    // No axes, only `sentence`.
    void showEmpty(const QString &sentence);
    // The sentence shown instead of data, or empty.
    QString emptyText() const { return chart::emptyStateText(this); }
    // The category axis of the bars shown, or null.
    QCPAxis *categoryAxis() const { return m_categoryAxis; }

    // Target curves over what the chart shows: dashed, in the colour of the curve at the same
    // index (dark over a histogram's bars), with one legend entry `name` for all of them.
    void overlayTargetCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                             const QString &name);
    // The baseline's curves over what the chart shows: dotted, in the colour of the curve at the
    // same index (baselineColor() over a histogram's bars), one legend entry `name`.
    void overlayBaselineCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                               const QString &name);

    bool savePng(const QString &path);
    // The name a save dialog proposes: the title in lower case, words joined by '-', and `suffix`.
    QString suggestedFileName(const QString &suffix) const;
    bool savePdf(const QString &path);

    static QColor seriesColor(int i);
    // The baseline's colour in every chart (a comparison's "before").
    static QColor baselineColor();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void resetPlot();
    // Tick counts and label turns for the current width.
    void fitAxes();
    QCPGraph *addMarkers(const QVector<double> &values, const QString &name, const QColor &color);
    // Names the unnamed series beside an overlay: the legend must tell them apart.
    void nameUnnamedSeries();
    void overlayCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                       const QString &name, Qt::PenStyle style, const QColor &overBars);

    QCPTextElement *m_title = nullptr;
    QCPAxis *m_categoryAxis = nullptr;
    QStringList m_categories; // the labels along the category axis, as drawn
    int m_baseMinimumHeight = -1;
};

} // namespace pmis
