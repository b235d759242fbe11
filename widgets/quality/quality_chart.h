#pragma once
// A chart of one quality check: target and realized shares as bars with the 99% band of each
// target share as error bars, or target and realized cumulative distributions with the band as a
// shaded channel around the target. Histograms without a target show the realized bars alone.

#include "core/quality/quality_report.h"

#include "widgets/studio/qcustomplot_include.h"

namespace pmis {

class QualityChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit QualityChart(QWidget *parent = nullptr);
    // Shows the check's chart, or an empty plot with a note when it has none.
    void showCheck(const quality::Check *check);

private:
    void showShares(const quality::CheckChart &chart);
    void showCdf(const quality::CheckChart &chart);

    QCPTextElement *m_title = nullptr;
};

} // namespace pmis
