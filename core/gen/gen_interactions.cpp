// Interactions: each student's activity is over-dispersed with an exact total; each engagement picks
// an internship by affinity among Zipf-popular candidates and walks view -> apply -> closing step
// (shortlist or reject, decided with the outcome). Every time is drawn inside its valid window: after
// the profile and the posting, applies on or before the deadline and early enough for the closing
// step and the decision to come before the reference date.
#include "core/gen/gen_internal.h"

#include <algorithm>
#include <cmath>

namespace pmis::gen {
namespace {

constexpr std::int64_t kDay = kSecondsPerDayGen;
constexpr std::int64_t kMinute = 60;

bool appliesAt(const RandomStream &funnel, double applyOdds, std::size_t i, std::uint64_t k)
{
    return funnel.uniform(i, 2 * k) < applyOdds;
}

// Time bounds of one student's engagements with internships.
struct Windows
{
    const Context &ctx;
    std::int64_t windowStart = 0;

    explicit Windows(const Context &c)
        : ctx(c)
        , windowStart(c.reference - c.scenario.interaction.windowDays * kDay)
    {}
    // Earliest view of internship j by student i: in the window, after the profile and the posting.
    std::int64_t from(std::size_t i, std::size_t j) const
    {
        return std::max(
                {windowStart, ctx.studentCreated[i] + kMinute, ctx.internshipCreated[j] + kMinute});
    }
    std::int64_t studentFrom(std::size_t i) const
    {
        return std::max(windowStart, ctx.studentCreated[i] + kMinute);
    }
    // Latest application to internship j: within its deadline day, and early enough for a decision.
    std::int64_t applyClose(std::size_t j) const
    {
        return std::min(ctx.internshipDeadline[j] + kDay - 1,
                        ctx.reference - kDecisionRoomDays * kDay);
    }
    // A view and then an apply at least a minute later both fit.
    bool canApply(std::size_t i, std::size_t j) const
    {
        return from(i, j) + kMinute <= applyClose(j);
    }
};

// How many internships each student can apply to: those whose application window is still open
// a minute after both the posting and the student's earliest engagement.
std::vector<std::int64_t> applyCapacity(const Context &ctx, const Windows &w)
{
    const auto nInternships = ctx.internshipCreated.size();
    std::vector<std::int64_t> closes;
    for (std::size_t j = 0; j < nInternships; ++j)
        if (ctx.internshipCreated[j] + 2 * kMinute <= w.applyClose(j))
            closes.push_back(w.applyClose(j));
    std::sort(closes.begin(), closes.end());
    ctx.checkpoint();
    std::vector<std::int64_t> cap(ctx.studentCreated.size());
    ctx.rows(cap.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            cap[i] = std::int64_t(
                    closes.end()
                    - std::lower_bound(closes.begin(), closes.end(), w.studentFrom(i) + kMinute));
    });
    return cap;
}

// Engagements and applications per student. Engagements are shared out by gamma weights (largest
// remainders), at most one per internship and no more applications than the student can make; whole
// engagements are then added or removed in a seeded student order until the rows they make, with
// the expected closing steps, meet the exact total. The closing steps take up the rest.
struct Counts
{
    std::vector<std::int64_t> engagements, applies;
    std::int64_t closing = 0;
};

Result<Counts> planCounts(const Context &ctx, const FunnelOdds &odds, const RandomStream &funnel,
                          const std::vector<std::int64_t> &applyCap)
{
    const Scenario &sc = ctx.scenario;
    const auto n = std::size_t(sc.students);
    const std::int64_t total = sc.interactions;
    const std::int64_t cap = sc.internships;
    const auto sActivity = ctx.stream("interactions", "activity");
    // Students who never engage (registered, never active) have no weight and are never grown; a
    // scenario without them takes no draw, so its rows are what they always were.
    const double inactiveShare = sc.interaction.inactiveShare;
    const auto sInactive = ctx.stream("interactions", "inactive");
    std::vector<std::uint8_t> inactive(n, 0);
    std::vector<double> weights(n);
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            inactive[i] = inactiveShare > 0 && sInactive.uniform(i) < inactiveShare;
            weights[i] = inactive[i]
                                 ? 0.0
                                 : gammaDraw(sActivity, i, 0, sc.interaction.activityDispersion);
        }
    });
    const double meanLength = 1.0 + odds.apply * (1.0 + odds.closing);
    const auto wanted = largestRemainder(
            weights, std::max<std::int64_t>(1, std::llround(double(total) / meanLength)));
    ctx.checkpoint();

    Counts c;
    c.engagements.assign(n, 0);
    c.applies.assign(n, 0);
    // One more engagement for student i, unless it would pass a cap.
    const auto grow = [&](std::size_t i) {
        const auto k = std::uint64_t(c.engagements[i]);
        if (c.engagements[i] >= cap || inactive[i])
            return 0;
        const bool applies = appliesAt(funnel, odds.apply, i, k);
        if (applies && c.applies[i] >= applyCap[i])
            return 0;
        ++c.engagements[i];
        c.applies[i] += applies;
        return applies ? 2 : 1;
    };
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            while (c.engagements[i] < wanted[i] && grow(i) > 0) {
            }
    });
    std::int64_t engagements = 0, applies = 0;
    for (std::size_t i = 0; i < n; ++i) {
        engagements += c.engagements[i];
        applies += c.applies[i];
    }
    ctx.checkpoint();

    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    const auto sOrder = ctx.stream("interactions", "activity_order");
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1],
                  order[std::size_t(sOrder.integer(i - 1, 0, 0, std::int64_t(i - 1)))]);
    ctx.checkpoint();

    // Rows left for closing steps, and how far that is from the expected number.
    const auto closing = [&] { return total - engagements - applies; };
    const auto surplus = [&] { return double(closing()) - odds.closing * double(applies); };
    const auto add = [&](std::size_t &pass) {
        for (std::size_t tried = 0; tried < n; ++tried, ++pass) {
            if ((pass & 0xffff) == 0)
                ctx.checkpoint();
            const int made = grow(order[pass % n]);
            if (made > 0) {
                ++pass;
                ++engagements;
                applies += made - 1;
                return true;
            }
        }
        return false;
    };
    const auto remove = [&](std::size_t &pass) {
        for (std::size_t tried = 0; tried < n; ++tried, ++pass) {
            if ((pass & 0xffff) == 0)
                ctx.checkpoint();
            const std::size_t i = order[n - 1 - pass % n];
            if (c.engagements[i] == 0)
                continue;
            const bool applied
                    = appliesAt(funnel, odds.apply, i, std::uint64_t(c.engagements[i] - 1));
            --c.engagements[i];
            c.applies[i] -= applied;
            --engagements;
            applies -= applied;
            ++pass;
            return true;
        }
        return false;
    };
    std::size_t addPass = 0, removePass = 0;
    while (surplus() > 1.0 && add(addPass)) {
    }
    while (surplus() < -2.0 && remove(removePass)) {
    }
    while (closing() < 0 && remove(removePass)) {
    }
    while (closing() > applies && add(addPass)) {
    }
    if (closing() < 0 || closing() > applies)
        return Status::error(
                "the scenario asks for " + std::to_string(total)
                + " interactions, but its students can make only "
                + std::to_string(engagements + 2 * applies)
                + " (each engages with an internship at most once and applies only while "
                  "applications are open); lower $.counts.interactions"
                + std::string(inactiveShare > 0
                                      ? ", add internships or lower $.interactions.inactive_share"
                                      : " or add internships"));
    c.closing = closing();
    return c;
}

} // namespace

