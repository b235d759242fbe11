#include "core/stats/realized.h"

#include <cmath>
#include <unordered_map>

namespace pmis {

ShareComparison compareShares(const Table &table, const std::string &column,
                              const std::vector<std::string> &labels,
                              const std::vector<double> &target, ShareMode mode)
{
    ShareComparison out;
    out.table = table.name;
    out.column = column;
    out.mode = mode;
    out.labels = labels;
    out.target = target;
    out.realized.assign(labels.size(), 0.0);
    const Column *col = table.find(column);
    if (!col)
        return out;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < labels.size(); ++i)
        index.emplace(labels[i], i);
    std::vector<std::size_t> counts(labels.size(), 0);
    const std::size_t n = col->size();
    if (col->spec.type == ColumnType::Category) {
        std::vector<std::size_t> byCode(col->dict.size(), 0);
        for (std::size_t r = 0; r < n; ++r)
            if (!col->isNull(r)) {
                ++byCode[std::size_t(col->codes[r])];
                ++out.rows;
            }
        for (std::size_t c = 0; c < byCode.size(); ++c)
            if (auto it = index.find(col->dict[c]); it != index.end())
                counts[it->second] += byCode[c];
    } else {
        std::unordered_map<std::int64_t, std::size_t> byValue;
        for (std::size_t r = 0; r < n; ++r)
            if (!col->isNull(r) && !col->ints.empty()) {
                ++byValue[col->ints[r]];
                ++out.rows;
            }
        for (const auto &[value, count] : byValue) {
            std::string label;
            if (col->spec.type == ColumnType::Bool)
                label = value ? "True" : "False";
            else
                label = std::to_string(value);
            if (auto it = index.find(label); it != index.end())
                counts[it->second] += count;
        }
    }
    double tv = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        out.realized[i] = out.rows ? double(counts[i]) / double(out.rows) : 0.0;
        tv += std::abs(out.realized[i] - target[i]);
    }
    out.totalVariation = 0.5 * tv;
    return out;
}

std::vector<ShareComparison> tunedShares(const Dataset &d, const Scenario &sc)
{
    std::vector<ShareComparison> out;
    const auto add = [&](const Table &t, const char *column, const ShareTable &shares) {
        out.push_back(
                compareShares(t, column, shares.labels(), shares.probabilities(), shares.mode));
    };
    const StudentSpec &st = sc.student;
    add(d.students, "college_tier", st.tiers);
    add(d.students, "stream", st.streams);
    add(d.students, "rural_urban", st.ruralUrban);
    add(d.students, "location", st.cities);
    add(d.students, "gender", st.gender);
    add(d.students, "graduation_year", st.graduationYear);
    add(d.students, "previous_experience", st.experience);
    const InternshipSpec &in = sc.internship;
    add(d.internships, "domain", in.domains);
    add(d.internships, "duration", in.durationMonths);
    add(d.internships, "remote_work", in.remoteWork);
    add(d.internships, "experience_level", in.experienceLevel);
    out.push_back(compareShares(d.internships, "is_active", {"True", "False"},
                                {in.activeShare, 1.0 - in.activeShare}, ShareMode::Sampled));
    const InteractionSpec &ia = sc.interaction;
    add(d.interactions, "interaction_type", ia.types);
    add(d.interactions, "device_type", ia.device);
    add(d.interactions, "source", ia.source);
    out.push_back(compareShares(d.outcomes, "success", {"1", "0"},
                                {sc.outcome.successRate, 1.0 - sc.outcome.successRate},
                                sc.outcome.mode));
    // Declared categorical columns without a condition; conditioned ones are compared per value by
    // the quality report.
    for (const ColumnDecl &c : sc.columns)
        if (c.given.empty() && c.law.isCategorical())
            if (const Table *t = d.find(c.table))
                out.push_back(compareShares(*t, c.name, c.law.labels(), c.law.probabilities(),
                                            c.law.shares.mode));
    return out;
}

} // namespace pmis
