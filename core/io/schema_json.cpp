#include "core/io/schema_json.h"

#include "core/util/json_depth.h"

#include <nlohmann/json.hpp>

namespace pmis {

using Json = nlohmann::ordered_json;

namespace {

std::optional<ColumnRole> roleFromName(std::string_view name)
{
    for (int i = 0; i <= int(kLastColumnRole); ++i)
        if (columnRoleName(ColumnRole(i)) == name)
            return ColumnRole(i);
    return std::nullopt;
}

} // namespace

Dataset namedEmptyTables()
{
    Dataset d;
    d.companies.name = "companies";
    d.students.name = "students";
    d.internships.name = "internships";
    d.interactions.name = "interactions";
    d.outcomes.name = "outcomes";
    return d;
}

std::string schemaToJson(const Dataset &data)
{
    Json j = Json::object();
    for (const Table *t : data.tables()) {
        Json columns = Json::array();
        for (const Column &c : t->columns) {
            const ColumnSpec &s = c.spec;
            Json col = {{"name", s.name},
                        {"type", columnTypeName(s.type)},
                        {"role", columnRoleName(s.role)},
                        {"nullable", s.nullable},
                        {"unit", s.unit},
                        {"description", s.description},
                        {"decimals", s.decimals}};
            if (s.min)
                col["min"] = *s.min;
            if (s.max)
                col["max"] = *s.max;
            if (!s.allowed.empty())
                col["allowed"] = s.allowed;
            if (s.type == ColumnType::Id) {
                col["id_prefix"] = s.idPrefix;
                col["id_width"] = s.idWidth;
            }
            if (!s.refTable.empty())
                col["ref_table"] = s.refTable;
            if (!s.postOutcomeValues.empty())
                col["post_outcome_values"] = s.postOutcomeValues;
            columns.push_back(col);
        }
        j[t->name] = columns;
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

// Optional members of a column object: absent means the default; a value of the wrong type or out of
// range is an error naming its place.
struct ColumnReader
{
    const Json &c;
    const std::string &where;
    std::string error;

    const Json *member(const char *key) const
    {
        const auto it = c.find(key);
        return it == c.end() || it->is_null() ? nullptr : &*it;
    }
    void fail(const char *key, const std::string &expected)
    {
        if (error.empty())
            error = where + "." + key + ": expected " + expected;
    }
    std::string text(const char *key)
    {
        const Json *v = member(key);
        if (v && !v->is_string())
            fail(key, "a string");
        return v && v->is_string() ? v->get<std::string>() : std::string();
    }
    bool truth(const char *key)
    {
        const Json *v = member(key);
        if (v && !v->is_boolean())
            fail(key, "true or false");
        return v && v->is_boolean() && v->get<bool>();
    }
    int whole(const char *key, int fallback, int lo, int hi, const std::string &expected)
    {
        const Json *v = member(key);
        if (!v)
            return fallback;
        if (!v->is_number_integer() || v->get<std::int64_t>() < lo || v->get<std::int64_t>() > hi) {
            fail(key, expected);
            return fallback;
        }
        return int(v->get<std::int64_t>());
    }
    std::optional<double> number(const char *key)
    {
        const Json *v = member(key);
        if (v && !v->is_number())
            fail(key, "a number");
        return v && v->is_number() ? std::optional<double>(v->get<double>()) : std::nullopt;
    }
    std::vector<std::string> texts(const char *key)
    {
        std::vector<std::string> out;
        const Json *v = member(key);
        if (v && !v->is_array())
            fail(key, "an array of strings");
        if (!v || !v->is_array())
            return out;
        for (const Json &a : *v) {
            if (a.is_string())
                out.push_back(a.get<std::string>());
            else
                fail(key, "an array of strings");
        }
        return out;
    }
};

Result<Dataset> readSchema(const Json &j)
{
    if (!j.is_object())
        return Status::error("schema: not a JSON object");
    Dataset d = namedEmptyTables();
    for (Table *t : d.tables()) {
        if (!j.contains(t->name))
            continue;
        const Json &columns = j[t->name];
        if (!columns.is_array())
            return Status::error("schema." + t->name + ": expected an array of columns");
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const Json &c = columns[i];
            const std::string where = "schema." + t->name + "[" + std::to_string(i) + "]";
            if (!c.is_object() || !c.contains("name") || !c["name"].is_string()
                || !c.contains("type") || !c["type"].is_string())
                return Status::error(where + ": expected an object with a name and a type");
            ColumnSpec s;
            s.name = c["name"].get<std::string>();
            const auto type = columnTypeFromName(c["type"].get<std::string>());
            if (!type)
                return Status::error(where + ".type: unknown type '" + c["type"].get<std::string>()
                                     + "'");
            s.type = *type;
            ColumnReader r{c, where, {}};
            if (const std::string role = r.text("role"); !role.empty())
                s.role = roleFromName(role).value_or(ColumnRole::Feature);
            s.nullable = r.truth("nullable");
            s.unit = r.text("unit");
            s.description = r.text("description");
            s.decimals = r.whole("decimals", 2, ColumnSpec::kRoundTrip, ColumnSpec::kMaxDecimals,
                                 "-1 (shortest round-trip text) or 0 to 17 digits");
            s.min = r.number("min");
            s.max = r.number("max");
            s.allowed = r.texts("allowed");
            s.idPrefix = r.text("id_prefix");
            if (!validIdPrefix(s.idPrefix))
                r.fail("id_prefix", "letters, digits and underscores");
            s.idWidth = r.whole("id_width", 5, 0, ColumnSpec::kMaxIdWidth, "0 to 18 digits");
            s.refTable = r.text("ref_table");
            s.postOutcomeValues = r.texts("post_outcome_values");
            if (!r.error.empty())
                return Status::error(r.error);
            t->add(std::move(s));
        }
    }
    return d;
}

} // namespace

Result<Dataset> schemaFromJson(std::string_view json)
{
    if (jsonTooDeep(json))
        return Status::error("schema: nested more than " + std::to_string(kMaxJsonDepth)
                             + " levels deep");
    const Json j = Json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_discarded())
        return Status::error("schema: not valid JSON");
    try {
        return readSchema(j);
    } catch (const nlohmann::json::exception &e) {
        return Status::error(std::string("schema: ") + e.what());
    }
}

} // namespace pmis
