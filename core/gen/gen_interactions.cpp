// Interactions: each student's activity is over-dispersed with an exact total; each engagement picks
// an internship by affinity among Zipf-popular candidates and walks view -> apply -> shortlist/reject.
#include "core/gen/gen_internal.h"

#include <algorithm>
#include <cmath>

namespace pmis::gen {
namespace {

constexpr std::int64_t kDay = kSecondsPerDayGen;

struct FunnelOdds
{
    double apply = 0;     // P(apply | view)
    double shortlist = 0; // P(shortlist | apply)
    double reject = 0;    // P(reject | apply)
};

FunnelOdds funnelOdds(const InteractionSpec &sp)
{
    const auto p = sp.types.probabilities();
    const auto share = [&](const char *label) { return p[std::size_t(sp.types.indexOf(label))]; };
    FunnelOdds f;
    f.apply = std::min(1.0, share("apply") / share("view"));
    f.shortlist = share("shortlist") / share("apply");
    f.reject = share("reject") / share("apply");
    if (f.shortlist + f.reject > 1.0) {
        const double scale = f.shortlist + f.reject;
        f.shortlist /= scale;
        f.reject /= scale;
    }
    return f;
}

// Rows of engagement k of student i: 1 (view), 2 (+ apply) or 3 (+ shortlist or reject). The same
// draws decide the funnel when the rows are made.
int funnelLength(const RandomStream &funnel, const FunnelOdds &odds, std::size_t i, std::uint64_t k)
{
    if (funnel.uniform(i, 2 * k) >= odds.apply)
        return 1;
    return funnel.uniform(i, 2 * k + 1) < odds.shortlist + odds.reject ? 3 : 2;
}

// Rows per student. Engagements are shared out by gamma weights (largest remainders), at most one
// per internship; whole engagements are then added or removed in a seeded student order until the
// rows meet the exact total, so at most one engagement in the whole table is cut short and the
// type shares are not biased towards views.
std::vector<std::int64_t> rowsPerStudent(const Context &ctx, const FunnelOdds &odds, const RandomStream &funnel)
{
    const Scenario &sc = ctx.scenario;
    const auto n = std::size_t(sc.students);
    const auto total = sc.interactions;
    const std::int64_t cap = sc.internships;
    const auto sActivity = ctx.stream("interactions", "activity");
    std::vector<double> weights(n);
    parallelFor(n, ctx.threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            weights[i] = gammaDraw(sActivity, i, 0, sc.interaction.activityDispersion);
    });
    const double meanLength = 1.0 + odds.apply * (1.0 + odds.shortlist + odds.reject);
    auto engagements = largestRemainder(weights, std::max<std::int64_t>(1, std::llround(double(total) / meanLength)));
    std::int64_t excess = 0;
    for (auto &e : engagements) {
        excess += std::max<std::int64_t>(0, e - cap);
        e = std::min(e, cap);
    }
    for (std::size_t i = 0; excess > 0 && i < n; ++i) {
        const std::int64_t add = std::min(excess, cap - engagements[i]);
        engagements[i] += add;
        excess -= add;
    }
    std::vector<std::int64_t> rows(n, 0);
    parallelFor(n, ctx.threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            for (std::int64_t k = 0; k < engagements[i]; ++k)
                rows[i] += funnelLength(funnel, odds, i, std::uint64_t(k));
    });
    std::int64_t sum = 0;
    for (std::int64_t r : rows)
        sum += r;

    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    const auto sOrder = ctx.stream("interactions", "activity_order");
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[std::size_t(sOrder.integer(i - 1, 0, 0, std::int64_t(i - 1)))]);
    for (std::size_t pass = 0; sum < total; ++pass) { // add whole engagements
        const std::size_t i = order[pass % n];
        if (engagements[i] >= cap)
            continue;
        const int len = funnelLength(funnel, odds, i, std::uint64_t(engagements[i]));
        ++engagements[i];
        rows[i] += len;
        sum += len;
    }
    for (bool removed = true; sum > total && removed;) { // remove whole engagements that fit
        removed = false;
        for (std::size_t p = 0; p < n && sum > total; ++p) {
            const std::size_t i = order[n - 1 - p];
            if (engagements[i] == 0)
                continue;
            const int len = funnelLength(funnel, odds, i, std::uint64_t(engagements[i] - 1));
            if (sum - len < total)
                continue;
            --engagements[i];
            rows[i] -= len;
            sum -= len;
            removed = true;
        }
    }
    for (std::size_t p = 0; sum > total && p < n; ++p) { // cut one engagement short
        const std::size_t i = order[n - 1 - p];
        if (engagements[i] == 0)
            continue;
        const int len = funnelLength(funnel, odds, i, std::uint64_t(engagements[i] - 1));
        const std::int64_t cut = std::min<std::int64_t>(sum - total, len - 1);
        rows[i] -= cut;
        sum -= cut;
    }
    return rows;
}

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

} // namespace

