#include "core/rec/shortlist.h"

#include "core/rec/parallel_tasks.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

namespace {

std::string squash(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (isAsciiAlnum(c))
            out += asciiLower(c);
    return out;
}

} // namespace

std::vector<std::string> groupKeys(const RecData &d)
{
    std::vector<std::string> keys;
    for (const GroupAttribute *a : d.groupAttributes())
        for (const auto &label : a->labels)
            keys.push_back(squash(label));
    return keys;
}

Result<GroupSpec> resolveGroup(const RecData &d, const std::string &key)
{
    std::string attribute, value = key;
    if (const auto colon = key.find(':'); colon != std::string::npos) {
        attribute = key.substr(0, colon);
        value = key.substr(colon + 1);
    }
    std::vector<GroupSpec> found;
    for (const GroupAttribute *a : d.groupAttributes()) {
        if (!attribute.empty() && squash(attribute) != squash(a->column))
            continue;
        for (std::size_t l = 0; l < a->labels.size(); ++l)
            if (squash(a->labels[l]) == squash(value))
                found.push_back({key, a->column, a->labels[l], std::int32_t(l), 0});
    }
    if (found.size() == 1)
        return found.front();
    std::string known;
    for (const auto &k : groupKeys(d))
        known += (known.empty() ? "" : ", ") + k;
    if (found.empty())
        return Status::error("unknown group '" + key + "'; expected one of: " + known);
    return Status::error("group '" + key + "' is ambiguous; write attribute:label (e.g. "
                         + found[0].attribute + ":" + found[0].label + ")");
}

Result<std::vector<GroupSpec>> parseFairSpec(const RecData &d, const std::string &spec)
{
    std::vector<GroupSpec> out;
    std::size_t start = 0;
    while (start <= spec.size()) {
        std::size_t comma = spec.find(',', start);
        if (comma == std::string::npos)
            comma = spec.size();
        const std::string item = spec.substr(start, comma - start);
        start = comma + 1;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            return Status::error("--fair: '" + item
                                 + "' has no share; expected GROUP=SHARE, e.g. rural=0.35");
        auto group = resolveGroup(d, item.substr(0, eq));
        if (!group)
            return Status::error("--fair: " + group.error());
        const std::string number = item.substr(eq + 1);
        const double share = parseDecimal(number);
        if (!(share > 0 && share <= 1))
            return Status::error("--fair: '" + number + "' is not a share in (0, 1] (in '" + item
                                 + "')");
        group->share = share;
        out.push_back(*group);
    }
    return out;
}

