// Target vs realized: shares (1 - total variation), laws (1 - Kolmogorov-Smirnov) and piles of
// values at a range bound, each with the band sampling noise allows.
#include "core/quality/checks_internal.h"

#include "core/stats/realized.h"
#include "core/data/selection.h"
#include "core/data/key_index.h"
#include "core/quality/noise_band.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace pmis::quality::detail {
namespace {

// Beyond twice the 99% band a sampled result is practically impossible by chance.
constexpr double kFailFactor = 2.0;

// Rows grouped by session_id: the first row of each session and each row's session index.
struct Sessions
{
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> of;
};

Sessions sessionsOf(const Column &session)
{
    // A session is known by the first row holding its ID; rows without one are sessions alone.
    Sessions s;
    const KeyIndex firstRow(session);
    std::vector<std::uint32_t> ordinal(session.size(), 0);
    s.of.resize(session.size());
    for (std::size_t r = 0; r < session.size(); ++r) {
        const auto first = session.isNull(r) ? std::int64_t(r) : firstRow.rowOf(session.ints[r]);
        if (first == std::int64_t(r)) {
            ordinal[r] = std::uint32_t(s.first.size());
            s.first.push_back(std::uint32_t(r));
        }
        s.of[r] = ordinal[std::size_t(first)];
    }
    return s;
}

bool constantWithinSessions(const Column &c, const Sessions &s)
{
    for (std::size_t r = 0; r < c.size(); ++r) {
        const std::size_t f = s.first[s.of[r]];
        if (c.isNull(r) != c.isNull(f) || (!c.isNull(r) && c.number(r) != c.number(f)))
            return false;
    }
    return true;
}

// The covariance of realized shares whose rows come in sessions (linearised ratio estimator).
std::vector<double> clusteredCovariance(const Column &c, const Sessions &s,
                                        const ShareComparison &cmp)
{
    const std::size_t k = cmp.labels.size();
    std::unordered_map<std::string, std::size_t> labelIndex;
    for (std::size_t i = 0; i < k; ++i)
        labelIndex.emplace(cmp.labels[i], i);
    std::vector<int> codeLabel(c.dict.size(), -1);
    for (std::size_t d = 0; d < c.dict.size(); ++d)
        if (auto it = labelIndex.find(c.dict[d]); it != labelIndex.end())
            codeLabel[d] = int(it->second);
    std::vector<double> y(s.first.size() * k, 0.0), m(s.first.size(), 0.0);
    double total = 0;
    for (std::size_t r = 0; r < c.size(); ++r) {
        if (c.isNull(r))
            continue;
        m[s.of[r]] += 1;
        total += 1;
        if (const int l = codeLabel[std::size_t(c.codes[r])]; l >= 0)
            y[s.of[r] * k + std::size_t(l)] += 1;
    }
    std::vector<double> cov(k * k, 0.0), d(k);
    for (std::size_t g = 0; g < s.first.size(); ++g) {
        for (std::size_t i = 0; i < k; ++i)
            d[i] = y[g * k + i] - cmp.target[i] * m[g];
        for (std::size_t i = 0; i < k; ++i)
            for (std::size_t j = 0; j < k; ++j)
                cov[i * k + j] += d[i] * d[j];
    }
    for (double &v : cov)
        v /= std::max(1.0, total * total);
    return cov;
}

Text largestGap(const ShareComparison &cmp)
{
    std::size_t worst = 0;
    for (std::size_t i = 1; i < cmp.labels.size(); ++i)
        if (std::abs(cmp.realized[i] - cmp.target[i])
            > std::abs(cmp.realized[worst] - cmp.target[worst]))
            worst = i;
    if (cmp.labels.empty())
        return {};
    return tx("largest gap: '%1' %2 realized vs %3 target",
              {cmp.labels[worst], percent(cmp.realized[worst]), percent(cmp.target[worst])});
}

void judge(Check &c, double distance, double band, bool exact, const Text &what, const Text &gap)
{
    c.expected = 1.0;
    c.measured = 1.0 - distance;
    c.low = 1.0 - band;
    c.high = 1.0;
    const Text head = tx("%1 = %2 %3", {c.metric, number(c.measured), what});
    const Text inside = tx("the 99% sampling band (>= %1)", {number(c.low)});
    if (exact) {
        c.status = distance <= band + 1e-12 ? CheckStatus::Pass : CheckStatus::Fail;
        c.setReason(c.status == CheckStatus::Pass
                            ? tx("%1: exact shares, off by rounding at most (>= %2).",
                                 {head, number(c.low)})
                            : tx("%1: exact shares should match up to rounding (>= %2); %3. The "
                                 "generator did not honour the exact mode.",
                                 {head, number(c.low), gap}));
        return;
    }
    if (distance <= band) {
        c.setReason(tx("%1, inside %2.", {head, inside}));
    } else if (distance <= kFailFactor * band) {
        c.status = CheckStatus::Warn;
        c.setReason(tx("%1, just outside %2; %3. Sampling does this about once in 100 checks: try "
                       "another seed, or exact shares.",
                       {head, inside, gap}));
    } else {
        c.status = CheckStatus::Fail;
        c.setReason(tx("%1, far outside %2; %3. The values do not follow the target.",
                       {head, inside, gap}));
    }
}

// Kolmogorov-Smirnov distance between sorted values rounded to a grid of step h and a target CDF.
double ksDistance(const std::vector<double> &sorted, const std::function<double(double)> &cdf,
                  double h)
{
    const double n = double(sorted.size());
    double d = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const double v = sorted[i];
        d = std::max(d, std::abs(double(i) / n - cdf(v - h / 2)));
        d = std::max(d, std::abs(double(j) / n - cdf(v + h / 2)));
        i = j;
    }
    return d;
}

} // namespace

