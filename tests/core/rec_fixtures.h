#pragma once
// Small hand-built datasets for the recommender tests: columns are made directly, so IDs, foreign
// keys, nulls and types can be chosen freely (non-sequential IDs, text keys, missing values).

#include "core/data/table.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pmis::rectest {

inline Column idColumn(const std::string &name, const std::string &prefix,
                       const std::vector<std::int64_t> &ids, ColumnRole role = ColumnRole::Id)
{
    ColumnSpec s;
    s.name = name;
    s.type = ColumnType::Id;
    s.role = role;
    s.idPrefix = prefix;
    s.idWidth = 5;
    Column c(s);
    c.ints = ids;
    return c;
}

inline Column textColumn(const std::string &name, const std::vector<std::string> &values)
{
    ColumnSpec s;
    s.name = name;
    s.type = ColumnType::Text;
    Column c(s);
    c.texts = values;
    for (std::size_t r = 0; r < values.size(); ++r)
        if (values[r].empty())
            c.setNull(r);
    return c;
}

inline Column categoryColumn(const std::string &name, const std::vector<std::string> &values)
{
    ColumnSpec s;
    s.name = name;
    s.type = ColumnType::Category;
    Column c(s);
    c.codes.resize(values.size(), 0);
    for (std::size_t r = 0; r < values.size(); ++r) {
        if (values[r].empty())
            c.setNull(r);
        else
            c.codes[r] = c.intern(values[r]);
    }
    return c;
}

inline Column listColumn(const std::string &name,
                         const std::vector<std::vector<std::string>> &values)
{
    ColumnSpec s;
    s.name = name;
    s.type = ColumnType::StringList;
    Column c(s);
    c.offsets.push_back(0);
    for (const auto &row : values) {
        for (const auto &v : row)
            c.codes.push_back(c.intern(v));
        c.offsets.push_back(std::uint32_t(c.codes.size()));
    }
    return c;
}

inline Column realColumn(const std::string &name, const std::vector<double> &values,
                         ColumnRole role = ColumnRole::Feature)
{
    ColumnSpec s;
    s.name = name;
    s.type = ColumnType::Double;
    s.role = role;
    Column c(s);
    c.reals = values;
    for (std::size_t r = 0; r < values.size(); ++r)
        if (values[r] != values[r])
            c.setNull(r);
    return c;
}

inline Column intColumn(const std::string &name, ColumnType type,
                        const std::vector<std::int64_t> &values)
{
    ColumnSpec s;
    s.name = name;
    s.type = type;
    Column c(s);
    c.ints = values;
    return c;
}

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kRef = 20354 * kDay; // 2025-09-23

// Three students (IDs 30, 10, 20 in that row order), three internships (IDs 7, 3, 5), with the
// interactions and outcomes referring to them by number.
//   student rows: 0 = STU 30, 1 = STU 10, 2 = STU 20; internship rows: 0 = INT 7, 1 = INT 3, 2 = INT 5
inline Dataset tinyDataset()
{
    Dataset d;
    d.students.name = "students";
    d.students.columns = {
            idColumn("student_id", "STU_", {30, 10, 20}),
            listColumn("skills", {{"Python", "java"}, {"SQL"}, {"docker", "python"}}),
            listColumn("interests", {{"sql"}, {}, {"java"}}),
            categoryColumn("location", {"Pune", "Delhi", ""}),
            realColumn("cgpa", {8.1, 7.2, 9.0}),
            categoryColumn("previous_experience", {"No experience", "1 project", "1 internship"}),
            categoryColumn("college_tier", {"Tier-1", "Tier-3", "Tier-3"}),
            categoryColumn("rural_urban", {"urban", "rural", "rural"}),
            categoryColumn("gender", {"Female", "Male", "Female"}),
    };
    d.internships.name = "internships";
    d.internships.columns = {
            idColumn("internship_id", "INT_", {7, 3, 5}),
            listColumn("required_skills", {{"python", "sql"}, {"java"}, {"python", "docker"}}),
            categoryColumn("domain", {"Data", "Web", "DevOps"}),
            categoryColumn("location", {"Pune", "Mumbai", ""}),
            realColumn("stipend", {25000, 12000, std::numeric_limits<double>::quiet_NaN()}),
            categoryColumn("company_size", {"large", "startup", "mid"}),
            intColumn("is_active", ColumnType::Bool, {1, 1, 1}),
            intColumn("application_deadline", ColumnType::Date,
                      {kRef + 30 * kDay, kRef + 10 * kDay, kRef + 5 * kDay}),
    };
    d.interactions.name = "interactions";
    d.interactions.columns = {
            idColumn("interaction_id", "ACT_", {1, 2, 3, 4, 5, 6}),
            idColumn("student_id", "STU_", {30, 30, 10, 10, 20, 20}, ColumnRole::ForeignKey),
            idColumn("internship_id", "INT_", {7, 3, 7, 5, 3, 5}, ColumnRole::ForeignKey),
            categoryColumn("interaction_type", {"view", "view", "view", "apply", "apply", "view"}),
            intColumn("timestamp", ColumnType::Timestamp,
                      {kRef - 50 * kDay, kRef - 40 * kDay, kRef - 30 * kDay, kRef - 20 * kDay,
                       kRef - 10 * kDay, kRef - 5 * kDay}),
    };
    d.outcomes.name = "outcomes";
    d.outcomes.columns = {
            idColumn("outcome_id", "OUT_", {1, 2}),
            idColumn("student_id", "STU_", {10, 20}, ColumnRole::ForeignKey),
            idColumn("internship_id", "INT_", {5, 3}, ColumnRole::ForeignKey),
            intColumn("application_date", ColumnType::Timestamp,
                      {kRef - 20 * kDay, kRef - 10 * kDay}),
            intColumn("success", ColumnType::Int64, {1, 0}),
            realColumn("true_probability", {0.3, 0.1}, ColumnRole::GroundTruth),
    };
    return d;
}

} // namespace pmis::rectest
