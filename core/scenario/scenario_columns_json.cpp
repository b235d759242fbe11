// Declared columns in scenario JSON: "columns": [{"table", "name", "law" | "given" + "laws"}].
#include "core/scenario/scenario_json_read.h"

#include <cmath>

namespace pmis::scenario_json {
namespace {

constexpr std::size_t kMaxDeclaredColumns = 256;
constexpr double kMaxMagnitude = 1e15; // values stay exact in a double and short in a CSV cell

double readBounded(const Json &j, const std::string &path)
{
    const double v = readNumber(j, path);
    if (std::abs(v) > kMaxMagnitude)
        fail(path, "expected a number between -1e15 and 1e15, got %1", {j.dump()});
    return v;
}

double readStep(Obj &o)
{
    const Json *j = o.optional("round_to");
    if (!j)
        return 0.01;
    const double step = readNumber(*j, o.at("round_to"));
    if (step < 1e-6 || step > kMaxMagnitude)
        fail(o.at("round_to"), "expected a rounding step between 0.000001 and 1e15, got %1",
             {j->dump()});
    return step;
}

void readBounds(Obj &o, Distribution &d)
{
    d.min = readBounded(o.get("min"), o.at("min"));
    d.max = readBounded(o.get("max"), o.at("max"));
    if (d.min >= d.max)
        fail(o.path(), "min >= max; expected min < max");
    d.roundTo = readStep(o);
    if (d.roundTo > d.max - d.min)
        fail(o.at("round_to"), "a step wider than [min, max]; expected at most max - min");
}

// A normal law's centre must lie near its range, or resampling inside it would hardly ever end.
void requireCentreNearRange(const std::string &path, double mean, double sd, double lo, double hi)
{
    if (mean < lo - 3 * sd || mean > hi + 3 * sd)
        fail(path, "mean lies more than 3 sd outside [min, max]; expected a mean near the range");
}

Distribution readLaw(const Json &j, const std::string &path)
{
    Obj o(j, path);
    static const char *const kKinds[]
            = {"categorical", "zipf", "normal", "log_normal", "uniform", "integers", "poisson"};
    const Json *body = nullptr;
    std::string kind;
    for (const char *k : kKinds) {
        if (const Json *b = o.optional(k)) {
            if (body)
                fail(path, "two laws (%1 and %2); expected exactly one", {kind, k});
            body = b;
            kind = k;
        }
    }
    if (!body)
        fail(path, "no law; expected one of categorical, zipf, normal, log_normal, uniform, "
                   "integers, poisson");
    const std::string at = child(path, kind);
    Distribution d;
    if (kind == "categorical") {
        d.kind = LawKind::Categorical;
        d.shares = readShares(*body, at);
    } else if (kind == "zipf") {
        d.kind = LawKind::Zipf;
        Obj z(*body, at);
        for (std::string &label : readStringList(z.get("labels"), z.at("labels")))
            d.shares.shares.push_back({std::move(label), 1.0});
        if (const Json *m = z.optional("mode"))
            d.shares.mode = readMode(*m, z.at("mode"));
        d.exponent = readNumber(z.get("exponent"), z.at("exponent"));
        if (d.exponent < 0 || d.exponent > 10)
            fail(z.at("exponent"), "expected an exponent between 0 and 10");
        z.done();
    } else if (kind == "normal" || kind == "log_normal") {
        const bool log = kind == "log_normal";
        d.kind = log ? LawKind::LogNormal : LawKind::Normal;
        Obj n(*body, at);
        const char *meanKey = log ? "log_mean" : "mean";
        const char *sdKey = log ? "log_sd" : "sd";
        d.mean = readBounded(n.get(meanKey), n.at(meanKey));
        d.sd = readBounded(n.get(sdKey), n.at(sdKey));
        if (d.sd <= 0)
            fail(n.at(sdKey), "expected a standard deviation > 0");
        readBounds(n, d);
        if (log && d.min <= 0)
            fail(n.at("min"), "expected a lower bound > 0 for a log-normal law");
        if (log && d.sd > 10)
            fail(n.at(sdKey), "expected a log standard deviation of at most 10");
        if (log)
            requireCentreNearRange(n.at(meanKey), d.mean, d.sd, std::log(d.min), std::log(d.max));
        else
            requireCentreNearRange(n.at(meanKey), d.mean, d.sd, d.min, d.max);
        n.done();
    } else if (kind == "uniform") {
        d.kind = LawKind::Uniform;
        Obj u(*body, at);
        readBounds(u, d);
        u.done();
    } else if (kind == "integers") {
        d.kind = LawKind::Integers;
        const IntRange r = readRange(*body, at, -std::int64_t(kMaxMagnitude));
        if (double(r.max) > kMaxMagnitude)
            fail(child(at, "max"), "expected a whole number <= 1e15");
        d.min = double(r.min);
        d.max = double(r.max);
    } else {
        d.kind = LawKind::Poisson;
        Obj p(*body, at);
        d.mean = readNumber(p.get("mean"), p.at("mean"));
        if (d.mean <= 0 || d.mean > 500)
            fail(p.at("mean"), "expected a mean in (0, 500]");
        p.done();
    }
    o.done();
    return d;
}

// Categorical, whole or real: the column's type, which every law of one column shares.
int valueKind(const Distribution &d)
{
    return d.isCategorical() ? 0 : d.isWhole() ? 1 : 2;
}

bool validName(const std::string &name)
{
    if (name.empty() || name.size() > 64 || !isAsciiLower(name[0]))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return isAsciiLower(c) || isAsciiDigit(c) || c == '_'; });
}

