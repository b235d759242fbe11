#include "core/stats/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pmis {
namespace {

template<typename Fn>
void forRows(const Column &column, const std::vector<std::uint32_t> *rows, Fn fn)
{
    if (rows) {
        for (std::uint32_t r : *rows)
            fn(std::size_t(r));
    } else {
        const std::size_t n = column.size();
        for (std::size_t r = 0; r < n; ++r)
            fn(r);
    }
}

void addValue(Histogram &h, double v)
{
    if (std::isnan(v))
        return;
    const double bins = double(h.counts.size());
    const double pos = (v - h.lo) / h.width;
    if (!(pos >= 0 && pos <= bins)) // also NaN, from infinite widths of extreme ranges
        return;
    auto bin = std::size_t(pos);
    if (bin >= h.counts.size())
        bin = h.counts.size() - 1;
    h.counts[bin] += 1;
    ++h.total;
}

} // namespace

Histogram histogram(const Column &column, double lo, double hi, int bins,
                    const std::vector<std::uint32_t> *rows)
{
    Histogram h;
    bins = std::max(bins, 1);
    if (!(hi > lo))
        hi = lo + 1;
    h.lo = lo;
    h.width = (hi - lo) / bins;
    h.counts.assign(std::size_t(bins), 0.0);
    forRows(column, rows, [&](std::size_t r) { addValue(h, column.number(r)); });
    return h;
}

Histogram histogramAuto(const Column &column, int maxBins, const std::vector<std::uint32_t> *rows)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    forRows(column, rows, [&](std::size_t r) {
        const double v = column.number(r);
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    });
    if (lo > hi)
        return histogram(column, 0, 1, 1, rows);
    const bool integral = column.spec.type != ColumnType::Double;
    if (integral && hi - lo + 1 <= maxBins)
        return histogram(column, lo - 0.5, hi + 0.5, int(hi - lo + 1), rows);
    if (hi == lo)
        hi = lo + 1;
    return histogram(column, lo, hi, maxBins, rows);
}

Histogram histogramOf(const std::vector<double> &values, double lo, double hi, int bins)
{
    Histogram h;
    bins = std::max(bins, 1);
    if (!(hi > lo))
        hi = lo + 1;
    h.lo = lo;
    h.width = (hi - lo) / bins;
    h.counts.assign(std::size_t(bins), 0.0);
    for (double v : values)
        addValue(h, v);
    return h;
}

std::vector<LabelCount> labelCounts(const Column &column, const std::vector<std::uint32_t> *rows)
{
    std::vector<LabelCount> out;
    switch (column.spec.type) {
    case ColumnType::Category:
    case ColumnType::StringList: {
        std::vector<std::size_t> counts(column.dict.size(), 0);
        const bool list = column.spec.type == ColumnType::StringList;
        forRows(column, rows, [&](std::size_t r) {
            if (column.isNull(r))
                return;
            if (list) {
                for (std::size_t i = 0, n = column.listSize(r); i < n; ++i)
                    ++counts[std::size_t(column.listCode(r, i))];
            } else {
                ++counts[std::size_t(column.codes[r])];
            }
        });
        for (std::size_t i = 0; i < counts.size(); ++i)
            out.push_back({column.dict[i], counts[i]});
        break;
    }
    case ColumnType::Bool: {
        std::size_t yes = 0, no = 0;
        forRows(column, rows, [&](std::size_t r) {
            if (!column.isNull(r))
                (column.ints[r] ? yes : no) += 1;
        });
        out.push_back({"False", no});
        out.push_back({"True", yes});
        break;
    }
    default:
        break;
    }
    return out;
}

std::size_t countOf(const std::vector<LabelCount> &counts, const std::string &label)
{
    for (const LabelCount &c : counts)
        if (c.label == label)
            return c.count;
    return 0;
}

} // namespace pmis
