#include "core/rec/rec_json.h"

#include "core/util/civil_time.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace pmis::rec {

using Json = nlohmann::ordered_json;

namespace {

Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json tokens(const RecData &d, const std::vector<std::int32_t> &ids)
{
    Json out = Json::array();
    for (std::int32_t t : ids)
        out.push_back(d.vocabulary[std::size_t(t)]);
    return out;
}

Json label(const std::vector<std::string> &labels, std::int32_t code)
{
    return code >= 0 && std::size_t(code) < labels.size() ? Json(labels[std::size_t(code)])
                                                          : Json(nullptr);
}

Json weightsJson(const BlendWeights &w)
{
    return Json{{"content", w.content},
                {"cf", w.cf},
                {"success", w.success},
                {"popularity", w.popularity}};
}

Json components(const std::array<double, ComponentCount> &raw,
                const std::array<double, ComponentCount> &norm,
                const std::array<double, ComponentCount> &contribution, const BlendWeights &w)
{
    const double weight[ComponentCount] = {w.content, w.cf, w.success, w.popularity};
    Json out;
    for (int c = 0; c < ComponentCount; ++c)
        out[componentName(c)] = Json{{"raw", number(raw[std::size_t(c)])},
                                     {"normalised", number(norm[std::size_t(c)])},
                                     {"weight", weight[c]},
                                     {"contribution", number(contribution[std::size_t(c)])}};
    return out;
}

Json internshipJson(const RecData &d, std::size_t i)
{
    return Json{{"id", d.internshipIds[i]},
                {"title", d.title[i].empty() ? Json(nullptr) : Json(d.title[i])},
                {"company", d.company[i].empty() ? Json(nullptr) : Json(d.company[i])},
                {"domain", d.domain[i].empty() ? Json(nullptr) : Json(d.domain[i])},
                {"city", label(d.cityLabels, d.internshipCity[i])},
                {"stipend", number(d.stipend[i])},
                {"required_skills", tokens(d, d.requiredSkills[i])},
                {"applicants", d.applicants[i]}};
}

// The declared group attributes of a student (social_group and the like), added to `j`.
Json withDeclaredGroups(Json j, const RecData &d, std::size_t s)
{
    for (const GroupAttribute &g : d.declaredGroups)
        j[g.column] = label(g.labels, g.codes[s]);
    return j;
}

Json studentJson(const RecData &d, std::size_t s)
{
    return withDeclaredGroups(
            Json{{"id", d.studentIds[s]},
                 {"skills", tokens(d, d.studentSkills[s])},
                 {"interests", tokens(d, d.studentInterests[s])},
                 {"city", label(d.cityLabels, d.studentCity[s])},
                 {"cgpa", number(d.cgpa[s])},
                 {"previous_experience", label(d.experienceLabels, d.experience[s])},
                 {"college_tier", label(d.tier.labels, d.tier.codes[s])},
                 {"rural_urban", label(d.ruralUrban.labels, d.ruralUrban.codes[s])},
                 {"gender", label(d.gender.labels, d.gender.codes[s])}},
            d, s);
}

Json exposureJson(const std::vector<AttributeExposure> &exposure)
{
    Json out = Json::array();
    for (const AttributeExposure &e : exposure) {
        Json before = Json::array(), after = Json::array();
        for (std::size_t g = 0; g < e.before.size(); ++g) {
            before.push_back(Json{{"group", e.before[g].label},
                                  {"exposure", e.before[g].exposure},
                                  {"members", e.before[g].members},
                                  {"per_member", e.before[g].perMember}});
            after.push_back(Json{{"group", e.after[g].label},
                                 {"exposure", e.after[g].exposure},
                                 {"members", e.after[g].members},
                                 {"per_member", e.after[g].perMember}});
        }
        out.push_back(Json{{"attribute", e.attribute},
                           {"before", before},
                           {"after", after},
                           {"ratio_before", e.ratioBefore},
                           {"ratio_after", e.ratioAfter}});
    }
    return out;
}

Json interval(const Interval &i)
{
    return Json{{"value", number(i.value)}, {"ci95", Json::array({number(i.lo), number(i.hi)})}};
}

// Precision, recall and AP only where a student can have several relevant items; with one they
// copy hit rate / K, hit rate and MRR.
Json rankingJson(const RankingMetrics &m, bool severalRelevant)
{
    Json out{{"ndcg", m.ndcg}, {"hit_rate", m.hit}, {"mrr", m.mrr}};
    if (severalRelevant) {
        out["precision"] = m.precision;
        out["recall"] = m.recall;
        out["ap"] = m.ap;
    }
    return out;
}

Json binaryJson(const BinaryReport &b)
{
    Json bins = Json::array();
    for (const ReliabilityBin &bin : b.reliability.bins)
        bins.push_back(Json{{"lo", bin.lo},
                            {"hi", bin.hi},
                            {"predicted", bin.predicted},
                            {"observed", bin.observed},
                            {"count", bin.count}});
    return Json{{"name", b.name},
                {"n", b.n},
                {"positives", b.positives},
                {"negatives", b.negatives},
                {"reliable", b.reliable},
                {"bootstrap_resamples", b.resamples},
                {"bootstrap_dropped_one_class", b.droppedResamples},
                {"base_rate", b.baseRate},
                {"roc_auc", interval(b.auc)},
                {"average_precision", interval(b.ap)},
                {"brier", interval(b.brier)},
                {"log_loss", interval(b.logLoss)},
                {"brier_skill", b.brierSkill},
                {"log_loss_skill", b.logLossSkill},
                {"ece", b.reliability.ece},
                {"reliability", bins}};
}

} // namespace