ColumnDecl readColumn(const Json &j, const std::string &path, const Scenario &s)
{
    Obj o(j, path);
    ColumnDecl c;
    c.table = readString(o.get("table"), o.at("table"));
    if (builtinColumns(c.table).empty())
        fail(o.at("table"),
             "unknown table \"%1\"; expected students, internships, companies or outcomes",
             {c.table});
    if (c.table == "outcomes")
        c.role = "post_outcome";
    c.name = readString(o.get("name"), o.at("name"));
    if (!validName(c.name))
        fail(o.at("name"),
             "\"%1\" is not a column name; expected lower-case letters, digits and underscores, "
             "starting with a letter",
             {c.name});
    const auto builtin = builtinColumns(c.table);
    if (std::find(builtin.begin(), builtin.end(), c.name) != builtin.end())
        fail(o.at("name"), "%1 already has a column \"%2\"; expected a new name",
             {c.table, c.name});
    for (const ColumnDecl &other : s.columns)
        if (other.table == c.table && other.name == c.name)
            fail(o.at("name"), "%1 declares \"%2\" twice", {c.table, c.name});
    if (const Json *r = o.optional("role")) {
        c.role = readString(*r, o.at("role"));
        if (c.role != "feature" && c.role != "protected" && c.role != "post_outcome"
            && c.role != "ground_truth")
            fail(o.at("role"),
                 "unknown role \"%1\"; expected \"feature\", \"protected\", \"post_outcome\" "
                 "or \"ground_truth\"",
                 {c.role});
        if (c.role == "protected" && c.table != "students")
            fail(o.at("role"),
                 "a protected column is a group of students; expected it in students");
        if (c.table == "outcomes" && c.role == "feature")
            fail(o.at("role"),
                 "an outcome column is known only after the outcome; expected \"post_outcome\" "
                 "or \"ground_truth\"");
    }
    if (const Json *u = o.optional("unit"))
        c.unit = readString(*u, o.at("unit"));
    if (const Json *d = o.optional("description"))
        c.description = readString(*d, o.at("description"));
    const Json *given = o.optional("given");
    // A protected column's values are the groups the fairness views offer.
    const auto checkGroups = [&] {
        if (c.role == "protected" && !c.first().isCategorical())
            fail(o.at("role"), "a protected column holds groups; expected a categorical law");
    };
    if (!given) {
        c.law = readLaw(o.get("law"), o.at("law"));
        checkGroups();
        o.done();
        return c;
    }
    c.given = readString(*given, o.at("given"));
    std::string table = c.table, column = c.given;
    if (const auto dot = c.given.find('.'); dot != std::string::npos) {
        table = c.given.substr(0, dot);
        column = c.given.substr(dot + 1);
        const bool parent
                = (c.table == "internships" && table == "companies")
                  || (c.table == "outcomes" && (table == "students" || table == "internships"));
        if (!parent)
            fail(o.at("given"),
                 "\"%1\" is not a parent column; internships have a parent row "
                 "(companies.<column>), outcomes two (students.<column>, internships.<column>)",
                 {c.given});
    }
    const auto values = conditionValues(s, table, column);
    if (!values)
        fail(o.at("given"), "\"%1\" is not a categorical column of %2 declared before this one",
             {c.given, table});
    if (values->empty())
        fail(o.at("given"), "\"%1\" has no values to condition on", {c.given});
    const std::string lawsPath = o.at("laws");
    Obj laws(o.get("laws"), lawsPath);
    for (const std::string &value : *values) {
        const std::string p = child(lawsPath, value);
        const Json *law = laws.optional(value);
        if (!law)
            fail(p, "missing law; every value of %1 needs one (null leaves its rows empty)",
                 {c.given});
        if (law->is_null()) {
            c.emptyFor.push_back(value);
            continue;
        }
        c.laws.emplace_back(value, readLaw(*law, p));
        if (valueKind(c.laws.back().second) != valueKind(c.laws.front().second))
            fail(p, "a law of another kind of value; the laws of one column must all be "
                    "categorical, all whole numbers or all real numbers");
    }
    laws.done();
    if (c.laws.empty())
        fail(lawsPath, "every value of %1 leaves the column empty; expected a law for one at least",
             {c.given});
    checkGroups();
    o.done();
    return c;
}

