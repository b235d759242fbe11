#include "core/rec/evaluation.h"

#include "core/rec/parallel_tasks.h"
#include "core/util/rng.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace pmis::rec {

const MethodReport *EvaluationReport::method(const std::string &name) const
{
    for (const MethodReport &m : methods)
        if (m.method == name)
            return &m;
    return nullptr;
}

namespace {

enum Method { Content, Cf, Success, Hybrid, HybridFixed, Popularity, Random, MethodCount };
const char *const kMethodNames[MethodCount]
        = {"content", "cf", "success", "hybrid", "hybrid_fixed", "popularity", "random"};

struct StudentResult
{
    std::array<std::vector<std::int32_t>, MethodCount> lists;
    std::array<std::uint8_t, MethodCount> tie{};
    std::vector<double> shownSuccess; // hybrid top-K probabilities
};

struct ExplanationCheck
{
    std::size_t explained = 0;
    double hybrid = 0, success = 0, content = 0, cf = 0;
    std::size_t mismatches = 0;
};

void checkExplanation(const Recommender &r, std::size_t s, std::int64_t asOf,
                      const Recommendation &rec, ExplanationCheck &c)
{
    ++c.explained;
    double sum = 0;
    for (double v : rec.contribution)
        sum += v;
    c.hybrid = std::max(c.hybrid, std::abs(sum - rec.score));
    const SuccessModel &m = r.success();
    double logit = rec.success.base;
    for (double v : rec.success.contributions)
        logit += v;
    const double scored = m.logit(rec.features.data());
    c.success = std::max(
            {c.success, std::abs(logit - scored), std::abs(sigmoid(logit) - rec.probability)});
    double cosine = 0;
    for (const auto &t : rec.content.contributions)
        cosine += t.contribution;
    c.content = std::max(c.content, std::abs(cosine - rec.raw[ContentComponent]));
    if (!r.als()) {
        double cf = 0;
        for (const auto &t : rec.cfTerms)
            cf += t.second;
        c.cf = std::max(c.cf, std::abs(cf - rec.raw[CfComponent]));
    }
    if (m.features(r.data(), r.content(), s, std::size_t(rec.internship), asOf) != rec.features)
        ++c.mismatches;
}

} // namespace

