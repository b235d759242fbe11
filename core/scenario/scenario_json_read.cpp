#include "core/scenario/scenario_json_read.h"

#include <cmath>

namespace pmis::scenario_json {

std::string typeName(const Json &j)
{
    if (j.is_null())
        return "null";
    if (j.is_boolean())
        return "a boolean";
    if (j.is_number())
        return "a number";
    if (j.is_string())
        return "a string";
    if (j.is_array())
        return "an array";
    return "an object";
}

double readNumber(const Json &j, const std::string &path)
{
    if (!j.is_number())
        fail(path, "expected a number, got %1", {typeName(j)});
    const double v = j.get<double>();
    if (!std::isfinite(v))
        fail(path, "expected a finite number");
    return v;
}

std::int64_t readInt(const Json &j, const std::string &path)
{
    if (!j.is_number_integer())
        fail(path, "expected a whole number, got %1", {typeName(j)});
    return j.get<std::int64_t>();
}

std::int64_t readPositive(const Json &j, const std::string &path)
{
    const std::int64_t v = readInt(j, path);
    if (v <= 0)
        fail(path, "expected a whole number > 0, got %1", {std::to_string(v)});
    return v;
}

std::string readString(const Json &j, const std::string &path)
{
    if (!j.is_string())
        fail(path, "expected a string, got %1", {typeName(j)});
    return j.get<std::string>();
}

std::vector<std::string> readStringList(const Json &j, const std::string &path, bool allowEmpty)
{
    if (!j.is_array())
        fail(path, "expected an array of strings, got %1", {typeName(j)});
    if (j.empty() && !allowEmpty)
        fail(path, "empty list; expected at least one string");
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        std::string s = readString(j[i], p);
        if (s.empty())
            fail(p, "empty string; expected a name");
        if (!seen.insert(s).second)
            fail(p, "duplicate value \"%1\"; expected distinct names", {s});
        out.push_back(std::move(s));
    }
    return out;
}

double readProbability(const Json &j, const std::string &path, bool openInterval)
{
    const double v = readNumber(j, path);
    if (openInterval ? (v <= 0 || v >= 1) : (v < 0 || v > 1))
        fail(path,
             openInterval ? "expected a number in (0, 1), got %1"
                          : "expected a number in [0, 1], got %1",
             {j.dump()});
    return v;
}

ShareMode readMode(const Json &j, const std::string &path)
{
    const std::string s = readString(j, path);
    if (s == "sampled")
        return ShareMode::Sampled;
    if (s == "exact")
        return ShareMode::Exact;
    fail(path, "unknown mode \"%1\"; expected \"sampled\" or \"exact\"", {s});
}

ShareTable readShares(const Json &j, const std::string &path)
{
    Obj o(j, path);
    ShareTable t;
    if (const Json *m = o.optional("mode"))
        t.mode = readMode(*m, o.at("mode"));
    const std::string sharesPath = o.at("shares");
    Obj shares(o.get("shares"), sharesPath);
    shares.consumeAll();
    if (shares.object().empty())
        fail(sharesPath, "no shares; expected an object of label: weight");
    double total = 0;
    for (auto it = shares.object().begin(); it != shares.object().end(); ++it) {
        const std::string p = child(sharesPath, it.key());
        if (it.key().empty())
            fail(p, "empty label; expected a name");
        const double w = readNumber(it.value(), p);
        if (w < 0)
            fail(p, "negative weight %1; expected a number >= 0", {it.value().dump()});
        total += w;
        t.shares.push_back({it.key(), w});
    }
    if (!(total > 0))
        fail(sharesPath, "all weights are zero; expected at least one weight > 0");
    shares.done();
    o.done();
    return t;
}

IntRange readRange(const Json &j, const std::string &path, std::int64_t lowest)
{
    Obj o(j, path);
    IntRange r;
    r.min = readInt(o.get("min"), o.at("min"));
    r.max = readInt(o.get("max"), o.at("max"));
    if (r.min < lowest)
        fail(o.at("min"), "expected a whole number >= %1, got %2",
             {std::to_string(lowest), std::to_string(r.min)});
    if (r.min > r.max)
        fail(path, "min %1 > max %2; expected min <= max",
             {std::to_string(r.min), std::to_string(r.max)});
    o.done();
    return r;
}

NormalSpec readNormal(const Json &j, const std::string &path)
{
    Obj o(j, path);
    NormalSpec n;
    n.mean = readNumber(o.get("mean"), o.at("mean"));
    n.sd = readNumber(o.get("sd"), o.at("sd"));
    n.min = readNumber(o.get("min"), o.at("min"));
    n.max = readNumber(o.get("max"), o.at("max"));
    if (n.sd <= 0)
        fail(o.at("sd"), "expected a standard deviation > 0, got %1", {o.object().at("sd").dump()});
    if (n.min >= n.max)
        fail(path, "min >= max; expected min < max");
    if (n.mean < n.min - 3 * n.sd || n.mean > n.max + 3 * n.sd)
        fail(o.at("mean"),
             "mean lies more than 3 sd outside [min, max]; expected a mean near the range");
    o.done();
    return n;
}

} // namespace pmis::scenario_json
