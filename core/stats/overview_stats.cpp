#include "core/stats/overview_stats.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace pmis {
namespace {

// Label counts in the column's declared order (when it declares one), else dictionary order.
LabelledValues declaredCounts(const Column &column)
{
    const auto counts = labelCounts(column);
    LabelledValues out;
    if (!column.spec.allowed.empty()) {
        for (const auto &label : column.spec.allowed) {
            out.labels.push_back(label);
            out.values.push_back(double(countOf(counts, label)));
        }
    } else {
        for (const auto &c : counts) {
            out.labels.push_back(c.label);
            out.values.push_back(double(c.count));
        }
    }
    return out;
}

LabelledValues sortedDescending(LabelledValues v)
{
    std::vector<std::size_t> order(v.labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return v.values[a] > v.values[b]; });
    LabelledValues out;
    for (auto i : order) {
        out.labels.push_back(v.labels[i]);
        out.values.push_back(v.values[i]);
    }
    return out;
}

} // namespace

OverviewStats computeOverview(const Dataset &data)
{
    OverviewStats s;
    const Table &st = data.students;
    if (st.rowCount() == 0 || st.indexOf("college_tier") < 0)
        return s;

    const Column &tier = st.at("college_tier");
    s.tierMix = declaredCounts(tier);
    s.ruralUrban = declaredCounts(st.at("rural_urban"));
    s.gender = declaredCounts(st.at("gender"));
    s.cities = sortedDescending(declaredCounts(st.at("location")));

    // CGPA per tier.
    const Column &cgpa = st.at("cgpa");
    std::vector<std::vector<std::uint32_t>> rowsOfCode(tier.dict.size());
    for (std::size_t r = 0; r < tier.size(); ++r)
        rowsOfCode[std::size_t(tier.codes[r])].push_back(std::uint32_t(r));
    for (const auto &label : s.tierMix.labels) {
        const auto code = tier.codeOf(label);
        s.cgpaTiers.push_back(label);
        static const std::vector<std::uint32_t> none;
        s.cgpaByTier.push_back(
                histogram(cgpa, 0, 10, 40, code >= 0 ? &rowsOfCode[std::size_t(code)] : &none));
    }

    // Skills: students holding vs internships requiring, by name.
    const auto held = labelCounts(st.at("skills"));
    const auto required = labelCounts(data.internships.at("required_skills"));
    std::vector<LabelCount> ranked = held;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    for (std::size_t i = 0; i < ranked.size() && i < 20; ++i) {
        s.topSkills.push_back(ranked[i].label);
        s.skillStudents.push_back(double(ranked[i].count));
        s.skillInternships.push_back(double(countOf(required, ranked[i].label)));
    }

    const Column &stipend = data.internships.at("stipend");
    if (stipend.spec.min && stipend.spec.max)
        s.stipend = histogram(stipend, *stipend.spec.min, *stipend.spec.max, 30);
    else
        s.stipend = histogramAuto(stipend, 30);

    // Interactions per student.
    const Table &ia = data.interactions;
    std::vector<double> perStudent(st.rowCount(), 0.0);
    const Column &sid = ia.at("student_id");
    for (std::size_t r = 0; r < ia.rowCount(); ++r) {
        const auto k = sid.ints[r] - 1;
        if (k >= 0 && std::size_t(k) < perStudent.size())
            perStudent[std::size_t(k)] += 1;
    }
    const double maxCount
            = perStudent.empty() ? 1 : *std::max_element(perStudent.begin(), perStudent.end());
    const int bins = int(std::min(60.0, maxCount + 1));
    s.interactionsPerStudent
            = histogramOf(perStudent, -0.5, -0.5 + std::max(maxCount + 1, double(bins)), bins);

    // Funnel.
    const auto types = labelCounts(ia.at("interaction_type"));
    const Column &success = data.outcomes.at("success");
    double selected = 0;
    for (std::size_t r = 0; r < success.size(); ++r)
        selected += double(success.ints[r] == 1);
    s.funnel.labels = {"view", "apply", "shortlist", "selected"};
    s.funnel.values = {double(countOf(types, "view")), double(countOf(types, "apply")),
                       double(countOf(types, "shortlist")), selected};

    // Success by tier: outcomes joined to students through student_id (= row + 1).
    const Column &osid = data.outcomes.at("student_id");
    std::vector<double> apps(tier.dict.size(), 0), wins(tier.dict.size(), 0);
    for (std::size_t r = 0; r < osid.size(); ++r) {
        const auto k = osid.ints[r] - 1;
        if (k < 0 || std::size_t(k) >= tier.size())
            continue;
        const auto code = std::size_t(tier.codes[std::size_t(k)]);
        apps[code] += 1;
        wins[code] += double(success.ints[r] == 1);
    }
    for (const auto &label : s.tierMix.labels) {
        const auto code = tier.codeOf(label);
        s.successByTier.labels.push_back(label);
        const double a = code >= 0 ? apps[std::size_t(code)] : 0;
        s.successByTier.values.push_back(a > 0 ? 100.0 * wins[std::size_t(code)] / a : 0.0);
    }
    return s;
}

} // namespace pmis