std::string recommendationsJson(const Recommender &r, const StudentRecommendations &res,
                                const BlendWeights &w, const Eligibility &rule)
{
    const RecData &d = r.data();
    const SuccessModel &m = r.success();
    Json items = Json::array();
    for (std::size_t k = 0; k < res.items.size(); ++k) {
        const Recommendation &rec = res.items[k];
        const auto i = std::size_t(rec.internship);
        Json skills = Json::array();
        for (const SkillContribution &c : rec.content.contributions)
            skills.push_back(Json{{"skill", d.vocabulary[std::size_t(c.token)]},
                                  {"contribution", c.contribution},
                                  {"source", c.source == TokenSource::Skill ? "skill" : "interest"},
                                  {"required", c.required}});
        Json cf = Json::array();
        for (const auto &[j, term] : rec.cfTerms)
            cf.push_back(
                    Json{{"internship", d.internshipIds[std::size_t(j)]}, {"contribution", term}});
        Json features = Json::array();
        for (std::size_t f = 0; f < rec.features.size(); ++f)
            features.push_back(Json{{"name", m.featureNames()[f]},
                                    {"value", rec.features[f]},
                                    {"contribution", rec.success.contributions[f]}});
        items.push_back(
                Json{{"rank", k + 1},
                     {"internship", internshipJson(d, i)},
                     {"score", rec.score},
                     {"components", components(rec.raw, rec.normalised, rec.contribution, w)},
                     {"success_probability", rec.probability},
                     {"matched_skills", tokens(d, rec.content.matched)},
                     {"interest_skills", tokens(d, rec.content.interests)},
                     {"missing_skills", tokens(d, rec.content.missing)},
                     {"skill_contributions", skills},
                     {"cf_evidence", cf},
                     {"success_explanation", Json{{"base_logit", rec.success.base},
                                                  {"logit", rec.success.logit},
                                                  {"features", features}}},
                     {"reason", rec.reason}});
    }
    const Json doc{{"student", studentJson(d, std::size_t(res.student))},
                   {"k", res.items.size()},
                   {"weights", weightsJson(w)},
                   {"reference_date", rule.excludeUnavailable
                                              ? Json(formatIsoDate(rule.referenceTime))
                                              : Json(nullptr)},
                   {"eligible", res.eligible},
                   {"pool", res.pool},
                   {"success_model", Json{{"calibration", m.calibrationNote()}}},
                   {"recommendations", items}};
    return doc.dump(2) + "\n";
}

