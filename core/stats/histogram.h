#pragma once
// Binning and counting over columns, for charts. Rows are given as an optional index vector
// (null = every row); nulls and NaNs are skipped. Thread-safe for concurrent readers.

#include "core/data/table.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pmis {

struct Histogram
{
    double lo = 0;              // left edge of the first bin
    double width = 1;           // bin width
    std::vector<double> counts; // rows per bin
    std::size_t total = 0;      // rows counted (inside [lo, lo + width * bins])

    double center(std::size_t bin) const { return lo + width * (double(bin) + 0.5); }
};

// Equal-width bins over [lo, hi]; values outside are not counted. `bins` >= 1, hi > lo.
Histogram histogram(const Column &column, double lo, double hi, int bins,
                    const std::vector<std::uint32_t> *rows = nullptr);
// Bins over the observed range; integer columns with few distinct values get one bin per value.
Histogram histogramAuto(const Column &column, int maxBins,
                        const std::vector<std::uint32_t> *rows = nullptr);
// The same over plain values.
Histogram histogramOf(const std::vector<double> &values, double lo, double hi, int bins);

struct LabelCount
{
    std::string label;
    std::size_t count = 0;
};

// Category, Bool and StringList columns: rows per dictionary value (list columns count every
// element), in dictionary order; Bool gives "False", "True".
std::vector<LabelCount> labelCounts(const Column &column,
                                    const std::vector<std::uint32_t> *rows = nullptr);

// Looks up `label` in counts; 0 when absent.
std::size_t countOf(const std::vector<LabelCount> &counts, const std::string &label);

} // namespace pmis
