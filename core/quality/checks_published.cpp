// Published figures of the real scheme the scenario claims, measured on the data and set beside the
// published value.
#include "core/quality/published_figures.h"

#include "core/data/key_index.h"
#include "core/quality/checks_internal.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace pmis::quality {
namespace {

constexpr double kZ99 = 2.5758293035489; // two-sided 99% quantile of the normal law

// A column as the figure names it: of `table`, or of the parent row a key of `table` names
// ("students.state"). Each row's value as text; nothing for an empty cell or an unknown parent.
class ColumnRef
{
public:
    ColumnRef(const Dataset &data, const Table &t, const std::string &name)
    {
        const auto dot = name.find('.');
        if (dot == std::string::npos) {
            m_column = t.find(name);
            return;
        }
        const Table *parent = data.find(name.substr(0, dot));
        if (!parent || parent == &t)
            return;
        m_parentRows = parentRows(t, *parent);
        m_viaParent = true;
        if (!m_parentRows.empty() || t.rowCount() == 0)
            m_column = parent->find(name.substr(dot + 1));
    }
    bool valid() const { return m_column != nullptr; }
    std::optional<std::string> at(std::size_t row) const
    {
        const std::int64_t r = m_viaParent ? m_parentRows[row] : std::int64_t(row);
        if (r < 0 || m_column->isNull(std::size_t(r)))
            return std::nullopt;
        return m_column->text(std::size_t(r));
    }

private:
    const Column *m_column = nullptr;
    bool m_viaParent = false;               // the column is the parent row's
    std::vector<std::int64_t> m_parentRows; // child row -> parent row (-1: none)
};

} // namespace

PublishedMeasure measurePublished(const Dataset &data, const PublishedFigure &f)
{
    PublishedMeasure m;
    const std::string byName = f.isShare() ? f.shareBy : f.distinct;
    const auto broken = [&](const std::string &name) {
        m.missing = f.table + "." + name;
        return m;
    };
    const Table *t = data.find(f.table);
    if (!t)
        return broken("*");
    std::vector<std::pair<ColumnRef, const std::string *>> conditions;
    for (const auto &[name, value] : f.where) {
        conditions.emplace_back(ColumnRef(data, *t, name), &value);
        if (!conditions.back().first.valid())
            return broken(name);
    }
    const bool hasBy = !byName.empty();
    const ColumnRef by(data, *t, byName); // invalid, and unused, without a name
    if (hasBy && !by.valid())
        return broken(byName);

    const std::size_t n = t->rowCount();
    std::size_t kept = 0;
    std::unordered_set<std::string> distinct;
    std::unordered_map<std::string, std::size_t> byValue;
    for (std::size_t r = 0; r < n; ++r) {
        const bool meets = std::all_of(conditions.begin(), conditions.end(), [&](const auto &cond) {
            const auto v = cond.first.at(r);
            return v && *v == *cond.second;
        });
        if (!meets)
            continue;
        ++kept;
        if (!hasBy)
            continue;
        if (auto v = by.at(r)) {
            if (f.isShare())
                ++byValue[*v];
            else
                distinct.insert(std::move(*v));
        }
    }

    // The noise of sampling at the 99% level: binomial for a share or a count of rows meeting a
    // condition, Poisson for a count of distinct values; none for the rows the scenario sets.
    double noise = 0;
    if (f.isShare()) {
        std::size_t total = 0, in = 0;
        std::vector<std::size_t> sizes;
        for (const auto &[value, k] : byValue) {
            total += k;
            sizes.push_back(k);
            if (std::find(f.shareOf.begin(), f.shareOf.end(), value) != f.shareOf.end())
                in += k;
        }
        if (f.top > 0) {
            std::sort(sizes.begin(), sizes.end(), std::greater<>());
            in = 0;
            for (std::size_t i = 0; i < sizes.size() && i < std::size_t(f.top); ++i)
                in += sizes[i];
        }
        m.generated = total ? double(in) / double(total) : 0.0;
        noise = total ? kZ99 * std::sqrt(f.value * (1 - f.value) / double(total)) : 0.0;
    } else if (!f.distinct.empty()) {
        m.generated = double(distinct.size());
        noise = kZ99 * std::sqrt(m.generated);
    } else {
        m.generated = double(kept);
        const double p = n ? double(kept) / double(n) : 0.0;
        noise = conditions.empty() ? 0.0 : kZ99 * std::sqrt(double(n) * p * (1 - p));
    }
    const double half = f.tolerance * f.value + noise;
    m.low = std::max(0.0, f.value - half);
    m.high = f.value + half;
    if (!f.isShare()) { // a count is whole
        m.low = std::ceil(m.low - 1e-9);
        m.high = std::floor(m.high + 1e-9);
    }
    return m;
}

namespace detail {
namespace {

std::string slug(const std::string &figure)
{
    std::string out;
    for (const char ch : figure) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c))
            out += char(std::tolower(c));
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out.empty() ? "figure" : out;
}

std::string shown(const PublishedFigure &f, double v)
{
    return f.isShare() ? percent(v) : count(std::size_t(std::llround(std::max(0.0, v))));
}

void measure(Context &ctx, const PublishedFigure &f)
{
    // The column measured: shared out, or counted distinct; none when rows are counted.
    const std::string byName = f.isShare() ? f.shareBy : f.distinct;
    const std::string column = !byName.empty() || f.where.empty() ? byName : f.where.front().first;
    Check &c = ctx.add("published." + slug(f.figure), "published", f.table, column);
    c.metric = f.isShare() ? "share" : f.distinct.empty() ? "rows" : "distinct " + f.distinct;
    c.expected = f.value;
    const PublishedMeasure m = measurePublished(ctx.data, f);
    if (!m.missing.empty()) {
        c.status = CheckStatus::Fail;
        c.setReason(tx("%1 (%2): the data has no column %3 to measure it by; generate with the "
                       "scenario that declares it.",
                       {f.figure, f.source, m.missing}));
        return;
    }
    c.measured = m.generated;
    c.low = m.low;
    c.high = m.high;
    const bool met = m.met();
    c.status = met ? CheckStatus::Pass : CheckStatus::Fail;
    c.setReason(tx(met ? "%1: published %2 (%3), generated %4, within %5 to %6."
                       : "%1: published %2 (%3), generated %4, outside %5 to %6: tune the "
                         "scenario's assumptions or its published figure.",
                   {f.figure, shown(f, f.value), f.source, shown(f, c.measured), shown(f, c.low),
                    shown(f, c.high)}));
}

} // namespace

void publishedChecks(Context &ctx)
{
    if (!ctx.scenario)
        return;
    for (const PublishedFigure &f : ctx.scenario->published)
        measure(ctx, f);
}

} // namespace detail
} // namespace pmis::quality
