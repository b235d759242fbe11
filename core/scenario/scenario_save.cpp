// The canonical JSON form of a scenario: the loader's layout, keys in a stable order.
#include "core/scenario/scenario_json_internal.h"

namespace pmis::scenario_json {
namespace {

Json sharesToJson(const ShareTable &t)
{
    Json j;
    j["mode"] = t.mode == ShareMode::Exact ? "exact" : "sampled";
    Json shares = Json::object();
    for (const Share &s : t.shares)
        shares[s.label] = s.weight;
    j["shares"] = shares;
    return j;
}

Json rangeToJson(const IntRange &r)
{
    return Json{{"min", r.min}, {"max", r.max}};
}

Json normalToJson(const NormalSpec &n)
{
    return Json{{"mean", n.mean}, {"sd", n.sd}, {"min", n.min}, {"max", n.max}};
}

template<typename T, typename Fn>
Json mapToJson(const std::vector<std::pair<std::string, T>> &map, Fn toJson)
{
    Json j = Json::object();
    for (const auto &[k, v] : map)
        j[k] = toJson(v);
    return j;
}

const auto identity = [](const auto &v) { return Json(v); };

} // namespace

Json scenarioDocument(const Scenario &s)
{
    Json j;
    j["schema_version"] = Scenario::kSchemaVersion;
    j["name"] = s.name;
    if (!s.description.empty())
        j["description"] = s.description;
    j["seed"] = s.seed;
    j["reference_date"] = s.referenceDate;
    j["counts"] = {{"students", s.students},
                   {"internships", s.internships},
                   {"interactions", s.interactions}};
    j["skills"] = mapToJson(s.skillCategories, identity);
    Json companies = Json::object();
    for (const CompanyCategory &c : s.companyCategories) {
        Json cj;
        cj["label"] = c.label;
        cj["names"] = c.names;
        cj["industries"] = c.industries;
        cj["size"] = sharesToJson(c.size);
        cj["stipend"] = normalToJson(c.stipend);
        cj["reputation"] = normalToJson(c.reputation);
        cj["founded"] = rangeToJson(c.founded);
        companies[c.key] = cj;
    }
    j["companies"] = companies;

    const StudentSpec &st = s.student;
    Json sj;
    sj["tiers"] = sharesToJson(st.tiers);
    sj["universities"] = mapToJson(st.universities, identity);
    sj["cgpa"] = mapToJson(st.cgpa, normalToJson);
    sj["streams"] = sharesToJson(st.streams);
    sj["stream_skill_categories"] = mapToJson(st.streamCategories, identity);
    sj["skills_per_student"] = rangeToJson(st.skillsPerStudent);
    sj["interests_per_student"] = rangeToJson(st.interestsPerStudent);
    sj["rural_urban"] = sharesToJson(st.ruralUrban);
    sj["cities"] = sharesToJson(st.cities);
    sj["gender"] = sharesToJson(st.gender);
    sj["graduation_year"] = sharesToJson(st.graduationYear);
    sj["previous_experience"] = sharesToJson(st.experience);
    sj["created_within_days"] = st.createdWithinDays;
    j["students"] = sj;

    const InternshipSpec &in = s.internship;
    Json ij;
    ij["domains"] = sharesToJson(in.domains);
    ij["domain_skills"] = mapToJson(in.domainSkills, identity);
    ij["required_skills"] = rangeToJson(in.requiredSkills);
    ij["stipend"] = {{"min", in.stipendMin}, {"max", in.stipendMax}, {"round_to", in.stipendRound}};
    ij["duration_months"] = sharesToJson(in.durationMonths);
    ij["positions"] = mapToJson(in.positions, rangeToJson);
    ij["remote_work"] = sharesToJson(in.remoteWork);
    ij["experience_level"] = sharesToJson(in.experienceLevel);
    ij["active_share"] = in.activeShare;
    ij["created_within_days"] = in.createdWithinDays;
    ij["deadline_within_days"] = in.deadlineWithinDays;
    j["internships"] = ij;

    const InteractionSpec &ia = s.interaction;
    Json aj;
    aj["types"] = sharesToJson(ia.types);
    aj["activity_dispersion"] = ia.activityDispersion;
    aj["device"] = sharesToJson(ia.device);
    aj["source"] = sharesToJson(ia.source);
    aj["affinity"] = {{"skill_overlap", ia.affinity.skillOverlap},
                      {"same_city", ia.affinity.sameCity},
                      {"stipend", ia.affinity.stipend},
                      {"zipf_exponent", ia.affinity.zipfExponent},
                      {"noise", ia.affinity.noise},
                      {"candidates", ia.affinity.candidates}};
    aj["window_days"] = ia.windowDays;
    if (ia.maxApplications > 0) // absent means no limit, and keeps older files' hashes
        aj["max_applications_per_student"] = ia.maxApplications;
    if (ia.inactiveShare > 0) // the same
        aj["inactive_share"] = ia.inactiveShare;
    aj["time_spent"] = mapToJson(ia.timeSpent, rangeToJson);
    aj["page_views"] = mapToJson(ia.pageViews, rangeToJson);
    j["interactions"] = aj;

    const OutcomeSpec &o = s.outcome;
    Json oj;
    oj["success_rate"] = o.successRate;
    oj["mode"] = o.mode == ShareMode::Exact ? "exact" : "sampled";
    oj["signal_strength"] = o.signalStrength;
    if (o.maxOffers > 0) // absent means no limit, and keeps older files' hashes
        oj["max_offers_per_student"] = o.maxOffers;
    oj["weights"] = {{"skill_match", o.wSkillMatch},
                     {"cgpa", o.wCgpa},
                     {"experience", o.wExperience},
                     {"same_city", o.wSameCity}};
    Json bias = Json::object();
    if (!o.tierBias.empty())
        bias["tier"] = mapToJson(o.tierBias, identity);
    if (!o.genderBias.empty())
        bias["gender"] = mapToJson(o.genderBias, identity);
    bias["rural"] = o.ruralBias;
    oj["bias"] = bias;
    oj["rejection_reasons"] = o.rejectionReasons;
    j["outcomes"] = oj;
    if (!s.columns.empty())
        j["columns"] = columnsToJson(s.columns);
    if (!s.published.empty())
        j["published"] = publishedToJson(s.published);
    return j;
}

} // namespace pmis::scenario_json