FunnelOdds funnelOdds(const ShareTable &types)
{
    const auto p = types.probabilities();
    const auto share = [&](const char *label) {
        const int k = types.indexOf(label);
        return k < 0 ? 0.0 : p[std::size_t(k)];
    };
    const double view = share("view"), apply = share("apply"), sl = share("shortlist"),
                 rj = share("reject");
    FunnelOdds f;
    f.apply = view > 0 ? std::min(1.0, apply / view) : 0.0;
    f.closing = apply > 0 ? std::min(1.0, (sl + rj) / apply) : 0.0;
    f.shortlist = sl + rj > 0 ? sl / (sl + rj) : 0.0;
    return f;
}

Status planEngagements(Context &ctx)
{
    const Scenario &sc = ctx.scenario;
    const AffinitySpec &aff = sc.interaction.affinity;
    const auto nStudents = std::size_t(sc.students);
    const auto nInternships = std::size_t(sc.internships);
    const Windows w(ctx);
    FunnelOdds odds = funnelOdds(sc.interaction.types);
    const auto sFunnel = ctx.stream("interactions", "interaction_type");
    auto applyCap = applyCapacity(ctx, w);
    const std::int64_t most = ctx.scenario.interaction.maxApplications;
    if (most > 0)
        for (std::int64_t &c : applyCap)
            c = std::min(c, most);
    auto counts = planCounts(ctx, odds, sFunnel, applyCap);
    // A limit on applications refuses the applications of the most active students, and their
    // rows go to views: the odds of applying per engagement rise until the applications take their
    // share of the rows again, as far as the limit lets them. (Without a limit the plan is made
    // once, as it always was.)
    if (const int k = sc.interaction.types.indexOf("apply"); most > 0 && k >= 0 && counts) {
        const double wanted
                = sc.interaction.types.probabilities()[std::size_t(k)] * double(sc.interactions);
        for (int round = 0; round < 4; ++round) {
            double applies = 0;
            for (const std::int64_t a : counts->applies)
                applies += double(a);
            if (applies <= 0 || std::abs(applies - wanted) <= std::sqrt(wanted) || odds.apply >= 1)
                break;
            FunnelOdds raised = odds;
            raised.apply = std::min(1.0, odds.apply * wanted / applies);
            auto again = planCounts(ctx, raised, sFunnel, applyCap);
            if (!again && again.status().isCancelled())
                return again.status();
            if (!again) // the limit leaves too few rows at these odds: keep the last plan
                break;
            odds = raised;
            counts = std::move(again);
        }
    }
    if (!counts)
        return counts.status();
    ctx.checkpoint(0.38, "interactions");
    ctx.closingSteps = counts->closing;
    ctx.engagementOffset.assign(nStudents + 1, 0);
    std::vector<std::size_t> applyOffset(nStudents + 1, 0);
    for (std::size_t i = 0; i < nStudents; ++i) {
        ctx.engagementOffset[i + 1] = ctx.engagementOffset[i] + std::size_t(counts->engagements[i]);
        applyOffset[i + 1] = applyOffset[i] + std::size_t(counts->applies[i]);
    }
    const std::size_t nEngagements = ctx.engagementOffset[nStudents];
    ctx.checkpoint();
    ctx.engagementInternship.assign(nEngagements, -1);
    ctx.engagementView.assign(nEngagements, 0);
    ctx.checkpoint();
    ctx.engagementApply.assign(nEngagements, kNoApply);
    ctx.applyEngagement.assign(applyOffset[nStudents], 0);
    ctx.applyStudent.assign(applyOffset[nStudents], 0);
    ctx.checkpoint();

    // Popularity: a seeded rank per internship, drawn with weight 1 / rank^s.
    std::vector<std::int32_t> byRank(nInternships);
    for (std::size_t j = 0; j < nInternships; ++j)
        byRank[j] = std::int32_t(j);
    const auto sRank = ctx.stream("interactions", "popularity_rank");
    for (std::size_t i = nInternships; i > 1; --i)
        std::swap(byRank[i - 1],
                  byRank[std::size_t(sRank.integer(i - 1, 0, 0, std::int64_t(i - 1)))]);
    std::vector<double> popularity(nInternships);
    for (std::size_t r = 0; r < nInternships; ++r)
        popularity[r] = 1.0 / std::pow(double(r + 1), aff.zipfExponent);
    const AliasTable popular(popularity);

    const auto sPick = ctx.stream("interactions", "internship_id");
    const auto sNoise = ctx.stream("interactions", "affinity_noise");
    const auto sTime = ctx.stream("interactions", "timestamp");
    const int candidates = aff.candidates;

    const auto planStudent = [&](std::size_t i) {
        const std::size_t first = ctx.engagementOffset[i];
        const auto count = ctx.engagementOffset[i + 1] - first;
        std::vector<std::int32_t> engaged;
        engaged.reserve(count);
        const auto taken = [&](std::int32_t j) {
            return std::find(engaged.begin(), engaged.end(), j) != engaged.end();
        };
        const SkillMask skills = ctx.studentSkills[i];
        const std::int32_t city = ctx.studentCity[i];
        std::vector<std::pair<std::int32_t, double>> pool; // candidate, affinity
        pool.reserve(std::size_t(candidates));
        // Engagements that apply choose first, so the internships still open to them are not taken
        // by bare views.
        for (const bool applying : {true, false}) {
            for (std::uint64_t k = 0; k < count; ++k) {
                if (appliesAt(sFunnel, odds.apply, i, k) != applying)
                    continue;
                const auto eligible = [&](std::int32_t j) {
                    return !taken(j) && (!applying || w.canApply(i, std::size_t(j)));
                };
                // Softmax choice among the candidates (the same law as the argmax of affinity plus
                // Gumbel noise of scale `noise`, for one exponential per candidate).
                pool.clear();
                double top = -1e300;
                for (int c = 0; c < candidates; ++c) {
                    const std::uint64_t draw = k * std::uint64_t(candidates) + std::uint64_t(c);
                    const std::int32_t j = byRank[std::size_t(popular.sample(sPick.bits(i, draw)))];
                    if (!eligible(j))
                        continue;
                    const auto ju = std::size_t(j);
                    const int required = popcount(ctx.internshipSkills[ju]);
                    const double overlap
                            = required ? double(popcount(skills & ctx.internshipSkills[ju]))
                                                 / required
                                       : 0.0;
                    const double score = aff.skillOverlap * overlap
                                         + (ctx.internshipCity[ju] == city ? aff.sameCity : 0.0)
                                         + aff.stipend * ctx.internshipStipendZ[ju];
                    pool.emplace_back(j, score);
                    top = std::max(top, score);
                }
                std::int32_t best = -1;
                if (!pool.empty()) {
                    double sum = 0;
                    for (auto &[j, wgt] : pool) {
                        wgt = std::exp((wgt - top) / aff.noise);
                        sum += wgt;
                    }
                    double u = sNoise.uniform(i, k) * sum;
                    best = pool.back().first;
                    for (const auto &[j, wgt] : pool) {
                        if (u < wgt) {
                            best = j;
                            break;
                        }
                        u -= wgt;
                    }
                }
                if (best
                    < 0) { // no candidate fits: the next eligible internship from a random start
                    auto j = std::size_t(
                            sPick.integer(i, 1ULL << 40 | k, 0, std::int64_t(nInternships) - 1));
                    while (!eligible(std::int32_t(j))) // the counts guarantee one exists
                        j = (j + 1) % nInternships;
                    best = std::int32_t(j);
                }
                engaged.push_back(best);
                const std::size_t e = first + k;
                const auto ju = std::size_t(best);
                ctx.engagementInternship[e] = best;
                const std::int64_t from = w.from(i, ju);
                if (!applying) {
                    ctx.engagementView[e]
                            = sTime.integer(i, 4 * k, from, std::max(from, ctx.reference - 1));
                    continue;
                }
                const std::int64_t close = w.applyClose(ju);
                const std::int64_t view = sTime.integer(i, 4 * k, from, close - kMinute);
                ctx.engagementView[e] = view;
                ctx.engagementApply[e]
                        = view
                          + sTime.integer(i, 4 * k + 1, kMinute, std::min(3 * kDay, close - view));
            }
        }
        std::size_t a = applyOffset[i];
        for (std::size_t e = first; e < first + count; ++e)
            if (ctx.engagementApply[e] != kNoApply) {
                ctx.applyEngagement[a] = e;
                ctx.applyStudent[a] = std::int32_t(i);
                ++a;
            }
    };

    ctx.rows(
            nStudents,
            [&](std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i)
                    planStudent(i);
            },
            0.38, 0.75, "interactions");
    return Status::ok();
}

