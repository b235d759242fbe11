// Outcomes: one per apply. success ~ Bernoulli(sigmoid(b0 + w.x + bias + log(seats / applicants)))
// with b0 solved so the expected success rate equals the target; exact mode picks exactly
// round(rate x applications) successes by weighted sampling without replacement; selected <=
// positions per internship. The closing step is drawn with the outcome: every selected application
// ends in shortlist, and the others' closing steps are shared out so the type shares hold.
#include "core/gen/gen_internal.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pmis::gen {
namespace {

constexpr std::int64_t kDay = kSecondsPerDayGen;

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

// Sum of f(i) over [0, n) in fixed blocks, so the rounding is the same for any thread count.
template<typename F>
double blockSum(std::size_t n, int threads, F f)
{
    constexpr std::size_t kBlock = 4096;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<double> partial(blocks, 0.0);
    parallelFor(blocks, threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t b = begin; b < end; ++b) {
            double s = 0;
            for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i)
                s += f(i);
            partial[b] = s;
        }
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0);
}

void standardise(std::vector<double> &x, int threads)
{
    const std::size_t n = x.size();
    if (n == 0)
        return;
    const double mean = blockSum(n, threads, [&](std::size_t i) { return x[i]; }) / double(n);
    const double var
            = blockSum(n, threads, [&](std::size_t i) { return (x[i] - mean) * (x[i] - mean); })
              / double(n);
    const double sd = std::sqrt(var);
    for (double &v : x)
        v = sd > 1e-12 ? (v - mean) / sd : 0.0;
}

double biasFor(const std::vector<std::pair<std::string, double>> &map, std::string_view label)
{
    for (const auto &[k, v] : map)
        if (k == label)
            return v;
    return 0.0;
}

// Expected selections once seats are enforced: sum over internships of E[min(S_j, seats_j)] where
// S_j is the Poisson-binomial count of its applicants' draws (a truncated dynamic programme).
double expectedWithSeats(double b0, const std::vector<double> &score,
                         const std::vector<std::vector<std::size_t>> &byInternship,
                         const std::vector<std::int64_t> &seats, int threads)
{
    std::vector<double> perInternship(byInternship.size(), 0.0);
    parallelFor(byInternship.size(), threads, [&](std::size_t begin, std::size_t end) {
        std::vector<double> dist;
        for (std::size_t j = begin; j < end; ++j) {
            const auto cap = std::size_t(std::max<std::int64_t>(0, seats[j]));
            dist.assign(cap + 1, 0.0);
            dist[0] = 1.0;
            for (std::size_t a : byInternship[j]) {
                const double q = sigmoid(b0 + score[a]);
                if (cap > 0)
                    dist[cap] += dist[cap - 1] * q;
                for (std::size_t c = cap > 0 ? cap - 1 : 0; c > 0; --c)
                    dist[c] = dist[c] * (1 - q) + dist[c - 1] * q;
                if (cap > 0)
                    dist[0] *= 1 - q;
            }
            double e = 0;
            for (std::size_t c = 1; c <= cap; ++c)
                e += double(c) * dist[c];
            perInternship[j] = e;
        }
    });
    return std::accumulate(perInternship.begin(), perInternship.end(), 0.0);
}

// The intercept for which the expected rate after seat limits meets the target. Starts from the
// intercept solved without seats; when the seats bind it raises it by regula falsi (Illinois).
double solveWithSeats(const Context &ctx, double b0, const std::vector<double> &score,
                      const std::vector<std::size_t> &internshipOf,
                      const std::vector<std::int64_t> &seats, double rate)
{
    const int threads = ctx.threads;
    const std::size_t n = score.size();
    if (n == 0)
        return b0;
    std::vector<std::vector<std::size_t>> byInternship(seats.size());
    for (std::size_t a = 0; a < n; ++a)
        byInternship[internshipOf[a]].push_back(a);
    const double target = rate * double(n);
    const auto f = [&](double b) {
        ctx.checkpoint();
        return expectedWithSeats(b, score, byInternship, seats, threads) - target;
    };
    double lo = b0, flo = f(lo);
    if (flo > -0.01) // the seats cost less than a hundredth of a selection
        return b0;
    double hi = lo, fhi = flo;
    for (int step = 0; step < 12 && fhi < 0; ++step) {
        lo = hi;
        flo = fhi;
        hi += 1.0 + step;
        fhi = f(hi);
    }
    if (fhi < 0) // unattainable: every seat filled is still short of the target
        return hi;
    int side = 0;
    for (int it = 0; it < 60 && hi - lo > 1e-12; ++it) {
        const double mid = (lo * fhi - hi * flo) / (fhi - flo);
        const double fm = f(mid);
        if (std::abs(fm) < 1e-7)
            return mid;
        if (fm < 0) {
            lo = mid;
            flo = fm;
            if (side == -1)
                fhi /= 2;
            side = -1;
        } else {
            hi = mid;
            fhi = fm;
            if (side == 1)
                flo /= 2;
            side = 1;
        }
    }
    return 0.5 * (lo + hi);
}

