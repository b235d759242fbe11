// Published figures in scenario JSON: "published": [{"figure", "source", "value", "table", ...}].
#include "core/scenario/scenario_json_read.h"

#include <algorithm>
#include <iterator>

namespace pmis::scenario_json {
namespace {

constexpr std::size_t kMaxFigures = 256;
constexpr const char *kTables[]
        = {"students", "internships", "companies", "interactions", "outcomes"};

PublishedFigure readFigure(const Json &j, const std::string &path)
{
    Obj o(j, path);
    PublishedFigure f;
    f.figure = readString(o.get("figure"), o.at("figure"));
    f.source = readString(o.get("source"), o.at("source"));
    f.table = readString(o.get("table"), o.at("table"));
    if (std::find(std::begin(kTables), std::end(kTables), f.table) == std::end(kTables))
        fail(o.at("table"),
             "unknown table \"%1\"; expected students, internships, companies, interactions or "
             "outcomes",
             {f.table});
    if (const Json *w = o.optional("where"))
        f.where = readMap<std::string>(*w, o.at("where"), [](const Json &v, const std::string &p) {
            return readString(v, p);
        });
    if (const Json *d = o.optional("distinct"))
        f.distinct = readString(*d, o.at("distinct"));
    if (const Json *b = o.optional("share_by")) {
        f.shareBy = readString(*b, o.at("share_by"));
        if (!f.distinct.empty())
            fail(o.at("share_by"), "a share of distinct values; expected share_by or distinct");
        const Json *of = o.optional("share_of");
        const Json *top = o.optional("top");
        if ((of != nullptr) == (top != nullptr))
            fail(o.at("share_by"), "expected exactly one of share_of and top");
        if (of)
            f.shareOf = readStringList(*of, o.at("share_of"));
        else
            f.top = readPositive(*top, o.at("top"));
    }
    f.value = readNumber(o.get("value"), o.at("value"));
    const std::string shown = o.object().at("value").dump();
    if (f.isShare() && (f.value < 0 || f.value > 1))
        fail(o.at("value"), "expected a share in [0, 1], got %1", {shown});
    if (!f.isShare() && (f.value < 0 || f.value > 1e12))
        fail(o.at("value"), "expected a count between 0 and 1e12, got %1", {shown});
    if (const Json *t = o.optional("tolerance"))
        f.tolerance = readProbability(*t, o.at("tolerance"), false);
    o.done();
    return f;
}

} // namespace

void readPublished(const Json &j, Scenario &scenario)
{
    const std::string path = "$.published";
    if (!j.is_array())
        fail(path, "expected an array of published figures, got %1", {typeName(j)});
    if (j.size() > kMaxFigures)
        fail(path, "%1 figures; expected at most %2",
             {std::to_string(j.size()), std::to_string(kMaxFigures)});
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        PublishedFigure f = readFigure(j[i], at);
        for (const PublishedFigure &other : scenario.published)
            if (other.figure == f.figure)
                fail(child(at, "figure"),
                     "figure \"%1\" is listed twice; expected distinct figures", {f.figure});
        scenario.published.push_back(std::move(f));
    }
}

Json publishedToJson(const std::vector<PublishedFigure> &figures)
{
    Json out = Json::array();
    for (const PublishedFigure &f : figures) {
        Json j;
        j["figure"] = f.figure;
        j["source"] = f.source;
        j["table"] = f.table;
        if (!f.where.empty()) {
            Json w = Json::object();
            for (const auto &[column, value] : f.where)
                w[column] = value;
            j["where"] = w;
        }
        if (!f.distinct.empty())
            j["distinct"] = f.distinct;
        if (f.isShare()) {
            j["share_by"] = f.shareBy;
            if (f.top > 0)
                j["top"] = f.top;
            else
                j["share_of"] = f.shareOf;
        }
        j["value"] = f.value;
        j["tolerance"] = f.tolerance;
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace pmis::scenario_json