namespace {

std::vector<std::string> documentationAddresses()
{
    std::vector<std::string> out;
    for (const char *net : {"192.0.2.", "198.51.100.", "203.0.113."})
        for (int host = 1; host <= 254; ++host)
            out.push_back(net + std::to_string(host));
    return out;
}

const std::vector<std::pair<std::string, std::vector<std::string>>> &userAgents()
{
    static const std::vector<std::pair<std::string, std::vector<std::string>>> agents = {
            {"mobile",
             {"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36"}},
            {"desktop",
             {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
              "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"}},
            {"tablet",
             {"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"}},
    };
    return agents;
}

// Per engagement (a session): device, source, address, user agent; exact shares count sessions.
void writeSessions(const Context &ctx, Table &t, const std::vector<std::size_t> &sessionStarts)
{
    const InteractionSpec &sp = ctx.scenario.interaction;
    const std::size_t total = t.rowCount();
    const std::size_t nSessions = sessionStarts.size();
    Column &device = t.at("device_type");
    Column &source = t.at("source");
    Column &ip = t.at("ip_address");
    Column &agent = t.at("user_agent");
    Column sessionDevice, sessionSource;
    fillCategory(sessionDevice, sp.device, ctx.stream("interactions", "device_type"), nSessions,
                 ctx.threads);
    fillCategory(sessionSource, sp.source, ctx.stream("interactions", "source"), nSessions,
                 ctx.threads);
    device.dict = sessionDevice.dict;
    source.dict = sessionSource.dict;
    ip.dict = documentationAddresses();
    std::vector<std::vector<std::int32_t>> agentsOf(device.dict.size());
    for (const auto &[dev, list] : userAgents())
        for (const auto &a : list)
            agent.dict.push_back(a);
    for (std::size_t d = 0; d < device.dict.size(); ++d) {
        for (std::size_t a = 0, base = 0; a < userAgents().size();
             base += userAgents()[a].second.size(), ++a)
            if (userAgents()[a].first == device.dict[d])
                for (std::size_t k = 0; k < userAgents()[a].second.size(); ++k)
                    agentsOf[d].push_back(std::int32_t(base + k));
        if (agentsOf[d].empty()) // a device without known agents borrows the desktop ones
            for (std::int32_t k = 3; k < 6; ++k)
                agentsOf[d].push_back(k);
    }
    const auto sIp = ctx.stream("interactions", "ip_address");
    const auto sAgent = ctx.stream("interactions", "user_agent");
    ctx.rows(nSessions, [&](std::size_t begin, std::size_t end) {
        for (std::size_t s = begin; s < end; ++s) {
            const std::size_t from = sessionStarts[s];
            const std::size_t to = s + 1 < nSessions ? sessionStarts[s + 1] : total;
            const std::int32_t dev = sessionDevice.codes[s];
            const auto &agents = agentsOf[std::size_t(dev)];
            const auto ipCode
                    = std::int32_t(sIp.integer(s, 0, 0, std::int64_t(ip.dict.size()) - 1));
            const auto agentCode
                    = agents[std::size_t(sAgent.integer(s, 0, 0, std::int64_t(agents.size()) - 1))];
            for (std::size_t r = from; r < to; ++r) {
                device.codes[r] = dev;
                source.codes[r] = sessionSource.codes[s];
                ip.codes[r] = ipCode;
                agent.codes[r] = agentCode;
            }
        }
    });
}

} // namespace