// The closing steps: every selected application ends in shortlist; of the others, a seeded random
// choice ends in shortlist or reject so that the closing rows number ctx.closingSteps and their
// shortlist share is the target's. Fewer seats than winners never arise here: `won` is final.
void decideClosingSteps(Context &ctx, std::vector<std::uint8_t> &won)
{
    const std::size_t n = won.size();
    const FunnelOdds odds = funnelOdds(ctx.scenario.interaction.types);
    const auto closing = std::size_t(std::max<std::int64_t>(0, ctx.closingSteps));
    const auto sKey = ctx.stream("interactions", "closing_step");
    std::size_t winners = 0;
    for (std::uint8_t x : won)
        winners += x;
    if (winners
        > closing) { // only where sampled successes overshoot the closing rows: keep the likeliest
        std::vector<std::size_t> chosen;
        for (std::size_t a = 0; a < n; ++a)
            if (won[a])
                chosen.push_back(a);
        std::stable_sort(chosen.begin(), chosen.end(), [&](std::size_t x, std::size_t y) {
            return ctx.applyProbability[x] > ctx.applyProbability[y];
        });
        for (std::size_t k = closing; k < chosen.size(); ++k)
            won[chosen[k]] = 0;
        winners = closing;
    }
    const std::size_t shortlists = std::clamp<std::size_t>(
            std::size_t(std::llround(double(closing) * odds.shortlist)), winners, closing);
    std::vector<std::size_t> others;
    others.reserve(n - winners);
    for (std::size_t a = 0; a < n; ++a)
        if (!won[a])
            others.push_back(a);
    // Ordered by a seeded key per application (ties by index): the keys are drawn first, in
    // parallel, so the sort compares numbers.
    const auto sortByKey = [&](std::size_t count, std::uint64_t k) {
        std::vector<std::pair<std::uint64_t, std::size_t>> keyed(count);
        ctx.rows(count, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                keyed[i] = {sKey.bits(others[i], k), others[i]};
        });
        std::sort(keyed.begin(), keyed.end());
        ctx.checkpoint();
        for (std::size_t i = 0; i < count; ++i)
            others[i] = keyed[i].second;
    };
    const std::size_t closedOthers = closing - winners;
    sortByKey(others.size(), 0);
    sortByKey(closedOthers, 1);
    ctx.applyClosing.assign(n, NoClosing);
    for (std::size_t a = 0; a < n; ++a)
        if (won[a])
            ctx.applyClosing[a] = ClosedShortlist;
    for (std::size_t k = 0; k < closedOthers; ++k)
        ctx.applyClosing[others[k]] = k < shortlists - winners ? ClosedShortlist : ClosedReject;
}

} // namespace