bool generateInteractions(Context &ctx, Table &t, const ProgressFn &progress)
{
    const Scenario &sc = ctx.scenario;
    const InteractionSpec &sp = sc.interaction;
    const AffinitySpec &aff = sp.affinity;
    const auto nStudents = std::size_t(sc.students);
    const auto nInternships = std::size_t(sc.internships);
    const auto total = std::size_t(sc.interactions);

    const auto sFunnel = ctx.stream("interactions", "interaction_type");
    const FunnelOdds odds = funnelOdds(sp);
    const auto counts = rowsPerStudent(ctx, odds, sFunnel);
    std::vector<std::size_t> offset(nStudents + 1, 0);
    for (std::size_t i = 0; i < nStudents; ++i)
        offset[i + 1] = offset[i] + std::size_t(counts[i]);

    // Popularity: a seeded rank per internship, drawn with weight 1 / rank^s.
    std::vector<std::int32_t> byRank(nInternships);
    for (std::size_t j = 0; j < nInternships; ++j)
        byRank[j] = std::int32_t(j);
    const auto sRank = ctx.stream("interactions", "popularity_rank");
    for (std::size_t i = nInternships; i > 1; --i)
        std::swap(byRank[i - 1], byRank[std::size_t(sRank.integer(i - 1, 0, 0, std::int64_t(i - 1)))]);
    std::vector<double> popularity(nInternships);
    for (std::size_t r = 0; r < nInternships; ++r)
        popularity[r] = 1.0 / std::pow(double(r + 1), aff.zipfExponent);
    const AliasTable popular(popularity);

    Column &typeCol = t.at("interaction_type");
    typeCol.dict = sp.types.labels();
    const auto code = [&](const char *label) { return std::int32_t(sp.types.indexOf(label)); };
    const std::int32_t view = code("view"), apply = code("apply"), shortlist = code("shortlist"),
                       reject = code("reject");
    for (Column &col : t.columns)
        col.spec.type == ColumnType::Category ? col.codes.resize(total) : col.resize(total);
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

    const std::int64_t ref = ctx.reference;
    const std::int64_t windowStart = ref - sp.windowDays * kDay;
    const std::int64_t latestStart = ref - 17 * kDay; // apply (<= 3 days) and decision (<= 14) fit
    const auto sPick = ctx.stream("interactions", "internship_id");
    const auto sNoise = ctx.stream("interactions", "affinity_noise");
    const auto sTime = ctx.stream("interactions", "timestamp");
    const auto sSpent = ctx.stream("interactions", "time_spent");
    const auto sPages = ctx.stream("interactions", "page_views");
    const int candidates = aff.candidates;

    const auto makeStudent = [&](std::size_t i) {
        std::vector<std::int32_t> engaged;
        std::size_t pos = offset[i];
        const std::size_t end = offset[i + 1];
        const SkillMask skills = ctx.studentSkills[i];
        const std::int32_t city = ctx.studentCity[i];
        std::vector<std::pair<std::int32_t, double>> pool; // candidate, affinity
        pool.reserve(std::size_t(candidates));
        for (std::uint64_t k = 0; pos < end; ++k) {
            // Softmax choice among the candidates (the same law as the argmax of affinity plus
            // Gumbel noise of scale `noise`, for one exponential per candidate).
            pool.clear();
            double top = -1e300;
            for (int c = 0; c < candidates; ++c) {
                const std::uint64_t draw = k * std::uint64_t(candidates) + std::uint64_t(c);
                const std::int32_t j = byRank[std::size_t(popular.sample(sPick.bits(i, draw)))];
                if (std::find(engaged.begin(), engaged.end(), j) != engaged.end())
                    continue;
                const auto ju = std::size_t(j);
                const int required = popcount(ctx.internshipSkills[ju]);
                const double overlap = required ? double(popcount(skills & ctx.internshipSkills[ju])) / required : 0.0;
                const double score = aff.skillOverlap * overlap + (ctx.internshipCity[ju] == city ? aff.sameCity : 0.0)
                                     + aff.stipend * ctx.internshipStipendZ[ju];
                pool.emplace_back(j, score);
                top = std::max(top, score);
            }
            std::int32_t best = -1;
            if (!pool.empty()) {
                double total = 0;
                for (auto &[j, w] : pool) {
                    w = std::exp((w - top) / aff.noise);
                    total += w;
                }
                double u = sNoise.uniform(i, k) * total;
                best = pool.back().first;
                for (const auto &[j, w] : pool) {
                    if (u < w) {
                        best = j;
                        break;
                    }
                    u -= w;
                }
            }
            if (best < 0) { // every candidate was taken: the next free internship from a random start
                auto j = std::size_t(sPick.integer(i, 1ULL << 40 | k, 0, std::int64_t(nInternships) - 1));
                while (std::find(engaged.begin(), engaged.end(), std::int32_t(j)) != engaged.end())
                    j = (j + 1) % nInternships;
                best = std::int32_t(j);
            }
            engaged.push_back(best);
            const auto ju = std::size_t(best);
            const std::int64_t earliest = std::max(windowStart, ctx.internshipCreated[ju]);
            std::int64_t at = sTime.integer(i, 4 * k, earliest, std::max(earliest, latestStart));
            const std::size_t first = pos;
            const auto emit = [&](std::int32_t type) {
                student.ints[pos] = std::int64_t(i + 1);
                internship.ints[pos] = std::int64_t(best + 1);
                typeCol.codes[pos] = type;
                time.ints[pos] = at;
                session.ints[pos] = std::int64_t(first + 1);
                const auto tu = std::size_t(type);
                spent.ints[pos] = sSpent.integer(pos, 0, spentRange[tu].min, spentRange[tu].max);
                pages.ints[pos] = sPages.integer(pos, 0, pagesRange[tu].min, pagesRange[tu].max);
                ++pos;
            };
            emit(view);
            const int length = funnelLength(sFunnel, odds, i, k);
            if (pos < end && length >= 2) {
                at += sTime.integer(i, 4 * k + 1, 60, 3 * kDay);
                emit(apply);
                if (pos < end && length == 3) {
                    // The draw that made the funnel 3 long also picks the closing step.
                    at += sTime.integer(i, 4 * k + 2, kDay, 14 * kDay);
                    emit(sFunnel.uniform(i, 2 * k + 1) < odds.shortlist ? shortlist : reject);
                }
            }
        }
    };

    // Students in blocks so progress and cancel are handled on this thread between blocks.
    const std::size_t blocks = std::min<std::size_t>(64, std::max<std::size_t>(1, nStudents / 256));
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t lo = nStudents * b / blocks, hi = nStudents * (b + 1) / blocks;
        parallelFor(hi - lo, ctx.threads, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = lo + begin; i < lo + end; ++i)
                makeStudent(i);
        });
        if (progress && !progress(0.35 + 0.45 * double(b + 1) / double(blocks), "interactions"))
            return false;
    }

    // Per engagement (a session): device, source, address, user agent; exact shares count sessions.
    std::vector<std::size_t> sessionStarts;
    for (std::size_t r = 0; r < total; ++r) {
        id.ints[r] = std::int64_t(r + 1);
        if (session.ints[r] == std::int64_t(r + 1))
            sessionStarts.push_back(r);
        if (typeCol.codes[r] == apply)
            ctx.applyRows.push_back(std::int64_t(r));
    }
    const std::size_t nSessions = sessionStarts.size();
    Column &device = t.at("device_type");
    Column &source = t.at("source");
    Column &ip = t.at("ip_address");
    Column &agent = t.at("user_agent");
    Column sessionDevice, sessionSource;
    fillCategory(sessionDevice, sp.device, ctx.stream("interactions", "device_type"), nSessions, ctx.threads);
    fillCategory(sessionSource, sp.source, ctx.stream("interactions", "source"), nSessions, ctx.threads);
    device.dict = sessionDevice.dict;
    source.dict = sessionSource.dict;
    ip.dict = documentationAddresses();
    std::vector<std::vector<std::int32_t>> agentsOf(device.dict.size());
    for (const auto &[dev, list] : userAgents())
        for (const auto &a : list)
            agent.dict.push_back(a);
    for (std::size_t d = 0; d < device.dict.size(); ++d) {
        for (std::size_t a = 0, base = 0; a < userAgents().size(); base += userAgents()[a].second.size(), ++a)
            if (userAgents()[a].first == device.dict[d])
                for (std::size_t k = 0; k < userAgents()[a].second.size(); ++k)
                    agentsOf[d].push_back(std::int32_t(base + k));
        if (agentsOf[d].empty()) // a device without known agents borrows the desktop ones
            for (std::int32_t k = 3; k < 6; ++k)
                agentsOf[d].push_back(k);
    }
    const auto sIp = ctx.stream("interactions", "ip_address");
    const auto sAgent = ctx.stream("interactions", "user_agent");
    parallelFor(nSessions, ctx.threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t s = begin; s < end; ++s) {
            const std::size_t from = sessionStarts[s];
            const std::size_t to = s + 1 < nSessions ? sessionStarts[s + 1] : total;
            const std::int32_t dev = sessionDevice.codes[s];
            const auto &agents = agentsOf[std::size_t(dev)];
            const auto ipCode = std::int32_t(sIp.integer(s, 0, 0, std::int64_t(ip.dict.size()) - 1));
            const auto agentCode = agents[std::size_t(sAgent.integer(s, 0, 0, std::int64_t(agents.size()) - 1))];
            for (std::size_t r = from; r < to; ++r) {
                device.codes[r] = dev;
                source.codes[r] = sessionSource.codes[s];
                ip.codes[r] = ipCode;
                agent.codes[r] = agentCode;
            }
        }
    });
    return true;
}

} // namespace pmis::gen