void lawCheck(Context &ctx, const std::string &table, const std::string &column,
              const std::string &part, std::vector<double> values,
              const std::function<double(double)> &cdf, double h, double lo, double hi)
{
    Check &c = ctx.add("distribution." + table + "." + column
                               + (part.empty() ? "" : "[" + part + "]"),
                       "distribution", table, column);
    c.metric = "1 - KS";
    if (values.empty()) {
        c.status = CheckStatus::Warn;
        c.setReason(part.empty() ? tx("No values to compare with the target.")
                                 : tx("No values for %1 to compare with the target.", {part}));
        return;
    }
    std::sort(values.begin(), values.end());
    const double d = ksDistance(values, cdf, h);
    const double band = ksBand(values.size());
    judge(c, d, band, false,
          part.empty() ? tx("over %1 values", {count(values.size())})
                       : tx("over %1 values of %2", {count(values.size()), part}),
          tx("the target law does not describe them"));
    c.chart.kind = CheckChart::Kind::Cdf;
    constexpr int kPoints = 101;
    for (int i = 0; i < kPoints; ++i) {
        const double x = lo + (hi - lo) * double(i) / (kPoints - 1);
        const double target = cdf(x + h / 2);
        const auto at = std::upper_bound(values.begin(), values.end(), x + 1e-9) - values.begin();
        c.chart.x.push_back(x);
        c.chart.target.push_back(target);
        c.chart.realized.push_back(double(at) / double(values.size()));
        c.chart.bandLow.push_back(std::max(0.0, target - band));
        c.chart.bandHigh.push_back(std::min(1.0, target + band));
    }
}

double valueStep(const Column &c)
{
    if (c.spec.type != ColumnType::Double)
        return 1.0;
    return c.spec.decimals == ColumnSpec::kRoundTrip ? 0.0 : std::pow(10.0, -c.spec.decimals);
}

void judgeShares(Check &c, const ShareComparison &cmp, double band, const Text &unit)
{
    const bool exact = cmp.mode == ShareMode::Exact;
    double other = 1.0, gaps = 0;
    for (std::size_t i = 0; i < cmp.labels.size(); ++i) {
        other -= cmp.realized[i];
        gaps += std::abs(cmp.realized[i] - cmp.target[i]);
    }
    const double tv = 0.5 * (gaps + std::max(0.0, other));
    Text gap = largestGap(cmp);
    if (other > 1e-9)
        gap = tx("%1; %2 hold values outside the target's labels", {gap, percent(other)});
    judge(c, tv, band, exact,
          exact ? tx("over %1 %2 (exact mode)", {count(cmp.rows), unit})
                : tx("over %1 %2", {count(cmp.rows), unit}),
          gap);
    c.chart.kind = CheckChart::Kind::Shares;
    c.chart.labels = cmp.labels;
    c.chart.target = cmp.target;
    c.chart.realized = cmp.realized;
    for (double p : cmp.target) {
        const double half = exact ? 1.0 / double(std::max<std::size_t>(cmp.rows, 1))
                                  : shareHalfWidth(p, cmp.rows);
        c.chart.bandLow.push_back(std::max(0.0, p - half));
        c.chart.bandHigh.push_back(std::min(1.0, p + half));
    }
}

