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

InteractionSplit leaveLastOut(const RecData &d, const EventWeights &weights)
{
    InteractionSplit split;
    split.train.assign(d.events.size(), 1);
    std::unordered_map<std::int32_t, std::int64_t> firstSeen;
    for (std::size_t s = 0; s < d.students; ++s) {
        const std::uint32_t begin = d.eventOffset[s], end = d.eventOffset[s + 1];
        firstSeen.clear();
        std::int32_t held = -1;
        std::int64_t cut = 0;
        for (std::uint32_t e = begin; e < end; ++e) {
            if (firstSeen.emplace(d.events[e].internship, d.events[e].time).second) {
                held = d.events[e].internship;
                cut = d.events[e].time;
            }
        }
        if (firstSeen.size() < 2)
            continue;
        bool positive = false;
        for (std::uint32_t e = begin; e < end; ++e)
            positive |= d.events[e].time < cut && weights.of(d.events[e].type) > 0;
        if (!positive)
            continue;
        for (std::uint32_t e = begin; e < end; ++e) {
            split.train[e] = d.events[e].time < cut;
            split.testEvents += d.events[e].internship == held ? 1 : 0;
        }
        split.students.push_back(std::int32_t(s));
        split.relevant.push_back({held});
    }
    for (auto f : split.train)
        split.trainEvents += f;
    return split;
}

OutcomeSplit temporalOutcomeSplit(const RecData &d, double testFraction, double calibrationFraction)
{
    OutcomeSplit split;
    std::vector<std::uint32_t> all(d.outcomes.size()), rest;
    for (std::size_t k = 0; k < all.size(); ++k)
        all[k] = std::uint32_t(k);
    splitOutcomesByTime(d, all, testFraction, rest, split.test);
    const double share = rest.empty() ? 0.0 : calibrationFraction * double(all.size()) / double(rest.size());
    splitOutcomesByTime(d, rest, std::min(share, 0.5), split.fit, split.calibration);
    return split;
}

std::vector<std::int32_t> topK(const std::vector<double> &scores, const std::vector<std::uint8_t> &skip, std::size_t k)
{
    std::vector<std::int32_t> c;
    c.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (skip.empty() || !skip[i])
            c.push_back(std::int32_t(i));
    const auto better = [&](std::int32_t a, std::int32_t b) {
        return scores[std::size_t(a)] != scores[std::size_t(b)] ? scores[std::size_t(a)] > scores[std::size_t(b)] : a < b;
    };
    const std::size_t len = std::min(k, c.size());
    std::partial_sort(c.begin(), c.begin() + std::ptrdiff_t(len), c.end(), better);
    c.resize(len);
    return c;
}

namespace {

enum Method { Content, Cf, Hybrid, Popularity, Random, MethodCount };
const char *const kMethodNames[MethodCount] = {"content", "cf", "hybrid", "popularity", "random"};

struct StudentResult
{
    std::array<std::vector<std::int32_t>, MethodCount> lists;
    std::vector<double> shownSuccess; // hybrid top-K probabilities
};

struct ExplanationCheck
{
    std::size_t explained = 0;
    double hybrid = 0, success = 0, content = 0, cf = 0;
    std::size_t mismatches = 0;
};

void checkExplanation(const Recommender &r, std::size_t s, const Recommendation &rec, ExplanationCheck &c)
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
    c.success = std::max({c.success, std::abs(logit - scored), std::abs(sigmoid(logit) - rec.probability)});
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
    if (m.features(r.data(), r.content(), s, std::size_t(rec.internship)) != rec.features)
        ++c.mismatches;
}

} // namespace

