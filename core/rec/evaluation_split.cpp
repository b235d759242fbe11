// The evaluation's splits, top-K selection with tie-breaking, the exposure Gini, and the blend search
// with the weights the shipped recommender learns by default.
#include "core/rec/evaluation.h"

#include "core/rec/parallel_tasks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace pmis::rec {

const char *protocolKey(Protocol protocol)
{
    return protocol == Protocol::Temporal ? "temporal" : "leave-last-out";
}

std::string protocolDescription(Protocol protocol)
{
    if (protocol == Protocol::Temporal)
        return "global temporal split of the applications (train before the validation cut, "
               "validation slice, "
               "test after the test cut); relevance = an application, NDCG gains apply 1, "
               "shortlist 2, selected 3";
    return "per-student temporal leave-last-out; relevance = the last internship the student "
           "applied to, NDCG "
           "gains apply 1, shortlist 2, selected 3";
}

namespace {

bool isApplication(EventType t)
{
    return t == EventType::Apply;
}

// Gains of (student, internship) pairs: shortlist events and selected outcomes raise an apply's gain.
class GainTable
{
public:
    explicit GainTable(const RecData &d)
    {
        for (std::size_t s = 0; s < d.students; ++s)
            for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e)
                if (d.events[e].type == EventType::Shortlist)
                    raise(s, d.events[e].internship, kGainShortlist);
        for (const OutcomeRow &o : d.outcomes)
            if (o.success)
                raise(std::size_t(o.student), o.internship, kGainSelected);
    }
    double gain(std::size_t s, std::int32_t i) const
    {
        const auto it = m_gain.find(key(s, i));
        return it == m_gain.end() ? kGainApply : it->second;
    }

private:
    static std::uint64_t key(std::size_t s, std::int32_t i)
    {
        return std::uint64_t(s) << 32 | std::uint32_t(i);
    }
    void raise(std::size_t s, std::int32_t i, double g)
    {
        double &v = m_gain.try_emplace(key(s, i), kGainApply).first->second;
        v = std::max(v, g);
    }
    std::unordered_map<std::uint64_t, double> m_gain;
};

RelevantSet relevantSet(std::vector<std::int32_t> items, const GainTable &gains, std::size_t s)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    RelevantSet r;
    for (std::int32_t i : items) {
        r.items.push_back(i);
        r.gains.push_back(gains.gain(s, i));
    }
    return r;
}

} // namespace

InteractionSplit temporalSplit(const RecData &d, double testFraction, double validationFraction)
{
    InteractionSplit split;
    split.protocol = Protocol::Temporal;
    std::vector<std::int64_t> times;
    for (const Event &e : d.events)
        if (isApplication(e.type))
            times.push_back(e.time);
    std::sort(times.begin(), times.end());
    split.train.assign(d.events.size(), 0);
    split.trainTest.assign(d.events.size(), 0);
    if (times.empty())
        return split;
    const auto cutAt = [&](double share) {
        const auto later
                = std::size_t(std::llround(std::clamp(share, 0.0, 1.0) * double(times.size())));
        const std::size_t index = times.size() - std::min(later, times.size());
        return index < times.size() ? times[index] : times.back() + 1;
    };
    split.testCut = cutAt(testFraction);
    split.validationCut = std::min(split.testCut, cutAt(testFraction + validationFraction));
    const GainTable gains(d);
    std::vector<std::int32_t> before, validation, test;
    for (std::size_t s = 0; s < d.students; ++s) {
        validation.clear();
        test.clear();
        for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e) {
            const Event &ev = d.events[e];
            split.train[e] = ev.time < split.validationCut;
            split.trainTest[e] = ev.time < split.testCut;
            if (!isApplication(ev.type))
                continue;
            if (ev.time >= split.testCut)
                test.push_back(ev.internship);
            else if (ev.time >= split.validationCut)
                validation.push_back(ev.internship);
        }
        // Applications before a slice make an internship ineligible in it: it cannot be relevant.
        const auto appliedBefore = [&](std::int64_t cut, std::int32_t i) {
            for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e)
                if (d.events[e].time < cut && d.events[e].internship == i
                    && (isApplication(d.events[e].type) || d.events[e].type == EventType::Shortlist
                        || d.events[e].type == EventType::Reject))
                    return true;
            return false;
        };
        std::erase_if(validation,
                      [&](std::int32_t i) { return appliedBefore(split.validationCut, i); });
        std::erase_if(test, [&](std::int32_t i) { return appliedBefore(split.testCut, i); });
        if (!validation.empty()) {
            split.validationStudents.push_back(std::int32_t(s));
            split.validationRelevant.push_back(relevantSet(validation, gains, s));
            split.validationApplications += split.validationRelevant.back().items.size();
        }
        if (!test.empty()) {
            split.students.push_back(std::int32_t(s));
            split.relevant.push_back(relevantSet(test, gains, s));
            split.cuts.push_back(split.testCut);
            split.testApplications += split.relevant.back().items.size();
            split.severalRelevant |= split.relevant.back().items.size() > 1;
        }
    }
    for (std::size_t e = 0; e < d.events.size(); ++e) {
        split.trainEvents += split.trainTest[e];
        split.testEvents += d.events[e].time >= split.testCut ? 1 : 0;
    }
    return split;
}