void shareChecks(Context &ctx)
{
    if (!ctx.scenario)
        return;
    const Column *session = ctx.data.interactions.find("session_id");
    const bool haveSessions = session && session->spec.type == ColumnType::Id;
    Sessions sessions;
    if (haveSessions)
        sessions = sessionsOf(*session);
    for (ShareComparison cmp : tunedShares(ctx.data, *ctx.scenario)) {
        if (cmp.table == "outcomes" && cmp.column == "success")
            continue; // the success rate has a check of its own
        Check &c = ctx.add("distribution." + cmp.table + "." + cmp.column, "distribution",
                           cmp.table, cmp.column);
        c.metric = "1 - TV";
        const Table &table = *ctx.data.find(cmp.table);
        const Column *col = table.find(cmp.column);
        if (!col) {
            c.status = CheckStatus::Warn;
            c.setReason(
                    tx("The column is missing, so its shares cannot be compared with the target."));
            continue;
        }
        const bool exact = cmp.mode == ShareMode::Exact;
        Text unit = tx("rows");
        double band = 0;
        if (cmp.table == "interactions" && haveSessions && constantWithinSessions(*col, sessions)) {
            // Drawn once per session: the session is the unit that was sampled (and counted exactly).
            Table firsts;
            firsts.name = table.name;
            firsts.columns.push_back(gatherRows(*col, sessions.first));
            cmp = compareShares(firsts, cmp.column, cmp.labels, cmp.target, cmp.mode);
            unit = tx("sessions");
            band = shareBand(cmp.target, cmp.rows, cmp.mode);
        } else if (cmp.table == "interactions" && haveSessions && !exact
                   && col->spec.type == ColumnType::Category) {
            // Rows of a session are drawn together (a funnel): the band comes from their covariance.
            unit = tx("rows in %1 sessions", {count(sessions.first.size())});
            band = clusteredShareBand(clusteredCovariance(*col, sessions, cmp), cmp.labels.size());
        } else {
            band = shareBand(cmp.target, cmp.rows, cmp.mode);
        }
        judgeShares(c, cmp, band, unit);
    }
}