std::string shortlistJson(const Recommender &r, const ShortlistResult &s, const ShortlistOptions &o)
{
    const RecData &d = r.data();
    const auto slate = [&](const std::vector<std::size_t> &order) {
        Json out = Json::array();
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Candidate &c = s.pool[order[k]];
            const auto st = std::size_t(c.student);
            Json groups;
            for (std::size_t g = 0; g < s.groups.size(); ++g)
                groups[s.groups[g].key] = bool(s.membership[g][order[k]]);
            out.push_back(withDeclaredGroups(
                    Json{{"rank", k + 1},
                         {"student", d.studentIds[st]},
                         {"score", c.score},
                         {"components", components(c.raw, c.normalised, c.contribution,
                                                   o.weights ? *o.weights : r.options().weights)},
                         {"success_probability", c.probability},
                         {"applied", c.applied},
                         {"groups", groups},
                         {"college_tier", label(d.tier.labels, d.tier.codes[st])},
                         {"rural_urban", label(d.ruralUrban.labels, d.ruralUrban.codes[st])},
                         {"gender", label(d.gender.labels, d.gender.codes[st])}},
                    d, st));
        }
        return out;
    };
    Json groups = Json::array();
    for (std::size_t g = 0; g < s.groups.size(); ++g) {
        Json entry{{"key", s.groups[g].key},
                   {"attribute", s.groups[g].attribute},
                   {"label", s.groups[g].label},
                   {"share", s.groups[g].share},
                   {"share_by_prefix_before", s.shareBefore[g]},
                   {"share_by_prefix_after", s.shareAfter[g]}};
        if (g < s.tables.size()) {
            const ShortlistResult::GroupTable &t = s.tables[g];
            entry["m_table"] = t.mTable;
            entry["alpha_used"] = t.alphaUsed;
            entry["fail_probability"] = t.failProbability;
            entry["available"] = t.available;
            entry["before_satisfies"] = t.beforeSatisfies;
            entry["after_satisfies"] = t.afterSatisfies;
            entry["first_shortfall"]
                    = t.firstShortfall == 0 ? Json(nullptr) : Json(t.firstShortfall);
        }
        groups.push_back(entry);
    }
    Json doc{{"internship", internshipJson(d, std::size_t(s.internship))},
             {"k", s.k},
             {"pool", s.pool.size()},
             {"method", s.groups.empty() ? "none" : "fa*ir"},
             {"groups", groups}};
    if (s.usedFair) {
        doc["alpha"] = o.alpha;
        doc["alpha_used"] = s.alphaUsed;
        doc["adjusted"] = o.adjustAlpha;
        doc["m_table"] = s.mTable;
        doc["fail_probability"] = s.failProbability;
    }
    doc["feasible"] = s.feasible;
    doc["before_satisfies"] = s.beforeSatisfies;
    doc["after_satisfies"] = s.afterSatisfies;
    doc["ndcg_retained"] = s.ndcgRetained;
    doc["before"] = slate(s.before);
    doc["after"] = slate(s.after);
    doc["exposure"] = exposureJson(s.exposure);
    return doc.dump(2) + "\n";
}

namespace {

Json auditJson(const ShortlistAudit &audit, const std::vector<GroupSpec> &groups)
{
    Json g = Json::array();
    for (const GroupSpec &spec : groups)
        g.push_back(Json{{"key", spec.key},
                         {"attribute", spec.attribute},
                         {"label", spec.label},
                         {"share", spec.share}});
    return Json{{"slates", audit.slates},
                {"groups", g},
                {"constraints_met_before", audit.passBefore},
                {"constraints_met_after", audit.passAfter},
                {"infeasible_slates", audit.infeasible},
                {"mean_ndcg_retained", audit.meanNdcgRetained},
                {"exposure", exposureJson(audit.exposure)}};
}

} // namespace

