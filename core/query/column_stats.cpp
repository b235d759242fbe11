#include "core/query/column_stats.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace pmis::query {

namespace {

void sortCounts(std::vector<ValueCount> &counts, std::size_t keep)
{
    std::sort(counts.begin(), counts.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (counts.size() > keep)
        counts.resize(keep);
}

std::vector<ValueCount> countsFromCodes(const Column &col, const std::vector<std::size_t> &perCode,
                                        std::size_t &distinct)
{
    // Equal labels under different codes count as one value.
    std::unordered_map<std::string, std::size_t> byLabel;
    for (std::size_t code = 0; code < perCode.size(); ++code)
        if (perCode[code])
            byLabel[col.dict[code]] += perCode[code];
    std::vector<ValueCount> out;
    out.reserve(byLabel.size());
    for (auto &[label, count] : byLabel)
        out.push_back({label, count});
    distinct = out.size();
    return out;
}

std::string idText(const ColumnSpec &spec, std::int64_t value)
{
    std::string digits = std::to_string(value);
    const int width = std::clamp(spec.idWidth, 0, int(ColumnSpec::kMaxIdWidth));
    if (value >= 0 && int(digits.size()) < width)
        digits.insert(0, std::size_t(width) - digits.size(), '0');
    return spec.idPrefix + digits;
}

// Distinct IDs, the rows that repeat one, and the repeated IDs with their row counts.
void countIds(const ColumnSpec &spec, const std::vector<double> &numbers, ColumnStats &s)
{
    std::vector<std::int64_t> ids(numbers.size());
    for (std::size_t i = 0; i < numbers.size(); ++i)
        ids[i] = std::int64_t(numbers[i]);
    if (!std::is_sorted(ids.begin(), ids.end()))
        std::sort(ids.begin(), ids.end());
    for (std::size_t i = 0; i < ids.size();) {
        std::size_t j = i + 1;
        while (j < ids.size() && ids[j] == ids[i])
            ++j;
        ++s.distinct;
        if (j - i > 1) {
            s.repeated += j - i - 1;
            s.topValues.push_back({idText(spec, ids[i]), j - i});
        }
        i = j;
    }
}

} // namespace

std::vector<HistogramBin> histogram(const std::vector<double> &values, int bins, bool wholeNumbers)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    std::vector<HistogramBin> out;
    if (lo > hi || bins < 1)
        return out;
    if (wholeNumbers && hi - lo + 1 <= bins) {
        const auto n = std::size_t(hi - lo) + 1;
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = {lo + double(i) - 0.5, lo + double(i) + 0.5, 0};
        for (double v : values)
            if (!std::isnan(v))
                ++out[std::size_t(v - lo)].count;
        return out;
    }
    if (lo == hi) {
        out.push_back({lo, hi, 0});
        for (double v : values)
            out[0].count += !std::isnan(v);
        return out;
    }
    double width = (hi - lo) / bins;
    if (wholeNumbers)
        width = std::ceil(width);
    const auto n = std::size_t(std::ceil((hi - lo) / width - 1e-9));
    out.resize(std::max<std::size_t>(1, n));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = {lo + width * double(i), lo + width * double(i + 1), 0};
    out.back().upper = std::max(out.back().upper, hi);
    for (double v : values) {
        if (std::isnan(v))
            continue;
        auto b = std::size_t((v - lo) / width);
        ++out[std::min(b, out.size() - 1)].count;
    }
    return out;
}

ColumnStats columnStats(const Table &table, std::size_t column,
                        const std::vector<std::uint32_t> *rows, const StatsOptions &options)
{
    const Column &col = table.columns[column];
    ColumnStats s;
    s.column = col.spec.name;
    s.type = col.spec.type;
    s.count = rows ? rows->size() : table.rowCount();
    auto rowAt = [&](std::size_t i) { return rows ? std::size_t((*rows)[i]) : i; };

    std::vector<double> numbers; // non-null numeric views, for moments and the histogram
    const bool numeric = col.spec.type != ColumnType::Category && col.spec.type != ColumnType::Text;
    if (numeric)
        numbers.reserve(s.count);
    std::vector<std::size_t> perCode(col.spec.type == ColumnType::Category
                                                     || col.spec.type == ColumnType::StringList
                                             ? col.dict.size()
                                             : 0);
    std::unordered_map<std::string_view, std::size_t> perText;

    for (std::size_t i = 0; i < s.count; ++i) {
        const std::size_t row = rowAt(i);
        if (col.isNull(row)) {
            ++s.nulls;
            continue;
        }
        switch (col.spec.type) {
        case ColumnType::Category:
            ++perCode[std::size_t(col.codes[row])];
            break;
        case ColumnType::Text:
            ++perText[col.texts[row]];
            break;
        case ColumnType::StringList:
            for (std::size_t k = 0; k < col.listSize(row); ++k)
                ++perCode[std::size_t(col.listCode(row, k))];
            s.listElements += col.listSize(row);
            numbers.push_back(double(col.listSize(row)));
            break;
        default:
            if (!std::isnan(col.number(row)))
                numbers.push_back(col.number(row));
            break;
        }
    }

    if (!numbers.empty()) {
        s.hasNumbers = true;
        double sum = 0;
        s.min = numbers.front();
        s.max = numbers.front();
        for (double v : numbers) {
            sum += v;
            s.min = std::min(s.min, v);
            s.max = std::max(s.max, v);
        }
        s.mean = sum / double(numbers.size());
        double squares = 0;
        for (double v : numbers)
            squares += (v - s.mean) * (v - s.mean);
        s.sd = numbers.size() > 1 ? std::sqrt(squares / double(numbers.size() - 1)) : 0.0;
        const bool whole = col.spec.type != ColumnType::Double;
        // Timestamps are whole seconds but far too many distinct values for a bin each.
        if (col.spec.type != ColumnType::Id)
            s.histogram = histogram(numbers, options.bins, whole);
    }

    switch (col.spec.type) {
    case ColumnType::Category:
    case ColumnType::StringList:
        s.topValues = countsFromCodes(col, perCode, s.distinct);
        break;
    case ColumnType::Text:
        for (const auto &[text, count] : perText)
            s.topValues.push_back({std::string(text), count});
        s.distinct = s.topValues.size();
        break;
    case ColumnType::Bool: {
        std::size_t yes = 0;
        for (double v : numbers)
            yes += v != 0;
        const std::size_t no = numbers.size() - yes;
        if (yes)
            s.topValues.push_back({"True", yes});
        if (no)
            s.topValues.push_back({"False", no});
        s.distinct = s.topValues.size();
        break;
    }
    case ColumnType::Id:
        countIds(col.spec, numbers, s);
        break;
    default:
        break;
    }
    sortCounts(s.topValues, options.topValues);
    return s;
}

} // namespace pmis::query