void lawChecks(Context &ctx)
{
    if (!ctx.scenario)
        return;
    const Scenario &sc = *ctx.scenario;
    // CGPA per tier against its truncated normal.
    const Table &st = ctx.data.students;
    const Column *cgpa = st.find("cgpa");
    const Column *tier = st.find("college_tier");
    if (cgpa && tier && cgpa->spec.type == ColumnType::Double
        && tier->spec.type == ColumnType::Category) {
        for (const auto &[label, law] : sc.student.cgpa) {
            const std::int32_t code = tier->codeOf(label);
            std::vector<double> values;
            for (std::size_t r = 0; r < st.rowCount(); ++r)
                if (!tier->isNull(r) && tier->codes[r] == code && !cgpa->isNull(r))
                    values.push_back(cgpa->reals[r]);
            const NormalSpec n = law;
            lawCheck(
                    ctx, "students", "cgpa", label, std::move(values),
                    [n](double x) { return truncatedNormalCdf(x, n.mean, n.sd, n.min, n.max); },
                    valueStep(*cgpa), n.min, n.max);
        }
    }
    // Stipends against the mixture of the offering companies' group laws.
    const Table &in = ctx.data.internships;
    const Column *stipend = in.find("stipend");
    const Column *company = in.find("company_id");
    const Column *group = ctx.data.companies.find("category");
    const Column *companyId = primaryKeyColumn(ctx.data.companies);
    if (!stipend || !company || !group || !companyId || !stipend->isNumeric()
        || group->spec.type != ColumnType::Category)
        return;
    const KeyIndex companies(*companyId);
    std::vector<NormalSpec> laws;
    std::vector<double> weight;
    std::unordered_map<std::string, std::size_t> lawOf;
    for (const CompanyCategory &cat : sc.companyCategories) {
        NormalSpec n = cat.stipend;
        n.min = std::max(n.min, sc.internship.stipendMin);
        n.max = std::min(n.max, sc.internship.stipendMax);
        lawOf.emplace(cat.label, laws.size());
        laws.push_back(n);
        weight.push_back(0);
    }
    std::vector<double> values;
    double lo = INFINITY, hi = -INFINITY;
    for (std::size_t r = 0; r < in.rowCount(); ++r) {
        const std::int64_t cr = company->isNull(r) ? -1 : companies.rowOf(company->ints[r]);
        if (cr < 0 || stipend->isNull(r) || group->isNull(std::size_t(cr)))
            continue;
        const auto it = lawOf.find(std::string(group->category(std::size_t(cr))));
        if (it == lawOf.end())
            continue;
        weight[it->second] += 1;
        values.push_back(stipend->number(r));
        lo = std::min(lo, laws[it->second].min);
        hi = std::max(hi, laws[it->second].max);
    }
    const double total = double(values.size());
    const auto mixture = [laws, weight, total](double x) {
        double f = 0;
        for (std::size_t k = 0; k < laws.size(); ++k)
            if (weight[k] > 0)
                f += weight[k] / total
                     * truncatedNormalCdf(x, laws[k].mean, laws[k].sd, laws[k].min, laws[k].max);
        return f;
    };
    const double h = stipend->spec.type == ColumnType::Int64
                             ? std::max(1.0, sc.internship.stipendRound)
                             : valueStep(*stipend);
    lawCheck(ctx, "internships", "stipend", {}, std::move(values), mixture, h,
             std::isfinite(lo) ? lo : 0, std::isfinite(hi) ? hi : 1);
}

