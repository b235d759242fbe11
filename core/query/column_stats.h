#pragma once
// Summary statistics of one column for the statistics panel: counts, numeric moments, the most
// frequent values and a histogram. All binning is done here; views only draw the result.

#include "core/data/table.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pmis::query {

struct ValueCount
{
    std::string value;
    std::size_t count = 0;
};

struct HistogramBin
{
    double lower = 0; // inclusive
    double upper = 0; // exclusive, except for the last bin which includes its upper edge
    std::size_t count = 0;
};

struct ColumnStats
{
    std::string column;
    ColumnType type = ColumnType::Text;
    std::size_t count = 0; // rows considered (nulls included)
    std::size_t nulls = 0;
    // Numbers, timestamps and dates (seconds), IDs, bools (0/1) and list lengths (for lists):
    // over the non-null cells. sd is the sample standard deviation (0 for fewer than two values).
    bool hasNumbers = false;
    double min = 0;
    double max = 0;
    double mean = 0;
    double sd = 0;
    // Categories, text, bools, list elements and IDs: values by descending count, ties by label
    // (IDs list only values that repeat). `distinct` counts every distinct value, even those
    // beyond the top ones.
    std::vector<ValueCount> topValues;
    std::size_t distinct = 0;
    std::size_t listElements = 0; // lists: elements over all non-null rows
    std::size_t repeated = 0;     // IDs: non-null rows whose value an earlier row already holds
    // Numbers, timestamps, dates and list lengths (not IDs). Whole-number columns with a small range get one
    // bin per value (edges at v - 0.5 and v + 0.5); others get equal-width bins over [min, max].
    std::vector<HistogramBin> histogram;
};

struct StatsOptions
{
    std::size_t topValues = 10; // how many of the most frequent values to keep
    int bins = 30;              // histogram bins for continuous values
};

// Statistics of `column` over `rows` (all rows when null). `column` must be a valid index. Linear
// in the rows (about 150 ms for 10,000,000 numbers; IDs out of order are sorted for their count): run it off the GUI thread for large tables.
ColumnStats columnStats(const Table &table, std::size_t column,
                        const std::vector<std::uint32_t> *rows = nullptr,
                        const StatsOptions &options = {});

// Equal-width bins of `values` (NaN skipped) between their min and max; one bin per whole number
// when `wholeNumbers` and the range has at most `bins` values.
std::vector<HistogramBin> histogram(const std::vector<double> &values, int bins, bool wholeNumbers);

} // namespace pmis::query
