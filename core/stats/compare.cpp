#include "core/stats/compare.h"

#include "core/quality/noise_band.h"
#include "core/scenario/scenario_json.h"
#include "core/scenario/scenario_json_internal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace pmis {
namespace {

using scenario_json::Json;

std::string dumpValue(const Json &j)
{
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The leaves of a scenario document in order. A list of plain values (city names, a skill pool)
// is one leaf: an inserted name changes that list, not every later position.
void flatten(const Json &j, const std::string &path,
             std::vector<std::pair<std::string, std::string>> &out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            flatten(it.value(), scenario_json::child(path, it.key()), out);
        return;
    }
    if (j.is_array() && std::any_of(j.begin(), j.end(), [](const Json &e) {
            return e.is_object() || e.is_array();
        })) {
        for (std::size_t i = 0; i < j.size(); ++i)
            flatten(j[i], path + "[" + std::to_string(i) + "]", out);
        return;
    }
    out.emplace_back(path, dumpValue(j));
}

std::vector<std::pair<std::string, std::string>> leaves(const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    try {
        flatten(Json::parse(scenarioToJson(s)), "$", out);
    } catch (const std::exception &) {
        out.clear(); // a scenario always writes valid JSON; nothing to compare otherwise
    }
    return out;
}

// The upper quantile of the standard normal for a two-sided probability `tail` (bisection on the
// CDF: plenty fast for one value per comparison, and exact to 1e-10).
double normalQuantileUpper(double tail)
{
    double lo = 0, hi = 40;
    for (int i = 0; i < 200 && hi - lo > 1e-10; ++i) {
        const double mid = (lo + hi) / 2;
        if (2 * (1 - quality::normalCdf(mid)) > tail)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

bool comparedRole(ColumnRole role)
{
    return role == ColumnRole::Feature || role == ColumnRole::Label
           || role == ColumnRole::PostOutcome || role == ColumnRole::Protected;
}

// Rows grouped by the entity whose rows are not independent of each other: the table's
// student_id when it refers to students, else its first foreign key; each row alone otherwise.
// `order` lists the rows cluster after cluster; `starts` the first position of each cluster.
struct Clusters
{
    std::vector<std::uint32_t> order;
    std::vector<std::size_t> starts; // clusters + 1 entries
};

Clusters clustersOf(const Table &t)
{
    const Column *key = nullptr;
    for (const Column &c : t.columns)
        if (c.spec.role == ColumnRole::ForeignKey && c.spec.type == ColumnType::Id
            && (!key || c.spec.name == "student_id"))
            key = key && key->spec.name == "student_id" ? key : &c;
    Clusters cl;
    const std::size_t n = t.rowCount();
    cl.order.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        cl.order[r] = std::uint32_t(r);
    if (!key) {
        cl.starts.resize(n + 1);
        for (std::size_t r = 0; r <= n; ++r)
            cl.starts[r] = r;
        return cl;
    }
    // Nulls form clusters of one row each: they say nothing about who the row belongs to.
    const auto keyOf = [&](std::uint32_t r) {
        return key->isNull(r) ? std::numeric_limits<std::int64_t>::min() : key->ints[r];
    };
    std::stable_sort(cl.order.begin(), cl.order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return keyOf(a) < keyOf(b); });
    for (std::size_t i = 0; i < n; ++i)
        if (i == 0 || key->isNull(cl.order[i]) || keyOf(cl.order[i]) != keyOf(cl.order[i - 1]))
            cl.starts.push_back(i);
    cl.starts.push_back(n);
    return cl;
}

// The mean of y over the rows where it is defined, and the cluster-robust variance of that mean:
// sum over clusters of (sum of the cluster's residuals)^2, over n^2.
struct MeanEstimate
{
    double mean = std::numeric_limits<double>::quiet_NaN();
    double variance = std::numeric_limits<double>::quiet_NaN();
    std::size_t rows = 0;
};

template<typename ValueFn> // ValueFn(row) -> optional-like double (NaN: no value)
MeanEstimate estimateMean(const Clusters &cl, const ValueFn &value)
{
    MeanEstimate e;
    double sum = 0;
    for (std::uint32_t r : cl.order) {
        const double v = value(r);
        if (!std::isnan(v)) {
            sum += v;
            ++e.rows;
        }
    }
    if (e.rows == 0)
        return e;
    e.mean = sum / double(e.rows);
    double spread = 0;
    for (std::size_t c = 0; c + 1 < cl.starts.size(); ++c) {
        double residual = 0;
        for (std::size_t i = cl.starts[c]; i < cl.starts[c + 1]; ++i) {
            const double v = value(cl.order[i]);
            if (!std::isnan(v))
                residual += v - e.mean;
        }
        spread += residual * residual;
    }
    e.variance = spread / (double(e.rows) * double(e.rows));
    return e;
}

// A table of events that follow interactions (outcomes: one per application) has as many rows as
// sampling gave; the other tables have the rows their scenario sets.
bool rowsAreSampled(const Table &t)
{
    const Column *c = t.findTyped("interaction_id", ColumnType::Id);
    return c && c->spec.role == ColumnRole::ForeignKey;
}

// The variance of a sampled row count, from the spread of the rows per cluster (clusters taken as
// independent draws).
double countVariance(const Clusters &cl)
{
    const std::size_t clusters = cl.starts.size() - 1;
    if (clusters < 2)
        return 0;
    const double mean = double(cl.order.size()) / double(clusters);
    double spread = 0;
    for (std::size_t c = 0; c < clusters; ++c) {
        const double d = double(cl.starts[c + 1] - cl.starts[c]) - mean;
        spread += d * d;
    }
    return spread * double(clusters) / double(clusters - 1);
}

struct Pending
{
    ComparedFigure figure;
    double variance = 0; // of the difference
};

void addFigure(std::vector<Pending> &out, FigureKind kind, const std::string &table,
               const std::string &column, const std::string &value, const MeanEstimate &a,
               const MeanEstimate &b)
{
    if (a.rows == 0 && b.rows == 0)
        return;
    Pending p;
    p.figure.kind = kind;
    p.figure.table = table;
    p.figure.column = column;
    p.figure.value = value;
    p.figure.baseline = a.rows ? a.mean : 0;
    p.figure.current = b.rows ? b.mean : 0;
    p.figure.baselineRows = a.rows;
    p.figure.currentRows = b.rows;
    p.variance = (a.rows ? a.variance : 0) + (b.rows ? b.variance : 0);
    out.push_back(std::move(p));
}

void compareColumns(const Table &a, const Table &b, const CompareOptions &options,
                    std::vector<Pending> &out)
{
    const Clusters ca = clustersOf(a), cb = clustersOf(b);
    for (const Column &x : a.columns) {
        const Column *y = b.findTyped(x.spec.name, x.spec.type);
        if (!y || !comparedRole(x.spec.role))
            continue;
        const ColumnType type = x.spec.type;
        if (type == ColumnType::Category) {
            std::vector<std::string> labels = x.dict;
            for (const std::string &l : y->dict)
                if (std::find(labels.begin(), labels.end(), l) == labels.end())
                    labels.push_back(l);
            if (labels.size() > options.maxLabels)
                continue;
            for (const std::string &label : labels) {
                const std::int32_t codeA = x.codeOf(label), codeB = y->codeOf(label);
                const auto share = [](const Column &c, std::int32_t code) {
                    return [&c, code](std::uint32_t r) {
                        return c.isNull(r) ? std::numeric_limits<double>::quiet_NaN()
                                           : double(c.codes[r] == code);
                    };
                };
                addFigure(out, FigureKind::Share, a.name, x.spec.name, label,
                          estimateMean(ca, share(x, codeA)), estimateMean(cb, share(*y, codeB)));
            }
        } else if (type == ColumnType::Bool || type == ColumnType::Int64
                   || type == ColumnType::Double) {
            const auto number = [](const Column &c) {
                return [&c](std::uint32_t r) {
                    return c.isNull(r) ? std::numeric_limits<double>::quiet_NaN() : c.number(r);
                };
            };
            addFigure(out, type == ColumnType::Bool ? FigureKind::Share : FigureKind::Mean, a.name,
                      x.spec.name, type == ColumnType::Bool ? "true" : "",
                      estimateMean(ca, number(x)), estimateMean(cb, number(*y)));
        }
    }
}

} // namespace

std::vector<ParameterChange> diffScenarios(const Scenario &baseline, const Scenario &current)
{
    const auto a = leaves(baseline), b = leaves(current);
    std::map<std::string, std::string> inB(b.begin(), b.end());
    std::map<std::string, std::string> inA(a.begin(), a.end());
    std::vector<ParameterChange> out;
    for (const auto &[path, value] : a) {
        const auto it = inB.find(path);
        if (it == inB.end())
            out.push_back({path, value, ""});
        else if (it->second != value)
            out.push_back({path, value, it->second});
    }
    for (const auto &[path, value] : b)
        if (!inA.count(path))
            out.push_back({path, "", value});
    return out;
}

bool ComparedFigure::beyondNoise() const
{
    return std::abs(difference()) > noise; // false when either is NaN
}

std::size_t Comparison::beyondNoiseCount() const
{
    return std::size_t(std::count_if(figures.begin(), figures.end(),
                                     [](const ComparedFigure &f) { return f.beyondNoise(); }));
}

Comparison compareDatasets(const Dataset &baseline, const Dataset &current,
                           const CompareOptions &options)
{
    Comparison out;
    std::vector<Pending> sampled;
    for (const Table *a : baseline.tables()) {
        const Table *b = current.find(a->name);
        if (!b)
            continue;
        if (a->rowCount() >= std::numeric_limits<std::uint32_t>::max()
            || b->rowCount() >= std::numeric_limits<std::uint32_t>::max())
            continue; // beyond what the tables can hold anyway
        Pending rows;
        rows.figure.table = a->name;
        rows.figure.baseline = double(a->rowCount());
        rows.figure.current = double(b->rowCount());
        rows.figure.baselineRows = a->rowCount();
        rows.figure.currentRows = b->rowCount();
        if (rowsAreSampled(*a) && rowsAreSampled(*b)) {
            rows.variance = countVariance(clustersOf(*a)) + countVariance(clustersOf(*b));
            sampled.push_back(std::move(rows));
        } else {
            out.figures.push_back(std::move(rows.figure));
        }
        compareColumns(*a, *b, options, sampled);
    }
    // Bonferroni over the sampled figures: the table as a whole keeps the level.
    const double z = normalQuantileUpper((1 - out.level)
                                         / double(std::max<std::size_t>(1, sampled.size())));
    for (Pending &p : sampled) {
        p.figure.noise = z * std::sqrt(std::max(0.0, p.variance));
        out.figures.push_back(std::move(p.figure));
    }
    return out;
}

const char *figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Rows:
        return "rows";
    case FigureKind::Share:
        return "share";
    case FigureKind::Mean:
        return "mean";
    }
    return "rows";
}

std::string comparisonJson(const Comparison &comparison)
{
    Json j;
    j["level"] = comparison.level;
    j["beyond_noise"] = comparison.beyondNoiseCount();
    Json params = Json::array();
    for (const ParameterChange &c : comparison.parameters) {
        Json p;
        p["path"] = c.path;
        p["baseline"] = c.baseline.empty() ? Json() : Json(c.baseline);
        p["current"] = c.current.empty() ? Json() : Json(c.current);
        params.push_back(std::move(p));
    }
    j["parameters"] = std::move(params);
    Json figures = Json::array();
    for (const ComparedFigure &f : comparison.figures) {
        Json o;
        o["kind"] = figureKindName(f.kind);
        o["table"] = f.table;
        if (!f.column.empty())
            o["column"] = f.column;
        if (f.kind == FigureKind::Share)
            o["value"] = f.value;
        o["baseline"] = f.baseline;
        o["current"] = f.current;
        o["difference"] = f.difference();
        o["noise"] = f.noise;
        o["baseline_rows"] = f.baselineRows;
        o["current_rows"] = f.currentRows;
        o["beyond_noise"] = f.beyondNoise();
        figures.push_back(std::move(o));
    }
    j["figures"] = std::move(figures);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace pmis
