// Declared columns against the laws the scenario gives them.
#include "core/quality/checks_internal.h"

#include "core/data/declared_columns.h"
#include "core/data/selection.h"
#include "core/quality/noise_band.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace pmis::quality::detail {
namespace {

std::function<double(double)> cdfOf(const Distribution &d)
{
    switch (d.kind) {
    case LawKind::Normal:
        return [d](double x) { return truncatedNormalCdf(x, d.mean, d.sd, d.min, d.max); };
    case LawKind::LogNormal:
        return [d](double x) {
            return x <= 0 ? 0.0
                          : truncatedNormalCdf(std::log(x), d.mean, d.sd, std::log(d.min),
                                               std::log(d.max));
        };
    case LawKind::Uniform:
        return [d](double x) { return std::clamp((x - d.min) / (d.max - d.min), 0.0, 1.0); };
    case LawKind::Integers:
        return [d](double x) {
            return std::clamp((std::floor(x) - d.min + 1) / (d.max - d.min + 1), 0.0, 1.0);
        };
    case LawKind::Poisson:
        return [d](double x) {
            if (x < 0)
                return 0.0;
            double p = std::exp(-d.mean), cumulative = p;
            const double last = std::min(std::floor(x), d.mean + 60 * std::sqrt(d.mean) + 60);
            for (double k = 1; k <= last; ++k) {
                p *= d.mean / k;
                cumulative += p;
            }
            return std::min(cumulative, 1.0);
        };
    case LawKind::Categorical:
    case LawKind::Zipf:
        break;
    }
    return [](double) { return 0.0; };
}

void categoricalChecks(Context &ctx, const ColumnDecl &decl, const Table &t, const Column &col,
                       const std::vector<std::int32_t> &group)
{
    for (std::size_t g = 0; g < decl.laws.size(); ++g) {
        const auto &[value, law] = decl.laws[g];
        std::vector<std::uint32_t> rows;
        for (std::size_t r = 0; r < group.size(); ++r)
            if (group[r] == std::int32_t(g))
                rows.push_back(std::uint32_t(r));
        Check &c = ctx.add("distribution." + decl.table + "." + decl.name + "[" + value + "]",
                           "distribution", decl.table, decl.name);
        c.metric = "1 - TV";
        if (rows.empty()) {
            c.status = CheckStatus::Pass;
            c.setReason(tx("No rows with %1 = '%2' to compare with its law.", {decl.given, value}));
            continue;
        }
        Table part;
        part.name = t.name;
        part.columns.push_back(gatherRows(col, rows));
        const ShareComparison cmp = compareShares(part, decl.name, law.labels(),
                                                  law.probabilities(), law.shares.mode);
        judgeShares(c, cmp, shareBand(cmp.target, cmp.rows, cmp.mode),
                    tx("rows with %1 = '%2'", {decl.given, value}));
    }
}

void numericChecks(Context &ctx, const ColumnDecl &decl, const Column &col,
                   const std::vector<std::int32_t> &group)
{
    const std::size_t laws = decl.given.empty() ? 1 : decl.laws.size();
    std::vector<std::vector<double>> values(laws);
    for (std::size_t r = 0; r < group.size(); ++r)
        if (group[r] >= 0 && !col.isNull(r))
            values[std::size_t(group[r])].push_back(col.number(r));
    for (std::size_t g = 0; g < laws; ++g) {
        const Distribution &law = decl.given.empty() ? decl.law : decl.laws[g].second;
        const std::string part = decl.given.empty() ? std::string() : decl.laws[g].first;
        double hi = law.max;
        if (law.kind == LawKind::Poisson)
            hi = law.mean + 4 * std::sqrt(law.mean) + 1;
        const double lo = law.kind == LawKind::Poisson ? 0.0 : law.min;
        lawCheck(ctx, decl.table, decl.name, part, std::move(values[g]), cdfOf(law), valueStep(col),
                 lo, hi);
    }
}

// A conditional column is empty exactly on the rows whose condition value has no law: the values
// the scenario leaves empty, and rows whose condition is itself empty.
void emptinessCheck(Context &ctx, const ColumnDecl &decl, const Table &t, const Column &col,
                    const std::vector<std::int32_t> &group)
{
    std::size_t broken = 0;
    std::string example;
    for (std::size_t r = 0; r < group.size(); ++r)
        if ((group[r] < 0) != col.isNull(r) && broken++ == 0)
            example = t.columns.front().text(r);
    std::string values;
    for (const std::string &v : decl.emptyFor)
        values += "'" + v + "', ";
    Check &c = ctx.add("consistency." + decl.table + "." + decl.name + ".empty", "consistency",
                       decl.table, decl.name);
    c.metric = "rows breaking";
    c.measured = double(broken);
    c.expected = c.low = c.high = 0;
    c.status = broken ? CheckStatus::Fail : CheckStatus::Pass;
    const Text rule = values.empty()
                              ? tx("%1 is empty exactly where %2 is empty", {decl.name, decl.given})
                              : tx("%1 is empty exactly where %2 is %3or empty",
                                   {decl.name, decl.given, values});
    c.setReason(broken ? tx("%1 of %2 rows break the rule: %3 (first: %4).",
                            {count(broken), count(group.size()), rule, example})
                       : tx("All %1 rows follow the rule: %2.", {count(group.size()), rule}));
}

} // namespace

void declaredChecks(Context &ctx)
{
    if (!ctx.scenario)
        return;
    for (const ColumnDecl &decl : ctx.scenario->columns) {
        const Table *t = ctx.data.find(decl.table);
        const Column *col = t ? t->find(decl.name) : nullptr;
        const bool categorical = decl.first().isCategorical();
        if (categorical && decl.given.empty())
            continue; // among the tuned shares
        if (!col || (categorical ? col->spec.type != ColumnType::Category : !col->isNumeric())) {
            Check &c = ctx.add("distribution." + decl.table + "." + decl.name, "distribution",
                               decl.table, decl.name);
            c.status = CheckStatus::Warn;
            c.setReason(col ? tx("The column holds another type than its law gives, so it cannot "
                                 "be compared with the law.")
                            : tx("The column is missing, so it cannot be compared with its law."));
            continue;
        }
        const auto group = declaredLawOfRows(decl, ctx.data, *t);
        if (!decl.given.empty())
            emptinessCheck(ctx, decl, *t, *col, group);
        if (categorical)
            categoricalChecks(ctx, decl, *t, *col, group);
        else
            numericChecks(ctx, decl, *col, group);
    }
}

} // namespace pmis::quality::detail
