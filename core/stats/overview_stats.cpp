#include "core/stats/overview_stats.h"

#include "core/data/key_index.h"
#include "core/quality/published_figures.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>

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

const Column *category(const Table &table, std::string_view name)
{
    return table.findTyped(name, ColumnType::Category);
}

const Column *numeric(const Table &table, std::string_view name)
{
    const Column *c = table.find(name);
    return c && c->isNumeric() ? c : nullptr;
}

// The row's dictionary code, or none for a null cell or a code outside the dictionary.
std::optional<std::size_t> codeAt(const Column &column, std::size_t row)
{
    if (column.isNull(row) || row >= column.codes.size())
        return std::nullopt;
    const auto code = column.codes[row];
    if (code < 0 || std::size_t(code) >= column.dict.size())
        return std::nullopt;
    return std::size_t(code);
}

} // namespace

OverviewStats computeOverview(const Dataset &data, const std::vector<PublishedFigure> *published)
{
    // Imported tables hold the columns their files hold, with the types the import chose: every
    // figure is computed only from columns that are present with a usable type.
    OverviewStats s;
    if (published)
        for (const PublishedFigure &f : *published) {
            if (f.isShare())
                continue;
            const quality::PublishedMeasure m = quality::measurePublished(data, f);
            if (m.missing.empty())
                s.published.push_back({f.figure, f.source, f.value, m.generated, m.met()});
        }
    const Table &st = data.students;
    const Column *tier = st.findTyped("college_tier", ColumnType::Category);
    if (st.rowCount() == 0 || !tier)
        return s;

    s.tierMix = declaredCounts(*tier);
    if (const Column *c = category(st, "rural_urban"))
        s.ruralUrban = declaredCounts(*c);
    if (const Column *c = category(st, "gender"))
        s.gender = declaredCounts(*c);
    if (const Column *c = category(st, "location"))
        s.cities = sortedDescending(declaredCounts(*c));

    // CGPA per tier.
    std::vector<std::vector<std::uint32_t>> rowsOfCode(tier->dict.size());
    for (std::size_t r = 0; r < tier->size(); ++r)
        if (const auto code = codeAt(*tier, r))
            rowsOfCode[*code].push_back(std::uint32_t(r));
    if (const Column *cgpa = numeric(st, "cgpa")) {
        for (const auto &label : s.tierMix.labels) {
            const auto code = tier->codeOf(label);
            s.cgpaTiers.push_back(label);
            static const std::vector<std::uint32_t> none;
            s.cgpaByTier.push_back(histogram(*cgpa, 0, 10, 40,
                                             code >= 0 ? &rowsOfCode[std::size_t(code)] : &none));
        }
    }

    // Skills: students holding vs internships requiring, by name.
    if (const Column *skills = st.findTyped("skills", ColumnType::StringList)) {
        const auto held = labelCounts(*skills);
        const Column *req = data.internships.findTyped("required_skills", ColumnType::StringList);
        const auto required = req ? labelCounts(*req) : std::vector<LabelCount>();
        std::vector<LabelCount> ranked = held;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.count > b.count; });
        for (std::size_t i = 0; i < ranked.size() && i < 20; ++i) {
            s.topSkills.push_back(ranked[i].label);
            s.skillStudents.push_back(double(ranked[i].count));
            s.skillInternships.push_back(double(countOf(required, ranked[i].label)));
        }
    }

    if (const Column *stipend = numeric(data.internships, "stipend")) {
        if (stipend->spec.min && stipend->spec.max)
            s.stipend = histogram(*stipend, *stipend->spec.min, *stipend->spec.max, 30);
        else
            s.stipend = histogramAuto(*stipend, 30);
    }
    // The stipend's target mixes the company groups' laws by their internships.
    const Column *companyId = data.internships.findTyped("company_id", ColumnType::Id);
    const Column *group = data.companies.findTyped("category", ColumnType::Category);
    const Column *companyKey = primaryKeyColumn(data.companies);
    if (companyId && group && companyKey) {
        const KeyIndex companies(*companyKey);
        std::vector<double> counts(group->dict.size(), 0.0);
        for (std::size_t r = 0; r < companyId->size(); ++r) {
            const std::int64_t row
                    = companyId->isNull(r) ? -1 : companies.rowOf(companyId->ints[r]);
            if (row >= 0 && !group->isNull(std::size_t(row)))
                counts[std::size_t(group->codes[std::size_t(row)])] += 1;
        }
        s.internshipsPerGroup.labels = group->dict;
        s.internshipsPerGroup.values = counts;
    }

    // Students by ID: imported keys need not be row index + 1.
    const Column *studentIds = st.findTyped("student_id", ColumnType::Id);
    const KeyIndex students = studentIds ? KeyIndex(*studentIds) : KeyIndex();
    const auto studentRow = [&](const Column &keys, std::size_t r) -> std::int64_t {
        if (keys.isNull(r))
            return -1;
        const std::int64_t row = studentIds ? students.rowOf(keys.ints[r]) : keys.ints[r] - 1;
        return row >= 0 && std::size_t(row) < st.rowCount() ? row : -1;
    };

    // Interactions per student.
    const Table &ia = data.interactions;
    if (const Column *sid = ia.findTyped("student_id", ColumnType::Id)) {
        std::vector<double> perStudent(st.rowCount(), 0.0);
        for (std::size_t r = 0; r < sid->size(); ++r)
            if (const auto k = studentRow(*sid, r); k >= 0)
                perStudent[std::size_t(k)] += 1;
        const double maxCount
                = perStudent.empty() ? 1 : *std::max_element(perStudent.begin(), perStudent.end());
        const int bins = int(std::min(60.0, maxCount + 1));
        s.interactionsPerStudent
                = histogramOf(perStudent, -0.5, -0.5 + std::max(maxCount + 1, double(bins)), bins);
    }

    // Funnel.
    const Column *typeColumn = category(ia, "interaction_type");
    const auto types = typeColumn ? labelCounts(*typeColumn) : std::vector<LabelCount>();
    const Column *success = numeric(data.outcomes, "success");
    double selected = 0;
    if (success)
        for (std::size_t r = 0; r < success->size(); ++r)
            selected += double(success->number(r) == 1);
    s.funnel.labels = {"view", "apply", "shortlist", "selected"};
    s.funnel.values = {double(countOf(types, "view")), double(countOf(types, "apply")),
                       double(countOf(types, "shortlist")), selected};

    // Success by tier: outcomes joined to students through student_id.
    const Column *osid = data.outcomes.findTyped("student_id", ColumnType::Id);
    if (!success || !osid)
        return s;
    std::vector<double> apps(tier->dict.size(), 0), wins(tier->dict.size(), 0);
    for (std::size_t r = 0; r < osid->size() && r < success->size(); ++r) {
        const auto k = studentRow(*osid, r);
        const auto code = k >= 0 ? codeAt(*tier, std::size_t(k)) : std::nullopt;
        if (!code)
            continue;
        apps[*code] += 1;
        wins[*code] += double(success->number(r) == 1);
    }
    for (const auto &label : s.tierMix.labels) {
        const auto code = tier->codeOf(label);
        s.successByTier.labels.push_back(label);
        const double a = code >= 0 ? apps[std::size_t(code)] : 0;
        s.successByTier.values.push_back(a > 0 ? 100.0 * wins[std::size_t(code)] / a : 0.0);
    }
    return s;
}

} // namespace pmis