Json lawToJson(const Distribution &d)
{
    const auto withStep = [&](Json j) {
        j["min"] = d.min;
        j["max"] = d.max;
        j["round_to"] = d.roundTo;
        return j;
    };
    switch (d.kind) {
    case LawKind::Categorical: {
        Json shares = Json::object();
        for (const Share &s : d.shares.shares)
            shares[s.label] = s.weight;
        return Json{{"categorical",
                     {{"mode", d.shares.mode == ShareMode::Exact ? "exact" : "sampled"},
                      {"shares", shares}}}};
    }
    case LawKind::Zipf:
        return Json{{"zipf",
                     {{"labels", d.shares.labels()},
                      {"mode", d.shares.mode == ShareMode::Exact ? "exact" : "sampled"},
                      {"exponent", d.exponent}}}};
    case LawKind::Normal:
        return Json{{"normal", withStep(Json{{"mean", d.mean}, {"sd", d.sd}})}};
    case LawKind::LogNormal:
        return Json{{"log_normal", withStep(Json{{"log_mean", d.mean}, {"log_sd", d.sd}})}};
    case LawKind::Uniform: {
        Json j = withStep(Json::object());
        return Json{{"uniform", j}};
    }
    case LawKind::Integers:
        return Json{{"integers", {{"min", std::int64_t(d.min)}, {"max", std::int64_t(d.max)}}}};
    case LawKind::Poisson:
        return Json{{"poisson", {{"mean", d.mean}}}};
    }
    return Json::object();
}

} // namespace

void readColumns(const Json &j, Scenario &s)
{
    if (!j.is_array())
        fail("$.columns", "expected an array of column declarations, got %1", {typeName(j)});
    if (j.size() > kMaxDeclaredColumns)
        fail("$.columns", "expected at most %1 declared columns",
             {std::to_string(kMaxDeclaredColumns)});
    s.columns.clear();
    for (std::size_t i = 0; i < j.size(); ++i)
        s.columns.push_back(readColumn(j[i], "$.columns[" + std::to_string(i) + "]", s));
}

Json columnsToJson(const std::vector<ColumnDecl> &columns)
{
    Json out = Json::array();
    for (const ColumnDecl &c : columns) {
        Json j;
        j["table"] = c.table;
        j["name"] = c.name;
        if (c.role != (c.table == "outcomes" ? "post_outcome" : "feature"))
            j["role"] = c.role;
        if (!c.unit.empty())
            j["unit"] = c.unit;
        if (!c.description.empty())
            j["description"] = c.description;
        if (c.given.empty()) {
            j["law"] = lawToJson(c.law);
        } else {
            j["given"] = c.given;
            Json laws = Json::object();
            for (const auto &[value, law] : c.laws)
                laws[value] = lawToJson(law);
            for (const std::string &value : c.emptyFor)
                laws[value] = nullptr;
            j["laws"] = laws;
        }
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace pmis::scenario_json