namespace {

const GroupAttribute *attributeNamed(const RecData &d, const std::string &attribute)
{
    for (const GroupAttribute *a : d.groupAttributes())
        if (a->column == attribute)
            return a;
    return nullptr;
}

std::vector<AttributeExposure> exposureOf(const RecData &d, const std::vector<Candidate> &pool,
                                          const std::vector<std::size_t> &before,
                                          const std::vector<std::size_t> &after)
{
    std::vector<AttributeExposure> out;
    for (const GroupAttribute *a : d.groupAttributes()) {
        AttributeExposure e;
        e.attribute = a->column;
        std::vector<std::int32_t> codes(pool.size());
        for (std::size_t c = 0; c < pool.size(); ++c)
            codes[c] = a->codes[std::size_t(pool[c].student)];
        for (const auto &label : a->labels) {
            e.before.push_back({label, 0, 0, 0});
            e.after.push_back({label, 0, 0, 0});
        }
        addExposure(codes, before, e.before);
        addExposure(codes, after, e.after);
        e.ratioBefore = finishExposure(e.before);
        e.ratioAfter = finishExposure(e.after);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

ShortlistResult shortlist(const Recommender &r, std::size_t internship, const ShortlistOptions &o)
{
    const RecData &d = r.data();
    ShortlistResult res;
    res.internship = std::int32_t(internship);
    res.pool = r.rankCandidates(internship, o.weights ? &*o.weights : nullptr, o.applicantsOnly);
    res.k = std::min(o.k, res.pool.size());
    for (std::size_t c = 0; c < res.k; ++c)
        res.before.push_back(c);
    res.groups = o.groups;
    for (const GroupSpec &g : o.groups) {
        std::vector<std::uint8_t> m(res.pool.size());
        if (const GroupAttribute *a = attributeNamed(d, g.attribute))
            for (std::size_t c = 0; c < res.pool.size(); ++c)
                m[c] = a->codes[std::size_t(res.pool[c].student)] == g.code;
        res.membership.push_back(std::move(m));
    }
    if (!o.groups.empty()) {
        res.usedFair = true;
        std::vector<std::vector<int>> tables;
        for (std::size_t g = 0; g < o.groups.size(); ++g) {
            ShortlistResult::GroupTable t;
            if (o.adjustAlpha) {
                const AdjustedTable adjusted
                        = fairAdjustedTable(int(res.k), o.groups[g].share, o.alpha);
                t.mTable = adjusted.mTable;
                t.alphaUsed = adjusted.alphaAdjusted;
                t.failProbability = adjusted.failProbability;
            } else {
                t.mTable = fairMTable(int(res.k), o.groups[g].share, o.alpha);
                t.alphaUsed = o.alpha;
                t.failProbability = fairFailProbability(t.mTable, o.groups[g].share);
            }
            for (auto v : res.membership[g])
                t.available += v;
            tables.push_back(t.mTable);
            res.tables.push_back(std::move(t));
        }
        if (o.groups.size() == 1) {
            const FairRanking fr = fairRerank(res.membership[0], res.k, tables[0]);
            res.after = fr.order;
        } else {
            res.after = multiFairRerank(res.membership, tables, res.k).order;
        }
        res.beforeSatisfies = res.afterSatisfies = true;
        for (std::size_t g = 0; g < o.groups.size(); ++g) {
            ShortlistResult::GroupTable &t = res.tables[g];
            t.beforeSatisfies = satisfiesTable(res.membership[g], res.before, t.mTable);
            t.afterSatisfies = satisfiesTable(res.membership[g], res.after, t.mTable);
            int count = 0;
            for (std::size_t i = 0; i < res.after.size() && t.firstShortfall == 0; ++i) {
                count += res.membership[g][res.after[i]];
                if (i < t.mTable.size() && count < t.mTable[i])
                    t.firstShortfall = int(i + 1);
            }
            res.beforeSatisfies &= t.beforeSatisfies;
            res.afterSatisfies &= t.afterSatisfies;
        }
        res.feasible = res.afterSatisfies;
        res.mTable = res.tables[0].mTable;
        res.alphaUsed = res.tables[0].alphaUsed;
        res.failProbability = res.tables[0].failProbability;
    } else {
        res.after = res.before;
    }
    for (std::size_t g = 0; g < res.groups.size(); ++g) {
        res.shareBefore.push_back(protectedShareByPrefix(res.membership[g], res.before));
        res.shareAfter.push_back(protectedShareByPrefix(res.membership[g], res.after));
    }
    std::vector<double> gains(res.pool.size());
    for (std::size_t c = 0; c < res.pool.size(); ++c)
        gains[c] = res.pool[c].score;
    res.ndcgRetained = ndcgRetained(gains, res.after);
    res.exposure = exposureOf(d, res.pool, res.before, res.after);
    return res;
}

Result<ShortlistAudit> auditShortlists(const Recommender &r,
                                       const std::vector<std::int32_t> &internships,
                                       const ShortlistOptions &o, const ProgressFn &progress)
{
    ShortlistAudit audit;
    const std::size_t n = internships.size();
    std::vector<ShortlistResult> results(n);
    const std::size_t blocks = std::clamp<std::size_t>(n / 16, 1, 50);
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t lo = n * b / blocks, hi = n * (b + 1) / blocks;
        parallelTasks(
                hi - lo, r.options().threads, 4,
                [&](std::size_t begin, std::size_t end, std::size_t) {
                    for (std::size_t t = lo + begin; t < lo + end; ++t) {
                        results[t] = shortlist(r, std::size_t(internships[t]), o);
                        results[t]
                                .pool
                                .clear(); // keep memory small; the exposure is already computed
                        results[t].pool.shrink_to_fit();
                        results[t].membership.clear();
                    }
                });
        if (progress && !progress(double(b + 1) / double(blocks), "shortlists"))
            return Status::cancelled();
    }
    audit.slates = n;
    double ndcg = 0, passBefore = 0, passAfter = 0;
    for (const ShortlistResult &res : results) {
        ndcg += res.ndcgRetained;
        passBefore += res.beforeSatisfies ? 1 : 0;
        passAfter += res.afterSatisfies ? 1 : 0;
        audit.infeasible += res.feasible ? 0 : 1;
        if (audit.exposure.empty()) {
            audit.exposure = res.exposure;
            continue;
        }
        for (std::size_t a = 0; a < res.exposure.size(); ++a) {
            for (std::size_t g = 0; g < res.exposure[a].before.size(); ++g) {
                audit.exposure[a].before[g].exposure += res.exposure[a].before[g].exposure;
                audit.exposure[a].before[g].members += res.exposure[a].before[g].members;
                audit.exposure[a].after[g].exposure += res.exposure[a].after[g].exposure;
                audit.exposure[a].after[g].members += res.exposure[a].after[g].members;
            }
        }
    }
    for (AttributeExposure &e : audit.exposure) {
        e.ratioBefore = finishExposure(e.before);
        e.ratioAfter = finishExposure(e.after);
    }
    if (n) {
        audit.meanNdcgRetained = ndcg / double(n);
        audit.passBefore = passBefore / double(n);
        audit.passAfter = passAfter / double(n);
    }
    return audit;
}

} // namespace pmis::rec
