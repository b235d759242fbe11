#pragma once
// A QCustomPlot with the studio's look and a context menu to save the chart as PNG or PDF or copy
// it as an image. Helpers draw the few chart kinds the studio uses; each replaces what was shown.

#include "core/stats/histogram.h"

#include "widgets/studio/qcustomplot_include.h"

#include <QStringList>
#include <QVector>

namespace pmis {

class ChartWidget : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Bars per label, one colour per series, grouped side by side.
    void showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                         const QStringList &seriesNames, const QString &valueLabel,
                         bool horizontal = false);
    // Target shares as bars with the realized shares drawn over them as markers.
    void showTargetBars(const QStringList &labels, const QVector<double> &target,
                        const QVector<double> &realized);
    // A histogram as bars (optionally normalised to the share of rows per bin) with an optional
    // curve over it.
    void showHistogram(const Histogram &histogram, const QString &xLabel, const QString &yLabel,
                       const QVector<double> &curveX = {}, const QVector<double> &curveY = {},
                       bool density = false);
    // One curve per series over shared x values.
    void showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                    const QStringList &names, const QString &xLabel, const QString &yLabel);

    bool savePng(const QString &path);
    bool savePdf(const QString &path);

    static QColor seriesColor(int i);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void resetPlot();
    QCPTextElement *m_title = nullptr;
};

} // namespace pmis