InteractionSplit leaveLastOut(const RecData &d, const EventWeights &weights)
{
    InteractionSplit split;
    split.protocol = Protocol::LeaveLastOut;
    split.train.assign(d.events.size(), 1);
    const GainTable gains(d);
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
        bool applied = false, positive = false;
        for (std::uint32_t e = begin; e < end; ++e) {
            applied |= d.events[e].internship == held && isApplication(d.events[e].type);
            positive |= d.events[e].time < cut && weights.of(d.events[e].type) > 0;
        }
        if (!applied || !positive) // relevance is an application; a bare view is context
            continue;
        for (std::uint32_t e = begin; e < end; ++e) {
            split.train[e] = d.events[e].time < cut;
            split.testEvents += d.events[e].internship == held ? 1 : 0;
        }
        split.students.push_back(std::int32_t(s));
        split.relevant.push_back(relevantSet({held}, gains, s));
        split.cuts.push_back(cut);
        ++split.testApplications;
    }
    split.trainTest = split.train;
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
    const double share
            = rest.empty() ? 0.0 : calibrationFraction * double(all.size()) / double(rest.size());
    splitOutcomesByTime(d, rest, std::min(share, 0.5), split.fit, split.calibration);
    return split;
}

OutcomeSplit outcomeSplitAt(const RecData &d, std::int64_t validationCut, std::int64_t testCut)
{
    OutcomeSplit split;
    std::vector<std::uint32_t> rows(d.outcomes.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        rows[k] = std::uint32_t(k);
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        return d.outcomes[a].date < d.outcomes[b].date;
    });
    for (std::uint32_t r : rows) {
        const std::int64_t t = d.outcomes[r].date;
        (t < validationCut ? split.fit : t < testCut ? split.calibration : split.test).push_back(r);
    }
    return split;
}

TopK topK(const std::vector<double> &scores, const std::vector<std::uint8_t> &skip,
          const std::vector<std::uint64_t> &tieKeys, std::size_t k)
{
    std::vector<std::int32_t> c;
    c.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (skip.empty() || !skip[i])
            c.push_back(std::int32_t(i));
    const auto better = [&](std::int32_t a, std::int32_t b) {
        const auto ia = std::size_t(a), ib = std::size_t(b);
        if (scores[ia] != scores[ib])
            return scores[ia] > scores[ib];
        if (!tieKeys.empty() && tieKeys[ia] != tieKeys[ib])
            return tieKeys[ia] < tieKeys[ib];
        return a < b;
    };
    TopK out;
    const std::size_t len = std::min(k, c.size());
    std::partial_sort(c.begin(), c.begin() + std::ptrdiff_t(len), c.end(), better);
    if (len > 0 && len < c.size()) {
        const double last = scores[std::size_t(c[len - 1])];
        for (std::size_t j = len; j < c.size() && !out.boundaryTie; ++j)
            out.boundaryTie = scores[std::size_t(c[j])] == last;
    }
    c.resize(len);
    out.items = std::move(c);
    return out;
}

double giniCoefficient(std::vector<double> v)
{
    const std::size_t n = v.size();
    double sum = 0;
    for (double x : v)
        sum += x;
    if (n == 0 || sum <= 0)
        return 0.0;
    std::sort(v.begin(), v.end());
    double weighted = 0;
    for (std::size_t i = 0; i < n; ++i)
        weighted += (2.0 * double(i + 1) - double(n) - 1.0) * v[i];
    return weighted / (double(n) * sum);
}