Result<EvaluationReport> evaluate(std::shared_ptr<const RecData> data, const EvaluationOptions &o,
                                  const ProgressFn &progress)
{
    if (!data)
        return Status::error("evaluation: no data");
    const RecData &d = *data;
    const auto report = [&](double f, const char *phase) { return !progress || progress(f, phase); };
    EvaluationReport rep;
    rep.k = std::max<std::size_t>(1, o.k);
    rep.maxK = std::max(rep.k, o.maxK);
    const InteractionSplit split = leaveLastOut(d, o.recommender.events);
    rep.evaluatedStudents = split.students.size();
    rep.trainEvents = split.trainEvents;
    rep.testEvents = split.testEvents;
    const OutcomeSplit outcomes = temporalOutcomeSplit(d, o.testFraction, o.calibrationFraction);
    rep.fitRows = outcomes.fit.size();
    rep.calibrationRows = outcomes.calibration.size();
    rep.testRows = outcomes.test.size();

    TrainingSelection selection;
    selection.events = &split.train;
    selection.fitOutcomes = outcomes.fit;
    selection.calibrationOutcomes = outcomes.calibration;
    auto trained = Recommender::train(data, o.recommender, selection, [&](double f, const std::string &phase) {
        return report(0.3 * f, phase.c_str());
    });
    if (!trained)
        return trained.status();
    const Recommender &rec = *trained;
    const SuccessModel &model = rec.success();

    // Rankings per evaluated student, in parallel; everything is stored per student and summed in
    // student order afterwards, so the figures do not depend on the threads.
    const std::size_t n = d.internships, users = split.students.size();
    std::vector<StudentResult> results(users);
    std::vector<ExplanationCheck> checks(taskWorkers(o.recommender.threads));
    const RandomStream randomKeys(o.seed, "evaluation", "random");
    Eligibility rule;
    rule.excludeUnavailable = false;
    rule.excludeSeen = true;
    const std::size_t blocks = std::clamp<std::size_t>(users / 64, 1, 50);
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t lo = users * b / blocks, hi = users * (b + 1) / blocks;
        parallelTasks(hi - lo, o.recommender.threads, 16, [&](std::size_t begin, std::size_t end, std::size_t w) {
            std::vector<double> scores(n);
            std::vector<std::uint8_t> seen(n);
            for (std::size_t u = lo + begin; u < lo + end; ++u) {
                const auto s = std::size_t(split.students[u]);
                std::fill(seen.begin(), seen.end(), 0);
                const Feedback &f = rec.feedback();
                for (std::uint32_t e = f.offset[s]; e < f.offset[s + 1]; ++e)
                    seen[std::size_t(f.item[e])] = 1;
                StudentResult &res = results[u];
                rec.contentScores(s, scores.data());
                res.lists[Content] = topK(scores, seen, rep.maxK);
                rec.cfScores(s, scores.data());
                res.lists[Cf] = topK(scores, seen, rep.maxK);
                res.lists[Popularity] = topK(rec.popularity(), seen, rep.maxK);
                for (std::size_t i = 0; i < n; ++i)
                    scores[i] = randomKeys.uniform(s, i);
                res.lists[Random] = topK(scores, seen, rep.maxK);
                const StudentRecommendations hybrid = rec.recommend(s, rep.maxK, rule, nullptr, o.checkExplanations);
                for (const Recommendation &r : hybrid.items) {
                    res.lists[Hybrid].push_back(r.internship);
                    if (res.shownSuccess.size() < rep.k)
                        res.shownSuccess.push_back(r.probability);
                    if (o.checkExplanations)
                        checkExplanation(rec, s, r, checks[w]);
                }
            }
        });
        if (!report(0.3 + 0.5 * double(b + 1) / double(blocks), "ranking"))
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
    const std::array<const GroupAttribute *, 3> attributes = {&d.ruralUrban, &d.tier, &d.gender};
    for (int m = 0; m < MethodCount; ++m) {
        MethodReport mr;
        mr.method = kMethodNames[m];
        mr.ndcgCurve.assign(rep.maxK, 0.0);
        std::vector<std::uint8_t> shown(n, 0);
        double popularitySum = 0, shownCount = 0;
        std::vector<std::vector<RankingMetrics>> groupSums(attributes.size());
        std::vector<std::vector<std::size_t>> groupCounts(attributes.size());
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            groupSums[a].assign(attributes[a]->labels.size(), {});
            groupCounts[a].assign(attributes[a]->labels.size(), 0);
        }
        for (std::size_t u = 0; u < users; ++u) {
            const auto &list = results[u].lists[std::size_t(m)];
            const RankingMetrics metrics = rankingMetrics(list, split.relevant[u], rep.k);
            mr.atK += metrics;
            const auto curve = ndcgCurve(list, split.relevant[u]);
            for (std::size_t k = 0; k < rep.maxK; ++k)
                mr.ndcgCurve[k] += k < curve.size() ? curve[k] : (curve.empty() ? 0.0 : curve.back());
            for (std::size_t r = 0; r < std::min(rep.k, list.size()); ++r) {
                shown[std::size_t(list[r])] = 1;
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
            }
        }
        mr.atK = mr.atK / double(users);
        for (double &v : mr.ndcgCurve)
            v = users ? v / double(users) : 0.0;
        std::size_t distinct = 0;
        for (auto v : shown)
            distinct += v;
        mr.coverage = n ? double(distinct) / double(n) : 0.0;
        mr.meanPopularity = shownCount > 0 ? popularitySum / shownCount : 0.0;
        mr.popularityLift = catalogPopularity > 0 ? mr.meanPopularity / catalogPopularity : 0.0;
        for (std::size_t a = 0; a < attributes.size(); ++a)
            for (std::size_t g = 0; g < attributes[a]->labels.size(); ++g)
                mr.groups.push_back({attributes[a]->column, attributes[a]->labels[g], groupCounts[a][g],
                                     groupSums[a][g] / double(groupCounts[a][g])});
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
        const auto x = model.features(d, rec.content(), std::size_t(oc.student), std::size_t(oc.internship));
        calibrated.push_back(model.probability(x.data()));
        raw.push_back(sigmoid(model.uncalibratedLogit(x.data())));
        truth.push_back(oc.trueProbability);
        labels.push_back(std::uint8_t(oc.success));
    }
    const int threads = o.recommender.threads;
    rep.model = binaryReport("model", calibrated, labels, o.bootstrap, o.seed, threads);
    rep.uncalibrated = binaryReport("model (uncalibrated)", raw, labels, o.bootstrap, o.seed, threads);
    if (rep.hasTruth)
        rep.truth = binaryReport("ground truth", truth, labels, o.bootstrap, o.seed, threads);
    rep.featureNames = model.featureNames();
    rep.coefficients = model.coefficients();
    rep.intercept = model.intercept();
    rep.platt = model.platt();
    rep.calibrationNote = model.calibrationNote();
    for (const GroupAttribute *attr : attributes) {
        for (std::size_t g = 0; g < attr->labels.size(); ++g) {
            GroupCalibration gc{attr->column, attr->labels[g], 0, 0, 0, 0};
            std::vector<double> p;
            std::vector<std::uint8_t> y;
            for (std::size_t t = 0; t < outcomes.test.size(); ++t) {
                if (attr->codes[std::size_t(d.outcomes[outcomes.test[t]].student)] != std::int32_t(g))
                    continue;
                p.push_back(calibrated[t]);
                y.push_back(labels[t]);
                gc.predicted += calibrated[t];
                gc.observed += labels[t];
            }
            gc.n = p.size();
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
