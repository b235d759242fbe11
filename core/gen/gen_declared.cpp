// Declared columns: each value drawn from its law (or from the law of its row's condition value) on
// the stream (table, column), so the built-in columns' draws, and hence their bytes, never change.
#include "core/data/declared_columns.h"
#include "core/gen/gen_internal.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace pmis::gen {
namespace {

// Rounds to a multiple of `step` inside [lo, hi]; the range holds one (the loader checks it).
double roundInside(double v, double step, double lo, double hi)
{
    const double first = std::ceil(lo / step - 1e-9) * step;
    const double last = std::floor(hi / step + 1e-9) * step;
    return std::clamp(std::round(v / step) * step, first, last);
}

// Poisson(mean) by inversion of one uniform draw; the loader keeps mean <= 500, where e^-mean is a
// normal double.
std::int64_t poissonDraw(const RandomStream &stream, std::uint64_t row, double mean)
{
    const double u = stream.uniform(row);
    double p = std::exp(-mean), cumulative = p;
    std::int64_t k = 0;
    const auto limit = std::int64_t(mean + 60 * std::sqrt(mean) + 60);
    while (cumulative <= u && k < limit) {
        ++k;
        p *= mean / double(k);
        cumulative += p;
    }
    return k;
}

void drawNumber(const Distribution &d, const RandomStream &stream, std::size_t r, Column &col)
{
    switch (d.kind) {
    case LawKind::Normal:
        col.reals[r] = roundInside(truncatedNormal(stream, r, 0, d.mean, d.sd, d.min, d.max),
                                   d.roundTo, d.min, d.max);
        break;
    case LawKind::LogNormal:
        col.reals[r] = roundInside(std::exp(truncatedNormal(stream, r, 0, d.mean, d.sd,
                                                            std::log(d.min), std::log(d.max))),
                                   d.roundTo, d.min, d.max);
        break;
    case LawKind::Uniform:
        col.reals[r]
                = roundInside(d.min + (d.max - d.min) * stream.uniform(r), d.roundTo, d.min, d.max);
        break;
    case LawKind::Integers:
        col.ints[r] = stream.integer(r, 0, std::int64_t(d.min), std::int64_t(d.max));
        break;
    case LawKind::Poisson:
        col.ints[r] = poissonDraw(stream, r, d.mean);
        break;
    case LawKind::Categorical:
    case LawKind::Zipf:
        break;
    }
}

void fillCategorical(const Context &ctx, const ColumnDecl &decl,
                     const std::vector<std::int32_t> &lawOf, Column &col)
{
    col.dict = decl.labels();
    col.codes.assign(lawOf.size(), 0);
    for (std::size_t i = 0; i < (decl.given.empty() ? 1 : decl.laws.size()); ++i) {
        const Distribution &law = decl.given.empty() ? decl.law : decl.laws[i].second;
        std::vector<std::size_t> rows;
        for (std::size_t r = 0; r < lawOf.size(); ++r)
            if (lawOf[r] == std::int32_t(i))
                rows.push_back(r);
        // A stream per condition value, so that groups do not repeat each other's draws.
        const RandomStream stream
                = decl.given.empty()
                          ? ctx.stream(decl.table, decl.name)
                          : ctx.stream(decl.table, decl.name + "[" + decl.laws[i].first + "]");
        const auto codes = sampleCodes(law.probabilities(), law.shares.mode == ShareMode::Exact,
                                       rows.size(), stream, ctx.threads);
        std::vector<std::int32_t> toDict;
        for (const std::string &label : law.labels())
            toDict.push_back(std::int32_t(std::find(col.dict.begin(), col.dict.end(), label)
                                          - col.dict.begin()));
        for (std::size_t j = 0; j < rows.size(); ++j)
            col.codes[rows[j]] = toDict[std::size_t(codes[j])];
    }
}

} // namespace

void generateDeclaredColumns(Context &ctx, Dataset &data, const std::string &table)
{
    Table &t = *data.find(table);
    const std::size_t n = t.rowCount();
    for (const ColumnDecl &decl : ctx.scenario.columns) {
        if (decl.table != table)
            continue;
        Column &col = t.at(decl.name);
        const auto lawOf = declaredLawOfRows(decl, data, t);
        if (decl.first().isCategorical()) {
            fillCategorical(ctx, decl, lawOf, col);
        } else {
            col.resize(n);
            const RandomStream stream = ctx.stream(decl.table, decl.name);
            ctx.rows(n, [&](std::size_t begin, std::size_t end) {
                for (std::size_t r = begin; r < end; ++r)
                    if (lawOf[r] >= 0)
                        drawNumber(decl.given.empty() ? decl.law
                                                      : decl.laws[std::size_t(lawOf[r])].second,
                                   stream, r, col);
            });
        }
        if (std::find(lawOf.begin(), lawOf.end(), -1) != lawOf.end()) {
            col.nulls.assign(n, 0);
            for (std::size_t r = 0; r < n; ++r)
                col.nulls[r] = lawOf[r] < 0;
            col.spec.nullable = true;
        }
        ctx.checkpoint();
    }
}

} // namespace pmis::gen
