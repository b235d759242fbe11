#include "core/io/schema_json.h"

#include <nlohmann/json.hpp>

namespace pmis {

using Json = nlohmann::ordered_json;

namespace {

std::optional<ColumnRole> roleFromName(std::string_view name)
{
    for (int i = 0; i <= int(ColumnRole::FreeText); ++i)
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
    return j.dump();
}

Result<Dataset> schemaFromJson(std::string_view json)
{
    const Json j = Json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
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
            if (!c.is_object() || !c.contains("name") || !c["name"].is_string() || !c.contains("type")
                || !c["type"].is_string())
                return Status::error(where + ": expected an object with a name and a type");
            ColumnSpec s;
            s.name = c["name"].get<std::string>();
            const auto type = columnTypeFromName(c["type"].get<std::string>());
            if (!type)
                return Status::error(where + ".type: unknown type '" + c["type"].get<std::string>() + "'");
            s.type = *type;
            if (c.contains("role") && c["role"].is_string())
                s.role = roleFromName(c["role"].get<std::string>()).value_or(ColumnRole::Feature);
            s.nullable = c.value("nullable", false);
            s.unit = c.value("unit", std::string());
            s.description = c.value("description", std::string());
            s.decimals = c.value("decimals", 2);
            if (c.contains("min") && c["min"].is_number())
                s.min = c["min"].get<double>();
            if (c.contains("max") && c["max"].is_number())
                s.max = c["max"].get<double>();
            if (c.contains("allowed") && c["allowed"].is_array())
                for (const Json &a : c["allowed"])
                    if (a.is_string())
                        s.allowed.push_back(a.get<std::string>());
            s.idPrefix = c.value("id_prefix", std::string());
            s.idWidth = c.value("id_width", 5);
            s.refTable = c.value("ref_table", std::string());
            if (c.contains("post_outcome_values") && c["post_outcome_values"].is_array())
                for (const Json &a : c["post_outcome_values"])
                    if (a.is_string())
                        s.postOutcomeValues.push_back(a.get<std::string>());
            t->add(std::move(s));
        }
    }
    return d;
}

} // namespace pmis
