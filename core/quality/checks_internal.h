#pragma once
// The groups of checks computeQuality runs. Internal to core/quality.

#include "core/quality/quality_report.h"
#include "core/stats/realized.h"

#include <functional>
#include <string>
#include <vector>

namespace pmis::quality::detail {

struct Context
{
    const Dataset &data;
    const Scenario *scenario; // null: no targets
    QualityOptions options;
    int threads = 1;
    std::vector<Check> checks;

    Check &add(std::string id, std::string category, std::string table = {},
               std::string column = {});
};

// Row counts, completeness, uniqueness, keys, ID prefixes, ranges and value sets.
void rowCountChecks(Context &ctx);
void completenessChecks(Context &ctx);
void uniquenessChecks(Context &ctx);
void keyChecks(Context &ctx);
void rangeChecks(Context &ctx);
// Target vs realized: shares (1 - TV), laws (1 - KS), and piles at a range bound.
void shareChecks(Context &ctx);
void lawChecks(Context &ctx);
void pileUpChecks(Context &ctx);
// Children per parent, unmatched skills, the success rate, contact data and deadlines.
void shapeChecks(Context &ctx);
void skillChecks(Context &ctx);
void outcomeChecks(Context &ctx);
void privacyChecks(Context &ctx);
void deadlineChecks(Context &ctx);
// Times in their declared order, the funnel in each session, closing steps against outcomes, seats,
// one outcome per apply, nothing after the reference date.
void consistencyChecks(Context &ctx);
// Success by tier, gender and rural/urban next to the scenario's bias term of each group.
void groupChecks(Context &ctx);

// Declared columns against their laws: categorical shares per condition value (unconditional ones
// are among the tuned shares), numeric columns by KS against each law.
void declaredChecks(Context &ctx);

// The published figures the scenario claims, measured on the data: "published.<figure>".
void publishedChecks(Context &ctx);

// One share check: 1 - TV of `cmp` against `band`, counted in `unit` ("rows"), with its chart.
void judgeShares(Check &c, const ShareComparison &cmp, double band, const Text &unit);
// One law check "distribution.<table>.<column>[<part>]": 1 - KS of `values` against `cdf` on a grid
// of step `h`, charted over [lo, hi].
void lawCheck(Context &ctx, const std::string &table, const std::string &column,
              const std::string &part, std::vector<double> values,
              const std::function<double(double)> &cdf, double h, double lo, double hi);
// The grid a column's values lie on: 10^-decimals for reals, 1 for whole numbers.
double valueStep(const Column &c);

// A translatable reason: tx("%1 of %2 rows", {count(a), count(b)}).
inline Text tx(std::string pattern, std::vector<Text> args = {})
{
    return Text::of(std::move(pattern), std::move(args));
}

// Formatting for reasons: "0.21%", "12,623", "7.85".
std::string percent(double share);
std::string count(std::size_t n);
std::string number(double value, int decimals = 4);
// A few distinct examples, quoted and comma-joined: "'r', 'linux', 'jenkins' and 4 more".
Text examples(const std::vector<std::string> &values, std::size_t shown = 5);
// The same for values worded with a pattern ("42 at row 7").
Text examples(const std::vector<Text> &values, std::size_t shown = 5);

} // namespace pmis::quality::detail