void writeInteractions(Context &ctx, Table &t)
{
    const InteractionSpec &sp = ctx.scenario.interaction;
    const auto nStudents = std::size_t(ctx.scenario.students);
    const std::size_t nApplies = ctx.applyEngagement.size();

    // Rows per student: a view per engagement, an apply per application, a closing step where decided.
    std::vector<std::size_t> offset(nStudents + 1, 0), applyOffset(nStudents + 1, 0);
    for (std::size_t i = 0, a = 0; i < nStudents; ++i) {
        std::size_t rows = ctx.engagementOffset[i + 1] - ctx.engagementOffset[i];
        for (; a < nApplies && std::size_t(ctx.applyStudent[a]) == i; ++a)
            rows += ctx.applyClosing[a] != NoClosing ? 2 : 1;
        offset[i + 1] = offset[i] + rows;
        applyOffset[i + 1] = a;
    }
    const std::size_t total = offset[nStudents];

    Column &typeCol = t.at("interaction_type");
    typeCol.dict = sp.types.labels();
    const auto code = [&](const char *label) { return std::int32_t(sp.types.indexOf(label)); };
    const std::int32_t view = code("view"), apply = code("apply"), shortlist = code("shortlist"),
                       reject = code("reject");
    ctx.sizeColumns(t, total);
    Column &id = t.at("interaction_id");
    Column &student = t.at("student_id");
    Column &internship = t.at("internship_id");
    Column &time = t.at("timestamp");
    Column &session = t.at("session_id");
    Column &spent = t.at("time_spent");
    Column &pages = t.at("page_views");
    std::vector<IntRange> spentRange(typeCol.dict.size()), pagesRange(typeCol.dict.size());
    for (std::size_t k = 0; k < typeCol.dict.size(); ++k) {
        for (const auto &[label, r] : sp.timeSpent)
            if (label == typeCol.dict[k])
                spentRange[k] = r;
        for (const auto &[label, r] : sp.pageViews)
            if (label == typeCol.dict[k])
                pagesRange[k] = r;
    }
    const auto sTime = ctx.stream("interactions", "timestamp");
    const auto sSpent = ctx.stream("interactions", "time_spent");
    const auto sPages = ctx.stream("interactions", "page_views");
    ctx.applyRow.assign(nApplies, 0);
    ctx.applyClosingTime.assign(nApplies, kNoApply);

    ctx.rows(
            nStudents,
            [&](std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i) {
                    std::size_t pos = offset[i];
                    std::size_t a = applyOffset[i];
                    const std::size_t firstEngagement = ctx.engagementOffset[i];
                    for (std::size_t e = firstEngagement; e < ctx.engagementOffset[i + 1]; ++e) {
                        const std::size_t sessionStart = pos;
                        const auto emit = [&](std::int32_t type, std::int64_t at) {
                            student.ints[pos] = std::int64_t(i + 1);
                            internship.ints[pos] = std::int64_t(ctx.engagementInternship[e]) + 1;
                            typeCol.codes[pos] = type;
                            time.ints[pos] = at;
                            session.ints[pos] = std::int64_t(sessionStart + 1);
                            const auto tu = std::size_t(type);
                            spent.ints[pos] = sSpent.integer(pos, 0, spentRange[tu].min,
                                                             spentRange[tu].max);
                            pages.ints[pos] = sPages.integer(pos, 0, pagesRange[tu].min,
                                                             pagesRange[tu].max);
                            ++pos;
                        };
                        emit(view, ctx.engagementView[e]);
                        const std::int64_t applied = ctx.engagementApply[e];
                        if (applied == kNoApply)
                            continue;
                        ctx.applyRow[a] = std::int64_t(pos);
                        emit(apply, applied);
                        if (ctx.applyClosing[a] != NoClosing) {
                            // One to fourteen days after the apply; kDecisionRoomDays leaves room before the
                            // reference date.
                            const auto k = std::uint64_t(e - firstEngagement);
                            const std::int64_t at
                                    = applied + sTime.integer(i, 4 * k + 2, kDay, 14 * kDay);
                            ctx.applyClosingTime[a] = at;
                            emit(ctx.applyClosing[a] == ClosedShortlist ? shortlist : reject, at);
                        }
                        ++a;
                    }
                }
            },
            0.85, 0.93, "interactions");

    std::vector<std::size_t> sessionStarts;
    sessionStarts.reserve(ctx.engagementInternship.size());
    for (std::size_t r = 0; r < total; ++r) {
        id.ints[r] = std::int64_t(r + 1);
        if (session.ints[r] == std::int64_t(r + 1))
            sessionStarts.push_back(r);
    }
    ctx.checkpoint();
    writeSessions(ctx, t, sessionStarts);
}

} // namespace pmis::gen