namespace {

// The sorted non-null values of a column with at least `minDistinct` distinct values; empty when
// it has fewer (checked without sorting, which most columns with few values never need).
std::vector<double> sortedIfVaried(const Column &col, std::size_t minDistinct)
{
    std::vector<double> few;
    bool varied = false;
    double lo = INFINITY, hi = -INFINITY;
    std::size_t values = 0;
    for (std::size_t r = 0; r < col.size(); ++r) {
        if (col.isNull(r))
            continue;
        const double v = col.number(r);
        ++values;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (!varied && std::find(few.begin(), few.end(), v) == few.end()) {
            few.push_back(v);
            varied = few.size() >= minDistinct;
        }
    }
    if (!varied)
        return {};
    std::vector<double> v;
    v.reserve(values);
    if (col.spec.type == ColumnType::Int64 && hi - lo < 4e6) { // counting sort for whole numbers
        std::vector<std::uint32_t> counts(std::size_t(hi - lo) + 1, 0);
        for (std::size_t r = 0; r < col.size(); ++r)
            if (!col.isNull(r))
                ++counts[std::size_t(col.ints[r] - std::int64_t(lo))];
        for (std::size_t k = 0; k < counts.size(); ++k)
            v.insert(v.end(), counts[k], lo + double(k));
        return v;
    }
    for (std::size_t r = 0; r < col.size(); ++r)
        if (!col.isNull(r))
            v.push_back(col.number(r));
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

void pileUpChecks(Context &ctx)
{
    constexpr std::size_t kMinRows = 100, kMinDistinct = 50, kWindow = 10;
    for (const Table *t : ctx.data.tables()) {
        for (const Column &col : t->columns) {
            if ((col.spec.type != ColumnType::Double && col.spec.type != ColumnType::Int64)
                || col.size() < kMinRows)
                continue;
            const std::vector<double> v = sortedIfVaried(col, kMinDistinct);
            if (v.size() < kMinRows)
                continue;
            std::vector<double> distinct;
            std::unique_copy(v.begin(), v.end(), std::back_inserter(distinct));
            std::vector<double> gaps(distinct.size() - 1);
            for (std::size_t i = 0; i + 1 < distinct.size(); ++i)
                gaps[i] = distinct[i + 1] - distinct[i];
            std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2),
                             gaps.end());
            const double resolution = gaps[gaps.size() / 2];
            const double n = double(v.size());
            Check &c = ctx.add("pileup." + t->name + "." + col.spec.name, "distribution", t->name,
                               col.spec.name);
            c.metric = "share at a bound";
            double worstShare = 0;
            Text found;
            bool anyFound = false;
            for (const bool low : {true, false}) {
                const double bound = low ? distinct.front() : distinct.back();
                const auto at
                        = std::size_t(low ? std::upper_bound(v.begin(), v.end(), bound) - v.begin()
                                          : v.end() - std::lower_bound(v.begin(), v.end(), bound));
                const double edge = low ? bound + double(kWindow) * resolution * (1 + 1e-9)
                                        : bound - double(kWindow) * resolution * (1 + 1e-9);
                const auto near
                        = std::size_t(low ? std::upper_bound(v.begin(), v.end(), edge) - v.begin()
                                                      - std::ptrdiff_t(at)
                                          : std::lower_bound(v.begin(), v.end(), bound)
                                                      - std::lower_bound(v.begin(), v.end(), edge));
                const double perStep = double(near) / double(kWindow);
                const double share = double(at) / n;
                const bool pile = share >= 0.005
                                  && double(at) > 4 * (perStep + 1) + 3 * std::sqrt(perStep + 1);
                if (!pile || share <= worstShare)
                    continue;
                worstShare = share;
                const bool declared
                        = low ? col.spec.min && std::abs(*col.spec.min - bound) < resolution / 2
                              : col.spec.max && std::abs(*col.spec.max - bound) < resolution / 2;
                const std::string boundText
                        = number(bound, col.spec.type == ColumnType::Double
                                                ? (col.spec.decimals == ColumnSpec::kRoundTrip
                                                           ? 6
                                                           : col.spec.decimals)
                                                : 0);
                const std::vector<Text> args
                        = {percent(share), count(at), boundText, number(perStep / n * 100, 2)};
                anyFound = true;
                if (declared)
                    found = low ? tx("%1 of the values (%2) sit exactly at the lowest value %3, "
                                     "the declared minimum, against about %4% per step next to it",
                                     args)
                                : tx("%1 of the values (%2) sit exactly at the highest value %3, "
                                     "the declared maximum, against about %4% per step next to it",
                                     args);
                else
                    found = low ? tx("%1 of the values (%2) sit exactly at the lowest value %3, "
                                     "against about %4% per step next to it",
                                     args)
                                : tx("%1 of the values (%2) sit exactly at the highest value %3, "
                                     "against about %4% per step next to it",
                                     args);
                c.chart = {};
                c.chart.kind = CheckChart::Kind::Shares;
                for (std::size_t i = 0; i <= kWindow && i < distinct.size(); ++i) {
                    const double x = low ? distinct[i] : distinct[distinct.size() - 1 - i];
                    const auto cnt = std::upper_bound(v.begin(), v.end(), x)
                                     - std::lower_bound(v.begin(), v.end(), x);
                    c.chart.labels.push_back(
                            number(x, col.spec.type == ColumnType::Double
                                              ? (col.spec.decimals == ColumnSpec::kRoundTrip
                                                         ? 6
                                                         : col.spec.decimals)
                                              : 0));
                    c.chart.realized.push_back(double(cnt) / n);
                }
                if (!low) {
                    std::reverse(c.chart.labels.begin(), c.chart.labels.end());
                    std::reverse(c.chart.realized.begin(), c.chart.realized.end());
                }
            }
            c.measured = worstShare;
            c.expected = 0;
            if (!anyFound) {
                c.setReason(tx("No value piles up at the lowest or highest value."));
                continue;
            }
            c.status = worstShare >= 0.01 ? CheckStatus::Fail : CheckStatus::Warn;
            c.setReason(tx("%1: values outside the range were probably clipped to it. Draw inside "
                           "the range (truncate and resample) instead of clipping.",
                           {found}));
        }
    }
}

} // namespace pmis::quality::detail