Result<EvaluationReport> evaluate(std::shared_ptr<const RecData> data, const EvaluationOptions &o,
                                  const ProgressFn &progress)
{
    if (!data)
        return Status::error("evaluation: no data");
    const RecData &d = *data;
    const auto report
            = [&](double f, const char *phase) { return !progress || progress(f, phase); };
    EvaluationReport rep;
    rep.protocol = o.protocol;
    rep.protocolText = protocolDescription(o.protocol);
    rep.cfMethod = cfMethodName(o.recommender.cf);
    rep.fixedWeights = o.recommender.weights;
    rep.k = std::max<std::size_t>(1, o.k);
    rep.maxK = std::max(rep.k, o.maxK);
    const bool temporal = o.protocol == Protocol::Temporal;
    const InteractionSplit split = temporal
                                           ? temporalSplit(d, o.testFraction, o.calibrationFraction)
                                           : leaveLastOut(d, o.recommender.events);
    if (split.students.empty())
        return Status::error("evaluation: no student has a held-out application; the data holds "
                             "too few apply events");
    rep.validationCut = split.validationCut;
    rep.testCut = split.testCut;
    rep.evaluatedStudents = split.students.size();
    rep.trainEvents = split.trainEvents;
    rep.testEvents = split.testEvents;
    rep.relevantItems = split.testApplications;
    rep.severalRelevant = split.severalRelevant;
    const OutcomeSplit outcomes
            = temporal ? outcomeSplitAt(d, split.validationCut, split.testCut)
                       : temporalOutcomeSplit(d, o.testFraction, o.calibrationFraction);
    rep.fitRows = outcomes.fit.size();
    rep.calibrationRows = outcomes.calibration.size();
    rep.testRows = outcomes.test.size();

    // Availability at the cut by deadline; is_active is a snapshot at the reference date.
    const auto ruleAt = [](std::int64_t cut) {
        Eligibility rule;
        rule.excludeUnavailable = cut != kNoTime;
        rule.referenceTime = cut;
        rule.useActiveFlag = false;
        rule.asOf = cut;
        return rule;
    };
    RecommenderOptions options = o.recommender;
    const ProgressFn none;
    if (temporal && o.learnWeights) {
        // Stage 1: models that know only what happened before the validation cut choose the blend.
        TrainingSelection early;
        early.events = &split.train;
        early.fitOutcomes = outcomes.fit;
        early.calibrationOutcomes = outcomes.calibration;
        early.asOf = split.validationCut;
        auto trained
                = Recommender::train(data, options, early, [&](double f, const std::string &phase) {
                      return report(0.2 * f, phase.c_str());
                  });
        if (!trained)
            return trained.status();
        rep.blend = searchBlendWeights(*trained, split.validationStudents, split.validationRelevant,
                                       ruleAt(split.validationCut), rep.k, o.blendStep,
                                       o.recommender.threads, o.maxValidationStudents);
        if (rep.blend.learned)
            options.weights = rep.blend.chosen;
        if (!report(0.35, "blend weights"))
            return Status::cancelled();
    } else {
        rep.blend.learned = false;
        rep.blend.chosen = options.weights;
        rep.blend.note = temporal ? "learning is off" : "leave-last-out has no validation slice";
    }

    // Stage 2: models that know what happened before the test cut, with the chosen weights.
    TrainingSelection selection;
    selection.events = &split.trainTest;
    selection.fitOutcomes = outcomes.fit;
    selection.calibrationOutcomes = outcomes.calibration;
    selection.asOf = split.testCut;
    auto trained
            = Recommender::train(data, options, selection, [&](double f, const std::string &phase) {
                  return report(0.35 + 0.15 * f, phase.c_str());
              });
    if (!trained)
        return trained.status();
    const Recommender &rec = *trained;
    const SuccessModel &model = rec.success();

    // Rankings per evaluated student, in parallel; everything is stored per student and summed in
    // student order afterwards, so the figures do not depend on the threads. Under leave-last-out
    // each student is ranked as of their own held-out engagement (their events before it).
    const std::size_t n = d.internships, users = split.students.size();
    std::vector<StudentResult> results(users);
    std::vector<ExplanationCheck> checks(taskWorkers(o.recommender.threads));
    const RandomStream randomKeys(o.seed, "evaluation", "random");
    const Eligibility testRule = ruleAt(split.testCut);
    std::vector<std::uint8_t> open(n, 1);
    for (std::size_t i = 0; i < n; ++i)
        open[i] = !testRule.excludeUnavailable || d.deadline[i] == kNoTime
                  || d.deadline[i] >= testRule.referenceTime;
    for (auto v : open)
        rep.openInternships += v;
    const std::size_t blocks = std::clamp<std::size_t>(users / 64, 1, 50);
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t lo = users * b / blocks, hi = users * (b + 1) / blocks;
        parallelTasks(
                hi - lo, o.recommender.threads, 16,
                [&](std::size_t begin, std::size_t end, std::size_t w) {
                    std::vector<double> scores(n), cosine(n), prob(n), x(model.featureCount());
                    std::vector<std::uint8_t> skip(n);
                    std::vector<std::uint64_t> keys(n);
                    for (std::size_t u = lo + begin; u < lo + end; ++u) {
                        const auto s = std::size_t(split.students[u]);
                        const Eligibility rule = ruleAt(split.cuts[u]);
                        for (std::size_t i = 0; i < n; ++i) {
                            skip[i] = !rec.eligible(s, i, rule);
                            keys[i] = rec.tieKey(s, i);
                        }
                        StudentResult &res = results[u];
                        const auto take = [&](Method m, const std::vector<double> &v) {
                            TopK t = topK(v, skip, keys, rep.maxK);
                            res.lists[m] = std::move(t.items);
                            res.tie[m] = t.boundaryTie;
                        };
                        rec.contentScores(s, cosine.data());
                        take(Content, cosine);
                        rec.cfScores(s, scores.data());
                        take(Cf, scores);
                        for (std::size_t i = 0; i < n; ++i) {
                            model.features(d, s, i, cosine[i], rule.asOf, x.data());
                            prob[i] = model.probability(x.data());
                        }
                        take(Success, prob);
                        take(Popularity, rec.popularity());
                        for (std::size_t i = 0; i < n; ++i)
                            scores[i] = randomKeys.uniform(s, i);
                        take(Random, scores);
                        for (Method m : {Hybrid, HybridFixed}) {
                            const BlendWeights &bw
                                    = m == Hybrid ? options.weights : o.recommender.weights;
                            const CandidatePool pool = rec.candidatePool(s, rule, bw);
                            const auto top = Recommender::blendTop(pool, bw, rep.maxK + 1);
                            for (std::size_t r = 0; r < std::min(top.size(), rep.maxK); ++r)
                                res.lists[m].push_back(pool.items[top[r]]);
                            if (top.size() > rep.k) { // is the K-th place shared with the next one?
                                const auto score = [&](std::size_t j) {
                                    double v = 0;
                                    const double wt[ComponentCount]
                                            = {bw.content, bw.cf, bw.success, bw.popularity};
                                    for (std::size_t c = 0; c < ComponentCount; ++c)
                                        v += wt[c] * pool.normalised[c][j];
                                    return v;
                                };
                                res.tie[m] = score(top[rep.k - 1]) == score(top[rep.k]);
                            }
                        }
                        const StudentRecommendations hybrid = rec.recommend(
                                s, rep.k, rule, &options.weights, o.checkExplanations);
                        for (const Recommendation &r : hybrid.items) {
                            res.shownSuccess.push_back(r.probability);
                            if (o.checkExplanations)
                                checkExplanation(rec, s, rule.asOf, r, checks[w]);
                        }
                    }
                });
        if (!report(0.5 + 0.35 * double(b + 1) / double(blocks), "ranking"))
            return Status::cancelled();
    }
    for (const ExplanationCheck &c : checks) {
        rep.explained += c.explained;
        rep.maxHybridError = std::max(rep.maxHybridError, c.hybrid);
        rep.maxSuccessError = std::max(rep.maxSuccessError, c.success);
        rep.maxContentError = std::max(rep.maxContentError, c.content);
        rep.maxCfError = std::max(rep.maxCfError, c.cf);
        rep.featureMismatches += c.mismatches;
    }

    // Aggregates per method and per group.
    double catalogPopularity = 0;
    for (double p : rec.popularity())
        catalogPopularity += p;
    catalogPopularity /= std::max<double>(1.0, double(n));
    const std::vector<const GroupAttribute *> attributes = d.groupAttributes();
    for (int m = 0; m < MethodCount; ++m) {
        MethodReport mr;
        mr.method = kMethodNames[m];
        mr.ndcgCurve.assign(rep.maxK, 0.0);
        std::vector<double> exposure(n, 0.0);
        std::vector<std::uint8_t> shown(n, 0);
        double popularitySum = 0, shownCount = 0, ties = 0;
        std::vector<std::vector<RankingMetrics>> groupSums(attributes.size());
        std::vector<std::vector<std::size_t>> groupCounts(attributes.size()),
                groupRelevant(attributes.size());
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            groupSums[a].assign(attributes[a]->labels.size(), {});
            groupCounts[a].assign(attributes[a]->labels.size(), 0);
            groupRelevant[a].assign(attributes[a]->labels.size(), 0);
        }
        for (std::size_t u = 0; u < users; ++u) {
            const auto &list = results[u].lists[std::size_t(m)];
            const RelevantSet &rel = split.relevant[u];
            const RankingMetrics metrics = rankingMetrics(list, rel.items, rel.gains, rep.k);
            mr.atK += metrics;
            ties += results[u].tie[std::size_t(m)];
            const auto curve = ndcgCurve(list, rel.items, rel.gains);
            for (std::size_t k = 0; k < rep.maxK; ++k)
                mr.ndcgCurve[k]
                        += k < curve.size() ? curve[k] : (curve.empty() ? 0.0 : curve.back());
            for (std::size_t r = 0; r < std::min(rep.k, list.size()); ++r) {
                shown[std::size_t(list[r])] = 1;
                exposure[std::size_t(list[r])] += 1.0 / std::log2(double(r) + 2.0);
                popularitySum += rec.popularity()[std::size_t(list[r])];
                shownCount += 1;
            }
            const auto s = std::size_t(split.students[u]);
            for (std::size_t a = 0; a < attributes.size(); ++a) {
                const std::int32_t g = attributes[a]->codes[s];
                if (g < 0)
                    continue;
                groupSums[a][std::size_t(g)] += metrics;
                ++groupCounts[a][std::size_t(g)];
                groupRelevant[a][std::size_t(g)] += rel.items.size();
            }
        }
        mr.atK = mr.atK / double(users);
        mr.tieRate = ties / double(users);
        for (double &v : mr.ndcgCurve)
            v = users ? v / double(users) : 0.0;
        std::size_t distinct = 0;
        std::vector<double> openExposure;
        for (std::size_t i = 0; i < n; ++i) {
            if (!open[i])
                continue;
            distinct += shown[i];
            openExposure.push_back(exposure[i]);
        }
        mr.coverage = rep.openInternships ? double(distinct) / double(rep.openInternships) : 0.0;
        mr.exposureGini = giniCoefficient(std::move(openExposure));
        mr.meanPopularity = shownCount > 0 ? popularitySum / shownCount : 0.0;
        mr.popularityLift = catalogPopularity > 0 ? mr.meanPopularity / catalogPopularity : 0.0;
        for (std::size_t a = 0; a < attributes.size(); ++a)
            for (std::size_t g = 0; g < attributes[a]->labels.size(); ++g) {
                GroupMetrics gm;
                gm.attribute = attributes[a]->column;
                gm.label = attributes[a]->labels[g];
                gm.students = groupCounts[a][g];
                gm.relevant = groupRelevant[a][g];
                gm.reliable = gm.relevant >= kMinGroupPositives;
                gm.metrics = gm.students ? groupSums[a][g] / double(gm.students) : RankingMetrics{};
                mr.groups.push_back(gm);
            }
        rep.methods.push_back(std::move(mr));
    }

    // Consumer-side opportunity: mean stipend and success probability of the hybrid's top K.
    for (const GroupAttribute *attr : attributes) {
        for (std::size_t g = 0; g < attr->labels.size(); ++g) {
            GroupOpportunity op{attr->column, attr->labels[g], 0, 0, 0};
            double stipendSum = 0, stipendCount = 0, successSum = 0, successCount = 0;
            for (std::size_t u = 0; u < users; ++u) {
                if (attr->codes[std::size_t(split.students[u])] != std::int32_t(g))
                    continue;
                ++op.students;
                const auto &list = results[u].lists[Hybrid];
                for (std::size_t r = 0; r < std::min(rep.k, list.size()); ++r) {
                    const double st = d.stipend[std::size_t(list[r])];
                    if (!std::isnan(st)) {
                        stipendSum += st;
                        stipendCount += 1;
                    }
                }
                for (double p : results[u].shownSuccess) {
                    successSum += p;
                    successCount += 1;
                }
            }
            op.meanStipend = stipendCount > 0 ? stipendSum / stipendCount : 0.0;
            op.meanSuccess = successCount > 0 ? successSum / successCount : 0.0;
            rep.opportunity.push_back(op);
        }
    }
    if (!report(0.85, "success model metrics"))
        return Status::cancelled();

    // The success model on the newest outcomes, next to the generator's true probabilities.
    std::vector<double> calibrated, raw, truth;
    std::vector<std::uint8_t> labels;
    rep.hasTruth = d.hasTrueProbability;
    for (std::uint32_t row : outcomes.test) {
        const OutcomeRow &oc = d.outcomes[row];
        const auto x = model.features(d, rec.content(), std::size_t(oc.student),
                                      std::size_t(oc.internship), oc.date);
        calibrated.push_back(model.probability(x.data()));
        raw.push_back(sigmoid(model.uncalibratedLogit(x.data())));
        truth.push_back(oc.trueProbability);
        labels.push_back(std::uint8_t(oc.success));
    }
    const int threads = o.recommender.threads;
    rep.model = binaryReport("model", calibrated, labels, o.bootstrap, o.seed, threads);
    rep.uncalibrated
            = binaryReport("model (uncalibrated)", raw, labels, o.bootstrap, o.seed, threads);
    if (rep.hasTruth)
        rep.truth = binaryReport("ground truth", truth, labels, o.bootstrap, o.seed, threads);
    rep.featureNames = model.featureNames();
    rep.coefficients = model.coefficients();
    rep.intercept = model.intercept();
    rep.platt = model.platt();
    rep.calibrated = model.calibrated();
    rep.validationLogLoss = model.validationLogLoss();
    rep.validationLogLossPlatt = model.validationLogLossPlatt();
    rep.calibrationNote = model.calibrationNote();
    for (const GroupAttribute *attr : attributes) {
        for (std::size_t g = 0; g < attr->labels.size(); ++g) {
            GroupCalibration gc;
            gc.attribute = attr->column;
            gc.label = attr->labels[g];
            std::vector<double> p;
            std::vector<std::uint8_t> y;
            for (std::size_t t = 0; t < outcomes.test.size(); ++t) {
                if (attr->codes[std::size_t(d.outcomes[outcomes.test[t]].student)]
                    != std::int32_t(g))
                    continue;
                p.push_back(calibrated[t]);
                y.push_back(labels[t]);
                gc.predicted += calibrated[t];
                gc.observed += labels[t];
            }
            gc.n = p.size();
            for (auto v : y)
                gc.positives += v;
            gc.negatives = gc.n - gc.positives;
            gc.reliable = gc.positives >= kMinGroupPositives && gc.negatives >= kMinGroupPositives;
            if (gc.n) {
                gc.predicted /= double(gc.n);
                gc.observed /= double(gc.n);
            }
            gc.auc = rocAuc(p, y);
            rep.calibrationByGroup.push_back(gc);
        }
    }
    report(1.0, "done");
    return rep;
}

} // namespace pmis::rec