void decideOutcomes(Context &ctx, const Dataset &data)
{
    const Scenario &sc = ctx.scenario;
    const OutcomeSpec &sp = sc.outcome;
    const std::size_t n = ctx.applyEngagement.size();
    const int threads = ctx.threads;
    const Table &students = data.students;
    const Column &cgpa = students.at("cgpa");
    const Column &experience = students.at("previous_experience");
    const Column &tier = students.at("college_tier");
    const Column &gender = students.at("gender");
    const Column &rural = students.at("rural_urban");
    const double experienceLevels = std::max<double>(1.0, double(experience.dict.size()) - 1.0);
    std::vector<std::size_t> internshipOf(n);
    for (std::size_t a = 0; a < n; ++a)
        internshipOf[a] = std::size_t(ctx.engagementInternship[ctx.applyEngagement[a]]);

    ctx.checkpoint();
    // Features, standardised over applications.
    std::vector<double> match(n), grade(n), exper(n);
    ctx.checkpoint();
    std::vector<double> sameCity(n), bias(n);
    std::vector<double> tierBias(tier.dict.size()), genderBias(gender.dict.size());
    for (std::size_t k = 0; k < tier.dict.size(); ++k)
        tierBias[k] = biasFor(sp.tierBias, tier.dict[k]);
    for (std::size_t k = 0; k < gender.dict.size(); ++k)
        genderBias[k] = biasFor(sp.genderBias, gender.dict[k]);
    const std::int32_t ruralCode = rural.codeOf("rural");
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t a = begin; a < end; ++a) {
            const auto s = std::size_t(ctx.applyStudent[a]);
            const std::size_t j = internshipOf[a];
            const int required = popcount(ctx.internshipSkills[j]);
            match[a] = required ? double(popcount(ctx.studentSkills[s] & ctx.internshipSkills[j]))
                                          / required
                                : 0.0;
            grade[a] = cgpa.reals[s];
            exper[a] = double(experience.codes[s]) / experienceLevels;
            sameCity[a] = ctx.studentCity[s] == ctx.internshipCity[j] ? 1.0 : 0.0;
            bias[a] = tierBias[std::size_t(tier.codes[s])]
                      + genderBias[std::size_t(gender.codes[s])]
                      + (rural.codes[s] == ruralCode ? sp.ruralBias : 0.0);
        }
    });
    for (auto *x : {&match, &grade, &exper, &sameCity})
        standardise(*x, threads);
    ctx.checkpoint(0.77, "outcomes");
    // Competition: the odds scale with the internship's seats per applicant, so popular internships
    // are harder to get and the seats rarely run out before the draws do.
    std::vector<double> applicants(ctx.internshipPositions.size(), 0.0);
    for (std::size_t a = 0; a < n; ++a)
        applicants[internshipOf[a]] += 1.0;
    std::vector<double> score(n);
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t a = begin; a < end; ++a) {
            const std::size_t j = internshipOf[a];
            score[a] = sp.signalStrength
                               * (sp.wSkillMatch * match[a] + sp.wCgpa * grade[a]
                                  + sp.wExperience * exper[a] + sp.wSameCity * sameCity[a])
                       + bias[a] + std::log(double(ctx.internshipPositions[j]) / applicants[j]);
        }
    });

    // Solve mean(sigmoid(b0 + score)) = rate by safeguarded Newton steps.
    double lo = -60, hi = 60, b0 = std::log(sp.successRate / (1 - sp.successRate));
    for (int it = 0; it < 100 && n > 0; ++it) {
        ctx.checkpoint();
        const double f = blockSum(n, threads, [&](std::size_t a) { return sigmoid(b0 + score[a]); })
                                 / double(n)
                         - sp.successRate;
        if (std::abs(f) < 1e-13)
            break;
        (f > 0 ? hi : lo) = b0;
        const double slope = blockSum(n, threads,
                                      [&](std::size_t a) {
                                          const double q = sigmoid(b0 + score[a]);
                                          return q * (1 - q);
                                      })
                             / double(n);
        double next = slope > 1e-300 ? b0 - f / slope : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        b0 = next;
    }
    ctx.checkpoint(0.8, "outcomes");
    b0 = solveWithSeats(ctx, b0, score, internshipOf, ctx.internshipPositions, sp.successRate);
    ctx.applyProbability.resize(n);
    const auto &prob = ctx.applyProbability;
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t a = begin; a < end; ++a)
            ctx.applyProbability[a] = sigmoid(b0 + score[a]);
    });

    // Who succeeds, before capacity: sampled = Bernoulli; exact = top-k of u^(1/p) keys.
    const auto sSuccess = ctx.stream("outcomes", "success");
    std::vector<double> key(n);
    std::vector<std::uint8_t> success(n, 0);
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t a = begin; a < end; ++a) {
            const double u = sSuccess.uniformOpen(a);
            if (sp.mode == ShareMode::Exact)
                key[a] = std::log(u) / std::max(prob[a], 1e-300);
            else {
                success[a] = u < prob[a];
                key[a] = prob[a];
            }
        }
    });
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return key[x] > key[y]; });
    ctx.checkpoint(0.83, "outcomes");
    const auto target = std::size_t(std::llround(sp.successRate * double(n)));
    std::vector<std::int64_t> seats = ctx.internshipPositions;
    // Offers per student, when the scenario limits them: an application past its student's limit
    // is not selected, and in exact mode the next in order takes its place.
    std::vector<std::int64_t> offers(sp.maxOffers > 0 ? std::size_t(ctx.scenario.students) : 0, 0);
    std::size_t selected = 0;
    ctx.applySuccess.assign(n, 0);
    for (std::size_t a : order) {
        const bool candidate = sp.mode == ShareMode::Exact ? selected < target : success[a] != 0;
        if (!candidate)
            continue;
        auto &left = seats[internshipOf[a]];
        if (left <= 0)
            continue;
        if (!offers.empty()) {
            auto &made = offers[std::size_t(ctx.applyStudent[a])];
            if (made >= sp.maxOffers)
                continue;
            ++made;
        }
        --left;
        ctx.applySuccess[a] = 1;
        ++selected;
    }
    decideClosingSteps(ctx, ctx.applySuccess);
}

