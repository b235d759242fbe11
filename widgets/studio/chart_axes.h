#pragma once
// What every chart of the studio shares: axis labels in the interface language's locale (thousands
// separators, shares as percentages, dates for timestamps), category labels that never overlap,
// and an empty state that is a sentence instead of empty axes.

#include "widgets/studio/qcustomplot_include.h"

#include <QStringList>

namespace pmis::chart {

enum class AxisFormat {
    Number,  // any number, locale digits and separators
    Count,   // whole numbers: ticks only at whole numbers
    Share,   // a share in [0, 1], labelled as a percentage
    Percent, // a value already in percent
    Date,    // seconds since 1970-01-01T00:00:00Z, labelled as UTC dates (and times)
};

// The text of `value` as an axis labels it (the default locale; Date as an ISO date or date-time).
QString formatValue(double value, AxisFormat format);

// Gives `axis` a ticker for `format`; `span` (the visible range's width) picks the date format.
void setAxisFormat(QCPAxis *axis, AxisFormat format, double span = 0);

// A logarithmic scale on `axis`, its ticks at powers of ten labelled as locale whole numbers.
void setLogCountAxis(QCPAxis *axis);

// How many ticks fit along a horizontal axis of `lengthPx` pixels when every label is about as
// wide as the wider of the range's end labels; at least 2.
int fittingTickCount(const QCPAxis *axis, int lengthPx);

// The same along a vertical axis, where labels need a line's height and a gap.
int fittingVerticalTickCount(const QCPAxis *axis, int lengthPx);

// Widens the right margin of the plot's axis rect so that the bottom axis' last label, centred on
// its tick near the right end, stays inside the widget.
void reserveRoomForLastLabel(QCustomPlot *plot);

// Category labels shortened to at most `maxPx` pixels in `font`, with an ellipsis.
QStringList elided(const QStringList &labels, const QFont &font, int maxPx);

// The category axis along the bottom keeps its labels flat when they fit side by side in
// `lengthPx` pixels, and turns them by 90° otherwise (they then need only a line's height each).
void fitBottomCategoryLabels(QCPAxis *axis, const QStringList &labels, int lengthPx);

// Height in pixels of a chart that lists `categories` bars from top to bottom, each readable,
// with a title, a legend and a value axis.
int horizontalBarsHeight(int categories, int seriesCount, const QFont &tickFont);

// Hides the axes and grid of `plot` and writes `sentence` in their place; clearEmptyState()
// brings the axes back. emptyStateText() is the sentence shown, or empty while data are drawn.
void showEmptyState(QCustomPlot *plot, const QString &sentence);
void clearEmptyState(QCustomPlot *plot);
QString emptyStateText(const QCustomPlot *plot);

// Puts the plot's legend in a row of its own at `row` of the plot layout, so it never covers data,
// wrapping after `perRow` entries.
void moveLegendToRow(QCustomPlot *plot, int row, int perRow);

// Wraps the legend's entries into as many per row as the plot's width holds, so none is cut.
void fitLegend(QCustomPlot *plot);
// Fits the plot's bottom axis (its category labels, or its tick count), the room for the last
// label, the legend, and (when `fitVertical`) the left axis's tick count to the plot's size.
void fitPlotAxes(QCustomPlot *plot, const QStringList &bottomCategories, bool fitVertical);

} // namespace pmis::chart
