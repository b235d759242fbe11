// Cross-field rules of a scenario: labels that must agree between tables, pools that must be large
// enough, skills some student can hold, counts that fit.
#include "core/scenario/scenario_json_internal.h"
#include "core/util/civil_time.h"

#include <map>
#include <set>

namespace pmis::scenario_json {
namespace {

template<typename T>
void requireSameKeys(const ShareTable &shares, const std::string &sharesPath,
                     const std::vector<std::pair<std::string, T>> &map, const std::string &mapPath)
{
    for (const Share &sh : shares.shares) {
        if (!lookup(map, sh.label))
            fail(child(mapPath, sh.label),
                 "missing entry for \"%1\" listed in %2; expected one per label",
                 {sh.label, sharesPath});
    }
    for (const auto &[k, v] : map) {
        if (shares.indexOf(k) < 0)
            fail(child(mapPath, k), "\"%1\" is not a label of %2; expected only those labels",
                 {k, sharesPath});
    }
}

void requireIntegerLabels(const ShareTable &shares, const std::string &path, std::int64_t lo,
                          std::int64_t hi)
{
    for (const Share &sh : shares.shares) {
        std::size_t used = 0;
        long long v = 0;
        try {
            v = std::stoll(sh.label, &used);
        } catch (...) {
            used = 0;
        }
        if (used != sh.label.size() || v < lo || v > hi)
            fail(child(path + ".shares", sh.label), "expected a whole-number label in [%1, %2]",
                 {std::to_string(lo), std::to_string(hi)});
    }
}

} // namespace

void checkScenarioRules(const Scenario &s)
{
    if (s.name.empty())
        fail("$.name", "empty name; expected a short name");
    const auto reference = parseIsoDate(s.referenceDate);
    if (!reference)
        fail("$.reference_date", "\"%1\" is not a date; expected YYYY-MM-DD", {s.referenceDate});
    // Every time lies within two windows of at most 100 years before the reference date and every
    // deadline within 100 years after it, so all of them keep four-digit years.
    if (*reference < *parseIsoDate("1900-01-01") || *reference > *parseIsoDate("2899-12-31"))
        fail("$.reference_date",
             "\"%1\" is out of range; expected a date from 1900-01-01 to 2899-12-31",
             {s.referenceDate});
    if (s.students <= 0)
        fail("$.counts.students", "expected a whole number > 0");
    if (s.internships <= 0)
        fail("$.counts.internships", "expected a whole number > 0");
    if (s.interactions <= 0)
        fail("$.counts.interactions", "expected a whole number > 0");
    if (s.students > 50'000'000 || s.internships > 10'000'000 || s.interactions > 500'000'000)
        fail("$.counts",
             "counts too large; expected at most 50M students, 10M internships, 500M interactions");

    // Whole-number ranges stay small enough that sums and spans of them never overflow.
    const auto requireRangeAtMost = [](const IntRange &r, const std::string &path,
                                       std::int64_t highest, const char *unit) {
        if (r.max > highest)
            fail(path, "max %1 is too large; expected at most %2 %3",
                 {std::to_string(r.max), std::to_string(highest), Text::of(unit)});
    };
    requireRangeAtMost(s.student.skillsPerStudent, "$.students.skills_per_student", 128, "skills");
    requireRangeAtMost(s.student.interestsPerStudent, "$.students.interests_per_student", 128,
                       "skills");
    requireRangeAtMost(s.internship.requiredSkills, "$.internships.required_skills", 128, "skills");
    for (const auto &[size, range] : s.internship.positions)
        requireRangeAtMost(range, child("$.internships.positions", size), 100'000,
                           "positions per internship");
    for (const auto &[type, range] : s.interaction.timeSpent)
        requireRangeAtMost(range, child("$.interactions.time_spent", type), 86'400,
                           "seconds (one day)");
    for (const auto &[type, range] : s.interaction.pageViews)
        requireRangeAtMost(range, child("$.interactions.page_views", type), 100'000, "pages");
    for (const CompanyCategory &c : s.companyCategories)
        requireRangeAtMost(c.founded, child("$.companies", c.key) + ".founded", 2100, "(a year)");

    // Skills: unique across categories, at most 128 in all (they are held as bit sets).
    std::set<std::string> skills;
    for (const auto &[cat, list] : s.skillCategories) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!skills.insert(list[i]).second)
                fail(child("$.skills", cat) + "[" + std::to_string(i) + "]",
                     "skill \"%1\" appears in two categories; expected each skill once", {list[i]});
        }
    }
    if (skills.size() > 128)
        fail("$.skills", "%1 skills; expected at most 128", {std::to_string(skills.size())});

    // Companies.
    std::set<std::string> companyNames;
    for (const CompanyCategory &c : s.companyCategories) {
        const std::string p = child("$.companies", c.key);
        for (std::size_t i = 0; i < c.names.size(); ++i) {
            if (!companyNames.insert(c.names[i]).second)
                fail(p + ".names[" + std::to_string(i) + "]",
                     "company \"%1\" is listed twice; expected each company once", {c.names[i]});
        }
        for (const Share &sz : c.size.shares) {
            if (!lookup(s.internship.positions, sz.label))
                fail(child(p + ".size.shares", sz.label),
                     "size \"%1\" has no entry in $.internships.positions; expected one of its keys",
                     {sz.label});
        }
        if (c.reputation.min < 0 || c.reputation.max > 5)
            fail(p + ".reputation", "expected a range inside [0, 5]");
        if (c.stipend.min < 0)
            fail(p + ".stipend.min", "expected a stipend >= 0");
    }

    // Students.
    const StudentSpec &st = s.student;
    requireSameKeys(st.tiers, "$.students.tiers", st.universities, "$.students.universities");
    requireSameKeys(st.tiers, "$.students.tiers", st.cgpa, "$.students.cgpa");
    requireSameKeys(st.streams, "$.students.streams", st.streamCategories,
                    "$.students.stream_skill_categories");
    for (const auto &[stream, cats] : st.streamCategories) {
        std::size_t pool = 0;
        for (std::size_t i = 0; i < cats.size(); ++i) {
            const auto *list = lookup(s.skillCategories, cats[i]);
            if (!list)
                fail(child("$.students.stream_skill_categories", stream) + "[" + std::to_string(i)
                             + "]",
                     "unknown skill category \"%1\"; expected a key of $.skills", {cats[i]});
            pool += list->size();
        }
        if (std::int64_t(pool) < st.skillsPerStudent.max)
            fail(child("$.students.stream_skill_categories", stream),
                 "pool of %1 skills is smaller than $.students.skills_per_student.max (%2); expected a "
                 "larger pool",
                 {std::to_string(pool), std::to_string(st.skillsPerStudent.max)});
        if (std::int64_t(pool) < st.interestsPerStudent.max)
            fail(child("$.students.stream_skill_categories", stream),
                 "pool of %1 skills is smaller than $.students.interests_per_student.max; expected a "
                 "larger pool",
                 {std::to_string(pool)});
    }
    for (const auto &[tier, n] : st.cgpa) {
        if (n.min < 0 || n.max > 10)
            fail(child("$.students.cgpa", tier), "expected a CGPA range inside [0, 10]");
    }
    const auto ruralCount = st.ruralUrban.indexOf("rural") >= 0 ? 1 : 0;
    if (!ruralCount || st.ruralUrban.indexOf("urban") < 0 || st.ruralUrban.shares.size() != 2)
        fail("$.students.rural_urban.shares",
             "expected exactly the labels \"rural\" and \"urban\"");
    requireIntegerLabels(st.graduationYear, "$.students.graduation_year", 1950, 2100);
    if (st.createdWithinDays < 30 || st.createdWithinDays > 36500)
        fail("$.students.created_within_days",
             "expected 30 to 36500 days (profiles are at least 30 days old, "
             "so every student has time to apply)");

    // Internships.
    const InternshipSpec &in = s.internship;
    requireSameKeys(in.domains, "$.internships.domains", in.domainSkills,
                    "$.internships.domain_skills");
    std::map<std::string, std::string> categoryOf;
    for (const auto &[cat, list] : s.skillCategories)
        for (const auto &skill : list)
            categoryOf[skill] = cat;
    std::set<std::string> holdable;
    for (const auto &[stream, cats] : st.streamCategories)
        for (const auto &c : cats)
            holdable.insert(c);
    for (const auto &[domain, list] : in.domainSkills) {
        const std::string p = child("$.internships.domain_skills", domain);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto it = categoryOf.find(list[i]);
            if (it == categoryOf.end())
                fail(p + "[" + std::to_string(i) + "]",
                     "skill \"%1\" is not in $.skills; expected a listed skill", {list[i]});
            if (!holdable.count(it->second))
                fail(p + "[" + std::to_string(i) + "]",
                     "skill \"%1\" (category \"%2\") is in no stream's pool, so no student can hold it; "
                     "expected a skill some stream can hold",
                     {list[i], it->second});
        }
        if (std::int64_t(list.size()) < in.requiredSkills.max)
            fail(p,
                 "pool of %1 skills is smaller than $.internships.required_skills.max; expected a "
                 "larger pool",
                 {std::to_string(list.size())});
    }
    requireIntegerLabels(in.durationMonths, "$.internships.duration_months", 1, 60);
    if (in.createdWithinDays < 30 || in.createdWithinDays > 36500)
        fail("$.internships.created_within_days",
             "expected 30 to 36500 days (postings are at least 30 days old)");
    if (in.deadlineWithinDays < 1 || in.deadlineWithinDays > 36500)
        fail("$.internships.deadline_within_days", "expected 1 to 36500 days");

    // Interactions.
    const InteractionSpec &ia = s.interaction;
    static const std::vector<std::string> kTypes = {"view", "apply", "shortlist", "reject"};
    for (const auto &t : kTypes) {
        if (ia.types.indexOf(t) < 0)
            fail("$.interactions.types.shares",
                 "missing \"%1\"; expected the labels view, apply, shortlist, reject", {t});
    }
    if (ia.types.shares.size() != kTypes.size())
        fail("$.interactions.types.shares",
             "expected exactly the labels view, apply, shortlist, reject");
    if (ia.types.shares[std::size_t(ia.types.indexOf("view"))].weight <= 0
        || ia.types.shares[std::size_t(ia.types.indexOf("apply"))].weight <= 0)
        fail("$.interactions.types.shares",
             "view and apply need weights > 0 for applications to exist");
    if (const auto conflicts = funnelConflicts(s); !conflicts.empty())
        throw ScenarioError{conflicts.front().path, conflicts.front().text};
    for (const auto *map : {&ia.timeSpent, &ia.pageViews}) {
        const std::string p
                = map == &ia.timeSpent ? "$.interactions.time_spent" : "$.interactions.page_views";
        requireSameKeys(ia.types, "$.interactions.types", *map, p);
    }
    if (ia.windowDays < 30 || ia.windowDays > 36500)
        fail("$.interactions.window_days",
             "expected 30 to 36500 days (applications are made at least 16 days "
             "before the reference date, so decisions precede it)");
    if (ia.maxApplications < 0)
        fail("$.interactions.max_applications_per_student",
             "expected a whole number of applications >= 1, or no limit (left out)");
    if (!(ia.inactiveShare >= 0 && ia.inactiveShare < 1))
        fail("$.interactions.inactive_share", "expected a share in [0, 1), got %1",
             {Json(ia.inactiveShare).dump()});
    const double maxEngagements = double(s.students) * double(s.internships);
    if (double(s.interactions) > maxEngagements)
        fail("$.counts.interactions",
             "more interactions than student-internship pairs; expected at most "
             "students x internships");

    // Outcomes.
    const OutcomeSpec &out = s.outcome;
    if (!(out.successRate > 0 && out.successRate < 1))
        fail("$.outcomes.success_rate", "expected a number in (0, 1)");
    if (out.maxOffers < 0)
        fail("$.outcomes.max_offers_per_student",
             "expected a whole number of offers >= 1, or no limit (left out)");
    for (const auto &[tier, b] : out.tierBias) {
        if (st.tiers.indexOf(tier) < 0)
            fail(child("$.outcomes.bias.tier", tier),
                 "\"%1\" is not a tier; expected a label of $.students.tiers", {tier});
    }
    for (const auto &[g, b] : out.genderBias) {
        if (st.gender.indexOf(g) < 0)
            fail(child("$.outcomes.bias.gender", g),
                 "\"%1\" is not a gender; expected a label of $.students.gender", {g});
    }
}

} // namespace pmis::scenario_json
