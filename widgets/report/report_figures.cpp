#include "widgets/report/report_figures.h"

#include "core/rec/rec_data.h"
#include "widgets/rec/rec_texts.h"

#include <QCoreApplication>

#include <algorithm>

namespace pmis::report {

namespace {

// The example's words are in the interface language (QCoreApplication::translate is safe on any
// thread).
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A progress callback for the part of the work between `from` and `to`.
ProgressFn stage(const ProgressFn &progress, double from, double to)
{
    return [progress, from, to](double f, const std::string &phase) {
        return !progress || progress(from + (to - from) * std::clamp(f, 0.0, 1.0), phase);
    };
}

// The share of the students holding `label` in `counts`; 0 when none do.
double shareOf(const LabelledValues &counts, const std::string &label)
{
    double total = 0, held = 0;
    for (std::size_t k = 0; k < counts.labels.size() && k < counts.values.size(); ++k) {
        total += counts.values[k];
        if (counts.labels[k] == label)
            held = counts.values[k];
    }
    return total > 0 ? held / total : 0.0;
}

// The student with the most applications (the first of them on a tie) and their top five.
std::optional<RecommendationExample> exampleOf(const rec::Recommender &recommender,
                                               std::int64_t reference)
{
    const rec::RecData &data = recommender.data();
    std::vector<std::size_t> applications(data.students, 0);
    for (const rec::OutcomeRow &o : data.outcomes)
        if (o.student >= 0 && std::size_t(o.student) < data.students)
            ++applications[std::size_t(o.student)];
    if (applications.empty())
        return std::nullopt;
    const std::size_t student = std::size_t(
            std::max_element(applications.begin(), applications.end()) - applications.begin());
    rec::Eligibility rule;
    rule.referenceTime = reference;
    const rec::StudentRecommendations top = recommender.recommend(student, 5, rule);
    RecommendationExample out;
    out.student = data.studentIds[student];
    std::vector<std::string> parts;
    for (const rec::GroupAttribute *g : {&data.tier, &data.ruralUrban, &data.gender})
        if (student < g->codes.size() && g->codes[student] >= 0)
            parts.push_back(g->labels[std::size_t(g->codes[student])]);
    if (student < data.studentCity.size() && data.studentCity[student] >= 0)
        parts.push_back(data.cityLabels[std::size_t(data.studentCity[student])]);
    std::string skills;
    const auto &held = data.studentSkills[student];
    for (std::size_t k = 0; k < held.size() && k < 4; ++k)
        skills += (skills.empty() ? "" : ", ") + data.vocabulary[std::size_t(held[k])];
    if (held.size() > 4) {
        const int more = int(held.size() - 4);
        skills = QCoreApplication::translate("ReportFigures", "%1 and %n more", nullptr, more)
                         .arg(qs(skills))
                         .toStdString();
    }
    for (const std::string &p : parts)
        out.description += (out.description.empty() ? "" : ", ") + p;
    if (!skills.empty())
        out.description = QCoreApplication::translate("ReportFigures", "%1; skills %2")
                                  .arg(qs(out.description), qs(skills))
                                  .toStdString();
    for (const rec::Recommendation &r : top.items) {
        RecommendationExample::Item item;
        const auto i = std::size_t(r.internship);
        item.internship = data.internshipIds[i];
        const bool titled = i < data.title.size() && !data.title[i].empty();
        if (titled && i < data.company.size() && !data.company[i].empty()) {
            item.internship
                    = QCoreApplication::translate("ReportFigures", "%1: %2 at %3")
                              .arg(qs(item.internship), qs(data.title[i]), qs(data.company[i]))
                              .toStdString();
        } else if (titled) {
            item.internship += ": " + data.title[i];
        }
        item.score = r.score;
        item.content = r.contribution[rec::ContentComponent];
        item.cf = r.contribution[rec::CfComponent];
        item.success = r.contribution[rec::SuccessComponent];
        item.popularity = r.contribution[rec::PopularityComponent];
        item.probability = r.probability;
        item.reason = RecTexts::reason(data, student, r).toStdString();
        out.items.push_back(std::move(item));
    }
    return out;
}

} // namespace

Result<ReportFigures> computeReportFigures(const ReportInput &input, const ProgressFn &progress)
{
    if (!input.dataset)
        return Status::error("there is no dataset to report on");
    const Dataset &data = *input.dataset;
    ReportFigures out;
    if (progress && !progress(0.0, "overview"))
        return Status::cancelled();
    out.overview = computeOverview(data);
    if (input.baseline)
        out.baselineOverview = computeOverview(*input.baseline);
    auto quality = quality::computeQuality(data, input.scenario ? &*input.scenario : nullptr,
                                           stage(progress, 0.05, 0.3));
    if (!quality)
        return quality.status();
    out.quality = quality.takeValue();

    auto built = rec::buildRecData(data);
    if (!built) {
        out.evaluationError = built.error();
        out.fairnessError = built.error();
    } else {
        const auto recData = std::make_shared<const rec::RecData>(built.takeValue());
        rec::EvaluationOptions options;
        options.bootstrap = 200; // intervals to two decimals; the Recommender tab runs 1000
        options.recommender.tieSeed = options.seed;
        auto evaluation = rec::evaluate(recData, options, stage(progress, 0.3, 0.75));
        if (evaluation.isCancelled())
            return Status::cancelled();
        if (evaluation)
            out.evaluation = evaluation.takeValue();
        else
            out.evaluationError = evaluation.error();
        // The audit ranks with the blend the evaluation learned, like the shipped shortlists.
        rec::RecommenderOptions shipped = options.recommender;
        if (out.evaluation && out.evaluation->blend.learned)
            shipped.weights = out.evaluation->blend.chosen;
        FairnessAudit fairness;
        for (const char *key : kAuditGroupKeys) {
            auto group = rec::resolveGroup(*recData, key);
            if (!group)
                continue;
            group->share = group->attribute == "gender"
                                   ? shareOf(out.overview.gender, group->label)
                                   : shareOf(out.overview.ruralUrban, group->label);
            if (group->share > 0)
                fairness.groups.push_back(group.takeValue());
        }
        auto recommender = rec::Recommender::train(recData, shipped);
        const std::int64_t reference = input.scenario ? input.scenario->referenceSeconds()
                                                      : rec::dayAfterLastEvent(*recData);
        if (recommender)
            out.example = exampleOf(*recommender, reference);
        if (fairness.groups.empty()) {
            out.fairnessError = "the students have no rural_urban or gender column to audit";
        } else if (!recommender) {
            out.fairnessError = recommender.error();
        } else {
            std::vector<std::int32_t> open;
            for (std::size_t i = 0; i < recData->internships; ++i)
                if (recData->available(i, reference))
                    open.push_back(std::int32_t(i));
            rec::ShortlistOptions shortlist;
            shortlist.groups = fairness.groups;
            auto audit = rec::auditShortlists(*recommender, open, shortlist,
                                              stage(progress, 0.75, 0.9));
            if (audit.isCancelled())
                return Status::cancelled();
            if (audit) {
                fairness.audit = audit.takeValue();
                out.fairness = std::move(fairness);
            } else {
                out.fairnessError = audit.error();
            }
        }
    }
    if (input.baseline) {
        if (progress && !progress(0.9, "comparing with the baseline"))
            return Status::cancelled();
        out.comparison = compareDatasets(*input.baseline, data);
        if (input.scenario && input.baselineScenario)
            out.comparison->parameters = diffScenarios(*input.baselineScenario, *input.scenario);
    }
    if (progress && !progress(1.0, "laying out the report"))
        return Status::cancelled();
    return out;
}

} // namespace pmis::report
