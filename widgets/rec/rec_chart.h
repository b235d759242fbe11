#pragma once
// A QCustomPlot for the recommender's charts: curves over shared x values, grouped bars, and the
// reliability diagram. Each show* call replaces what was drawn and replots once. The legend has a
// row of its own; axes follow the interface language's locale; with nothing to draw the chart says
// so in a sentence. The mouse wheel scrolls whatever holds the chart.

#include "widgets/studio/qcustomplot_include.h"

#include <QStringList>
#include <QVector>

namespace pmis {

class RecChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit RecChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // One curve per series; `dashed` lists series drawn with a dashed pen; `colors` gives each
    // series a colour index (default: its own index); `steps` lists series drawn as a staircase
    // (each value held from its x to the next).
    void showCurves(const QVector<double> &x, const QVector<QVector<double>> &ys,
                    const QStringList &names, const QString &xLabel, const QString &yLabel,
                    const QVector<int> &dashed = {}, const QVector<int> &colors = {},
                    const QVector<int> &steps = {});
    // Bars per label, one colour per series, side by side.
    void showGroupedBars(const QStringList &labels, const QVector<QVector<double>> &series,
                         const QStringList &seriesNames, const QString &valueLabel);
    // Observed against predicted per bin for each series, with the diagonal of perfect calibration.
    void showReliability(const QVector<QVector<double>> &predicted,
                         const QVector<QVector<double>> &observed, const QStringList &names);

    static QColor seriesColor(int i);
    // The sentence shown instead of data, or empty.
    QString emptyText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void reset();
    // Shows the empty state when `empty`; returns `empty`.
    bool showEmptyIf(bool empty);
    void fitAxes();
    QStringList m_categories; // the labels along the x axis of grouped bars
    QString m_yLabel;         // the value axis' title in full
    QCPTextElement *m_title = nullptr;
};

} // namespace pmis
