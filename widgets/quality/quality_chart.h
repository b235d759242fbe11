#pragma once
// A chart of one quality check: target and realized shares as bars with the 99% band of each
// target share as error bars, or target and realized cumulative distributions with the band as a
// shaded channel around the target. Histograms without a target show the realized bars alone.
// Shares read as percentages in the interface language's locale; crowded labels turn by 90°.

#include "core/quality/quality_report.h"

#include "widgets/studio/qcustomplot_include.h"

namespace pmis {

class QualityChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit QualityChart(QWidget *parent = nullptr);
    // Shows the check's chart, or a sentence without axes when it has none.
    void showCheck(const quality::Check *check);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fitAxes();
    void fitTitle();
    void showShares(const quality::CheckChart &chart);
    void showCdf(const quality::CheckChart &chart);

    QCPTextElement *m_title = nullptr;
    QString m_titleText;      // the check's ID, shown elided to the width
    QStringList m_categories; // the labels along the x axis of a share chart
};

} // namespace pmis