void writeOutcomes(Context &ctx, Table &t, const Table &interactions)
{
    const OutcomeSpec &sp = ctx.scenario.outcome;
    const std::size_t n = ctx.applyEngagement.size();
    const Column &actStudent = interactions.at("student_id");
    const Column &actInternship = interactions.at("internship_id");
    const Column &actTime = interactions.at("timestamp");
    ctx.sizeColumns(t, n);
    Column &status = t.at("application_status");
    Column &decision = t.at("final_decision");
    Column &reason = t.at("rejection_reason");
    status.dict = status.spec.allowed;
    decision.dict = decision.spec.allowed;
    reason.dict = sp.rejectionReasons;
    reason.nulls.assign(n, 0);
    const std::int64_t refDay = ctx.reference / kDay;
    const auto sDate = ctx.stream("outcomes", "selection_date");
    const auto sRounds = ctx.stream("outcomes", "interview_rounds");
    const auto sFeedback = ctx.stream("outcomes", "feedback_score");
    const auto sReason = ctx.stream("outcomes", "rejection_reason");
    Column &outcomeId = t.at("outcome_id");
    Column &interactionId = t.at("interaction_id");
    Column &studentId = t.at("student_id");
    Column &internshipId = t.at("internship_id");
    Column &applied = t.at("application_date");
    Column &selected = t.at("selection_date");
    Column &rounds = t.at("interview_rounds");
    Column &feedback = t.at("feedback_score");
    Column &success = t.at("success");
    Column &truth = t.at("true_probability");
    ctx.rows(
            n,
            [&](std::size_t begin, std::size_t end) {
                for (std::size_t a = begin; a < end; ++a) {
                    const auto row = std::size_t(ctx.applyRow[a]);
                    const bool won = ctx.applySuccess[a];
                    outcomeId.ints[a] = std::int64_t(a + 1);
                    interactionId.ints[a] = std::int64_t(row + 1);
                    studentId.ints[a] = actStudent.ints[row];
                    internshipId.ints[a] = actInternship.ints[row];
                    status.codes[a] = won ? 0 : 1;
                    decision.codes[a] = won ? 0 : 1;
                    applied.ints[a] = actTime.ints[row];
                    // The decision: 7-59 days after a selected application, 3-29 after another, on
                    // a day after the closing step and no later than the reference date
                    // (applications leave room for it).
                    const std::int64_t applyDay = actTime.ints[row] / kDay;
                    std::int64_t first = applyDay + (won ? 7 : 3),
                                 last = std::min(applyDay + (won ? 59 : 29), refDay);
                    if (ctx.applyClosingTime[a] != kNoApply)
                        first = std::max(first, ctx.applyClosingTime[a] / kDay + 1);
                    first = std::min(first, last);
                    selected.ints[a] = sDate.integer(a, 0, first, last) * kDay;
                    rounds.ints[a]
                            = won ? sRounds.integer(a, 0, 2, 4) : sRounds.integer(a, 0, 0, 2);
                    const double fb
                            = won ? 4.0 + sFeedback.uniform(a) : 2.0 + 2.0 * sFeedback.uniform(a);
                    feedback.reals[a] = std::round(fb * 10.0) / 10.0;
                    if (won)
                        reason.nulls[a] = 1;
                    else
                        reason.codes[a] = std::int32_t(
                                sReason.integer(a, 0, 0, std::int64_t(reason.dict.size()) - 1));
                    success.ints[a] = won ? 1 : 0;
                    truth.reals[a] = ctx.applyProbability[a];
                }
            },
            0.93, 1.0, "outcomes");
}

} // namespace pmis::gen