std::string evaluationJson(const EvaluationReport &r, const ShortlistAudit *audit,
                           const std::vector<GroupSpec> &groups)
{
    Json methods = Json::array();
    for (const MethodReport &m : r.methods) {
        Json groups = Json::array();
        for (const GroupMetrics &g : m.groups)
            groups.push_back(Json{{"attribute", g.attribute},
                                  {"group", g.label},
                                  {"students", g.students},
                                  {"relevant", g.relevant},
                                  {"reliable", g.reliable},
                                  {"metrics", rankingJson(g.metrics, r.severalRelevant)}});
        methods.push_back(Json{{"method", m.method},
                               {"at_k", rankingJson(m.atK, r.severalRelevant)},
                               {"ndcg_by_k", m.ndcgCurve},
                               {"tie_rate", m.tieRate},
                               {"coverage_of_open", m.coverage},
                               {"exposure_gini", m.exposureGini},
                               {"mean_popularity", m.meanPopularity},
                               {"popularity_lift", m.popularityLift},
                               {"groups", groups}});
    }
    Json coefficients = Json::array();
    for (std::size_t j = 0; j < r.featureNames.size(); ++j)
        coefficients.push_back(Json{{"feature", r.featureNames[j]}, {"weight", r.coefficients[j]}});
    Json opportunity = Json::array();
    for (const GroupOpportunity &o : r.opportunity)
        opportunity.push_back(Json{{"attribute", o.attribute},
                                   {"group", o.label},
                                   {"students", o.students},
                                   {"mean_stipend", o.meanStipend},
                                   {"mean_success_probability", o.meanSuccess}});
    Json calibration = Json::array();
    for (const GroupCalibration &g : r.calibrationByGroup)
        calibration.push_back(Json{{"attribute", g.attribute},
                                   {"group", g.label},
                                   {"n", g.n},
                                   {"positives", g.positives},
                                   {"negatives", g.negatives},
                                   {"reliable", g.reliable},
                                   {"mean_predicted", g.predicted},
                                   {"observed_rate", g.observed},
                                   {"roc_auc", number(g.auc)}});
    Json grid = Json::array();
    for (const BlendCandidate &c : r.blend.grid)
        grid.push_back(Json{{"weights", weightsJson(c.weights)}, {"validation_ndcg", c.ndcg}});
    const auto cut = [](std::int64_t t) {
        return t == kNoTime ? Json(nullptr) : Json(formatIsoTimestamp(t));
    };
    Json doc{{"protocol", Json{{"name", protocolKey(r.protocol)},
                               {"description", r.protocolText},
                               {"validation_cut", cut(r.validationCut)},
                               {"test_cut", cut(r.testCut)},
                               {"relevance", "application"},
                               {"gains", Json{{"apply", kGainApply},
                                              {"shortlist", kGainShortlist},
                                              {"selected", kGainSelected}}},
                               {"ties", "hash of (seed, student, internship)"},
                               {"several_relevant", r.severalRelevant}}},
             {"k", r.k},
             {"cf", r.cfMethod},
             {"blend",
              Json{{"learned", r.blend.learned},
                   {"note", r.blend.note},
                   {"weights", weightsJson(r.blend.learned ? r.blend.chosen : r.fixedWeights)},
                   {"fixed_weights", weightsJson(r.fixedWeights)},
                   {"validation_ndcg", r.blend.chosenNdcg},
                   {"validation_students", r.blend.students},
                   {"step", r.blend.step},
                   {"grid", grid}}},
             {"ranking", Json{{"split", protocolKey(r.protocol)},
                              {"evaluated_students", r.evaluatedStudents},
                              {"relevant_items", r.relevantItems},
                              {"train_events", r.trainEvents},
                              {"test_events", r.testEvents},
                              {"open_internships", r.openInternships},
                              {"methods", methods}}},
             {"success_model",
              Json{{"split", "global temporal"},
                   {"fit_rows", r.fitRows},
                   {"calibration_rows", r.calibrationRows},
                   {"test_rows", r.testRows},
                   {"calibrated", r.calibrated},
                   {"validation_log_loss", number(r.validationLogLoss)},
                   {"validation_log_loss_platt", number(r.validationLogLossPlatt)},
                   {"calibration", r.calibrationNote},
                   {"platt", Json{{"a", r.platt.a}, {"b", r.platt.b}, {"fitted", r.platt.fitted}}},
                   {"intercept", r.intercept},
                   {"coefficients", coefficients},
                   {"model", binaryJson(r.model)},
                   {"uncalibrated", binaryJson(r.uncalibrated)},
                   {"ground_truth", r.hasTruth ? binaryJson(r.truth) : Json(nullptr)},
                   {"by_group", calibration}}},
             {"opportunity_by_group", opportunity},
             {"explanations", Json{{"checked", r.explained},
                                   {"max_hybrid_error", r.maxHybridError},
                                   {"max_success_error", r.maxSuccessError},
                                   {"max_content_error", r.maxContentError},
                                   {"max_cf_error", r.maxCfError},
                                   {"feature_vector_mismatches", r.featureMismatches}}}};
    if (audit)
        doc["shortlist_audit"] = auditJson(*audit, groups);
    return doc.dump(2) + "\n";
}

} // namespace pmis::rec