BlendSearch searchBlendWeights(const Recommender &r, const std::vector<std::int32_t> &allStudents,
                               const std::vector<RelevantSet> &allRelevant, const Eligibility &rule,
                               std::size_t k, double step, int threads, std::size_t maxStudents)
{
    std::vector<std::size_t> chosen(allStudents.size());
    for (std::size_t u = 0; u < chosen.size(); ++u)
        chosen[u] = u;
    if (chosen.size() > maxStudents) { // a seeded subset, kept in student order
        const auto key
                = [&](std::size_t u) { return r.tieKey(std::size_t(allStudents[u]), 1u << 31); };
        std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
            return key(a) != key(b) ? key(a) < key(b) : a < b;
        });
        chosen.resize(maxStudents);
        std::sort(chosen.begin(), chosen.end());
    }
    std::vector<std::int32_t> students;
    std::vector<RelevantSet> relevant;
    for (std::size_t u : chosen) {
        students.push_back(allStudents[u]);
        relevant.push_back(allRelevant[u]);
    }
    BlendSearch out;
    out.step = step;
    out.students = students.size();
    const int steps = std::max(1, int(std::lround(1.0 / step)));
    for (int c = steps; c >= 0; --c)
        for (int f = steps - c; f >= 0; --f) {
            BlendCandidate cand;
            cand.weights
                    = {double(c) / steps, double(f) / steps, double(steps - c - f) / steps, 0.0};
            out.grid.push_back(cand);
        }
    if (students.empty()) {
        out.note = "no validation students";
        return out;
    }
    // Each student's pool is built once (with every component's top list) and scored at every point.
    std::vector<std::vector<double>> perStudent(students.size(),
                                                std::vector<double>(out.grid.size(), 0.0));
    BlendWeights poolWeights;
    poolWeights.popularity = 0;
    parallelTasks(
            students.size(), threads, 8, [&](std::size_t begin, std::size_t end, std::size_t) {
                for (std::size_t u = begin; u < end; ++u) {
                    const CandidatePool pool
                            = r.candidatePool(std::size_t(students[u]), rule, poolWeights);
                    for (std::size_t g = 0; g < out.grid.size(); ++g) {
                        const auto top = Recommender::blendTop(pool, out.grid[g].weights, k);
                        std::vector<std::int32_t> list;
                        for (std::size_t j : top)
                            list.push_back(pool.items[j]);
                        perStudent[u][g]
                                = rankingMetrics(list, relevant[u].items, relevant[u].gains, k)
                                          .ndcg;
                    }
                }
            });
    for (std::size_t g = 0; g < out.grid.size(); ++g) {
        double sum = 0;
        for (const auto &row : perStudent)
            sum += row[g];
        out.grid[g].ndcg = sum / double(students.size());
    }
    std::size_t best = 0; // the first point of the search order wins a tie
    for (std::size_t g = 1; g < out.grid.size(); ++g)
        if (out.grid[g].ndcg > out.grid[best].ndcg)
            best = g;
    out.learned = true;
    out.chosen = out.grid[best].weights;
    out.chosenNdcg = out.grid[best].ndcg;
    return out;
}

Result<BlendSearch> learnBlendWeights(std::shared_ptr<const RecData> data,
                                      const RecommenderOptions &options, double validationFraction,
                                      std::size_t k, const ProgressFn &progress)
{
    if (!data)
        return Status::error("blend search: no data");
    const RecData &d = *data;
    const InteractionSplit split = temporalSplit(d, 0.0, validationFraction);
    if (split.validationStudents.empty())
        return Status::error(
                "blend search: no application in the newest slice to learn the weights from");
    const OutcomeSplit outcomes = outcomeSplitAt(d, split.validationCut, split.testCut);
    TrainingSelection early;
    early.events = &split.train;
    early.fitOutcomes = outcomes.fit;
    early.calibrationOutcomes = outcomes.calibration;
    early.asOf = split.validationCut;
    auto trained
            = Recommender::train(data, options, early, [&](double f, const std::string &phase) {
                  return !progress || progress(0.7 * f, phase);
              });
    if (!trained)
        return trained.status();
    Eligibility rule;
    rule.referenceTime = split.validationCut;
    rule.useActiveFlag = false;
    rule.asOf = split.validationCut;
    BlendSearch search
            = searchBlendWeights(*trained, split.validationStudents, split.validationRelevant, rule,
                                 k, 0.1, options.threads);
    if (progress && !progress(1.0, "blend weights"))
        return Status::cancelled();
    return search;
}

} // namespace pmis::rec
