#pragma once
// The look of charts on a projector: thick lines, large markers and opaque fills in strong colours
// on white, with black axes; text sizes come from the chart's font (the presentation's large one).

class QCustomPlot;

namespace pmis::present {

// Restyles what `plot` shows, its text in `points`; call again after the chart is redrawn.
void styleForProjector(QCustomPlot *plot, double points = 16);

} // namespace pmis::present
