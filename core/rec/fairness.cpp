#include "core/rec/fairness.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

double binomialCdf(int m, int n, double p)
{
    if (m < 0)
        return 0.0;
    if (m >= n)
        return 1.0;
    if (p <= 0)
        return 1.0;
    if (p >= 1)
        return 0.0;
    const double lp = std::log(p), lq = std::log1p(-p);
    double sum = 0;
    for (int j = 0; j <= m; ++j)
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0)
                        + j * lp + (n - j) * lq);
    return std::min(1.0, sum);
}

std::vector<int> fairMTable(int k, double p, double alpha)
{
    std::vector<int> table(std::size_t(std::max(k, 0)), 0);
    if (p <= 0 || alpha <= 0)
        return table;
    if (p >= 1) {
        for (int i = 1; i <= k; ++i)
            table[std::size_t(i - 1)] = i;
        return table;
    }
    // Binomial terms by the ratio pmf(m + 1) / pmf(m): exact for dyadic cases such as p = 0.5, so
    // boundaries like BinomCDF(1; 7, 0.5) = 1/16 compare exactly; log space where (1 - p)^i underflows.
    const double odds = p / (1 - p), logOdds = std::log(odds), lq = std::log1p(-p);
    for (int i = 1; i <= k; ++i) {
        int m = 0;
        if (i * lq > -700.0) {
            double pmf = std::pow(1 - p, i), cdf = pmf;
            while (m < i && cdf < alpha) {
                pmf *= double(i - m) / double(m + 1) * odds;
                ++m;
                cdf += pmf;
            }
        } else {
            double logPmf = i * lq, cdf = std::exp(logPmf);
            while (m < i && cdf < alpha) {
                logPmf += std::log(double(i - m) / double(m + 1)) + logOdds;
                ++m;
                cdf += std::exp(logPmf);
            }
        }
        table[std::size_t(i - 1)] = m;
    }
    return table;
}

double fairFailProbability(const std::vector<int> &mTable, double p)
{
    const std::size_t k = mTable.size();
    std::vector<double> mass(k + 2, 0.0), next(k + 2, 0.0);
    mass[0] = 1.0;
    for (std::size_t i = 1; i <= k; ++i) {
        std::fill(next.begin(), next.end(), 0.0);
        for (std::size_t c = 0; c < i; ++c) {
            next[c] += mass[c] * (1 - p);
            next[c + 1] += mass[c] * p;
        }
        for (std::size_t c = 0; c < std::size_t(std::max(0, mTable[i - 1])) && c <= i; ++c)
            next[c] = 0.0;
        mass.swap(next);
    }
    double remaining = 0;
    for (double v : mass)
        remaining += v;
    return std::max(0.0, 1.0 - remaining);
}

AdjustedTable fairAdjustedTable(int k, double p, double alpha)
{
    AdjustedTable out;
    out.mTable = fairMTable(k, p, alpha);
    out.failProbability = fairFailProbability(out.mTable, p);
    out.alphaAdjusted = alpha;
    if (out.failProbability <= alpha)
        return out;
    double lo = 0.0, hi = alpha; // table(lo) is within alpha (alpha_c = 0 imposes nothing)
    for (int it = 0; it < 60; ++it) {
        const double mid = 0.5 * (lo + hi);
        if (fairFailProbability(fairMTable(k, p, mid), p) <= alpha)
            lo = mid;
        else
            hi = mid;
    }
    out.mTable = fairMTable(k, p, lo);
    out.failProbability = fairFailProbability(out.mTable, p);
    out.alphaAdjusted = lo;
    return out;
}

bool satisfiesTable(const std::vector<std::uint8_t> &isProtected,
                    const std::vector<std::size_t> &ranking, const std::vector<int> &mTable)
{
    int count = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        count += isProtected[ranking[i]] ? 1 : 0;
        if (i < mTable.size() && count < mTable[i])
            return false;
    }
    return true;
}

FairRanking fairRerank(const std::vector<std::uint8_t> &isProtected, std::size_t k,
                       const std::vector<int> &mTable)
{
    FairRanking out;
    const std::size_t n = isProtected.size();
    k = std::min(k, n);
    std::size_t headP = 0, headO = 0; // next protected / other index in input order
    const auto advance = [&](std::size_t &head, bool wantProtected) {
        while (head < n && (isProtected[head] != 0) != wantProtected)
            ++head;
    };
    advance(headP, true);
    advance(headO, false);
    int count = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const bool need = i < mTable.size() && count < mTable[i];
        bool takeProtected;
        if (headP >= n)
            takeProtected = false;
        else if (headO >= n || need)
            takeProtected = true;
        else
            takeProtected = headP < headO;
        if (need && headP >= n)
            out.feasible = false;
        std::size_t &head = takeProtected ? headP : headO;
        out.order.push_back(head);
        ++head;
        advance(head, takeProtected);
        count += takeProtected ? 1 : 0;
    }
    return out;
}

MultiFairRanking multiFairRerank(const std::vector<std::vector<std::uint8_t>> &membership,
                                 const std::vector<std::vector<int>> &mTables, std::size_t k)
{
    MultiFairRanking out;
    const std::size_t groups = mTables.size();
    const std::size_t n = groups ? membership[0].size() : 0;
    k = std::min(k, n);
    out.firstShortfall.assign(groups, 0);
    std::vector<std::uint8_t> used(n, 0);
    std::vector<int> count(groups, 0);
    std::size_t best = 0; // the best unused candidate (input order = quality order)
    for (std::size_t i = 0; i < k; ++i) {
        std::vector<std::uint8_t> need(groups, 0);
        bool any = false;
        for (std::size_t g = 0; g < groups; ++g) {
            need[g] = i < mTables[g].size() && count[g] < mTables[g][i];
            any |= need[g] != 0;
        }
        while (best < n && used[best])
            ++best;
        std::size_t pick = best;
        if (any) {
            int most = 0;
            for (std::size_t c = best; c < n; ++c) {
                if (used[c])
                    continue;
                int covered = 0;
                for (std::size_t g = 0; g < groups; ++g)
                    covered += need[g] && membership[g][c];
                if (covered > most) {
                    most = covered;
                    pick = c;
                }
            }
        }
        used[pick] = 1;
        out.order.push_back(pick);
        for (std::size_t g = 0; g < groups; ++g) {
            count[g] += membership[g][pick];
            if (i < mTables[g].size() && count[g] < mTables[g][i] && out.firstShortfall[g] == 0) {
                out.firstShortfall[g] = int(i + 1);
                out.feasible = false;
            }
        }
    }
    return out;
}

namespace {

int floorShare(double share, std::size_t i)
{
    return int(std::floor(share * double(i) + 1e-9));
}

// The greedy pass over the candidates flagged in `pool` (input order = quality order).
std::vector<std::size_t> greedyPass(const std::vector<std::vector<std::uint8_t>> &membership,
                                    const std::vector<double> &shares,
                                    const std::vector<std::size_t> &pool, std::size_t k,
                                    std::vector<int> *infeasiblePositions)
{
    const std::size_t groups = shares.size();
    std::vector<std::uint8_t> taken(pool.size(), 0);
    std::vector<int> count(groups, 0), need(groups, 0);
    std::vector<std::size_t> order;
    std::size_t firstFree = 0;
    for (std::size_t i = 1; i <= k && order.size() < pool.size(); ++i) {
        bool anyNeed = false;
        for (std::size_t g = 0; g < groups; ++g) {
            need[g] = std::max(0, floorShare(shares[g], i) - count[g]);
            anyNeed |= need[g] > 0;
        }
        while (firstFree < pool.size() && taken[firstFree])
            ++firstFree;
        std::size_t pick = firstFree;
        if (anyNeed) {
            int best = 0;
            for (std::size_t c = firstFree; c < pool.size(); ++c) {
                if (taken[c])
                    continue;
                int covers = 0;
                for (std::size_t g = 0; g < groups; ++g)
                    covers += (need[g] > 0 && membership[g][pool[c]]) ? 1 : 0;
                if (covers > best) {
                    best = covers;
                    pick = c;
                }
            }
            if (best == 0 && infeasiblePositions)
                infeasiblePositions->push_back(int(i));
        }
        taken[pick] = 1;
        order.push_back(pool[pick]);
        for (std::size_t g = 0; g < groups; ++g)
            count[g] += membership[g][pool[pick]] ? 1 : 0;
    }
    return order;
}

} // namespace

GreedyRanking minimumShareRerank(const std::vector<std::vector<std::uint8_t>> &membership,
                                 const std::vector<double> &shares, std::size_t k)
{
    GreedyRanking out;
    const std::size_t groups = shares.size();
    const std::size_t n = groups ? membership[0].size() : 0;
    std::vector<std::size_t> all(n);
    for (std::size_t c = 0; c < n; ++c)
        all[c] = c;
    k = std::min(k, n);
    if (groups == 0) {
        out.order.assign(all.begin(), all.begin() + std::ptrdiff_t(k));
        return out;
    }
    out.order = greedyPass(membership, shares, all, k, &out.infeasiblePositions);

    // Repair the floors at k: swap in the best unselected member of a short group for the
    // lowest-ranked selected candidate outside it whose departure keeps every floor.
    std::vector<int> floors(groups), count(groups, 0), available(groups, 0);
    std::vector<std::uint8_t> selected(n, 0);
    for (std::size_t g = 0; g < groups; ++g) {
        floors[g] = floorShare(shares[g], k);
        for (std::size_t c = 0; c < n; ++c)
            available[g] += membership[g][c] ? 1 : 0;
    }
    for (std::size_t c : out.order) {
        selected[c] = 1;
        for (std::size_t g = 0; g < groups; ++g)
            count[g] += membership[g][c] ? 1 : 0;
    }
    bool repaired = false;
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t g = 0; g < groups; ++g) {
            if (count[g] >= floors[g])
                continue;
            std::size_t in = n;
            for (std::size_t c = 0; c < n && in == n; ++c)
                if (!selected[c] && membership[g][c])
                    in = c;
            if (in == n)
                continue; // the input holds no more members: infeasible
            std::size_t out_ = n;
            for (std::size_t c = n; c-- > 0 && out_ == n;) {
                if (!selected[c] || membership[g][c])
                    continue;
                bool keeps = true;
                for (std::size_t h = 0; h < groups && keeps; ++h)
                    keeps = !membership[h][c] || count[h] > floors[h];
                if (keeps)
                    out_ = c;
            }
            if (out_ == n)
                continue;
            selected[out_] = 0;
            selected[in] = 1;
            for (std::size_t h = 0; h < groups; ++h)
                count[h] += (membership[h][in] ? 1 : 0) - (membership[h][out_] ? 1 : 0);
            progress = repaired = true;
        }
    }
    if (repaired) { // order the repaired slate by the same greedy
        std::vector<std::size_t> pool;
        for (std::size_t c = 0; c < n; ++c)
            if (selected[c])
                pool.push_back(c);
        out.order = greedyPass(membership, shares, pool, pool.size(), nullptr);
    }

    for (std::size_t g = 0; g < groups; ++g) {
        GroupFloorReport r;
        r.share = shares[g];
        r.floorAtK = floors[g];
        r.available = available[g];
        int c = 0;
        for (std::size_t i = 0; i < out.order.size(); ++i) {
            c += membership[g][out.order[i]] ? 1 : 0;
            if (c < floorShare(shares[g], i + 1))
                ++r.prefixShortfalls;
        }
        r.achieved = c;
        r.met = c >= r.floorAtK;
        r.infeasible = r.available < r.floorAtK;
        out.allMet &= r.met;
        out.groups.push_back(r);
    }
    return out;
}

std::vector<double> protectedShareByPrefix(const std::vector<std::uint8_t> &isProtected,
                                           const std::vector<std::size_t> &ranking)
{
    std::vector<double> out;
    int count = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        count += isProtected[ranking[i]] ? 1 : 0;
        out.push_back(double(count) / double(i + 1));
    }
    return out;
}

double positionWeight(std::size_t rank)
{
    return 1.0 / std::log2(double(rank) + 1.0);
}

double ndcgRetained(const std::vector<double> &gains, const std::vector<std::size_t> &ranking)
{
    std::vector<double> ideal = gains;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double dcg = 0, best = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        dcg += gains[ranking[i]] * positionWeight(i + 1);
        if (i < ideal.size())
            best += ideal[i] * positionWeight(i + 1);
    }
    return best > 0 ? dcg / best : 1.0;
}

void addExposure(const std::vector<std::int32_t> &groups, const std::vector<std::size_t> &ranking,
                 std::vector<GroupExposure> &out)
{
    for (std::int32_t g : groups)
        if (g >= 0 && std::size_t(g) < out.size())
            out[std::size_t(g)].members += 1;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        const std::int32_t g = groups[ranking[i]];
        if (g >= 0 && std::size_t(g) < out.size())
            out[std::size_t(g)].exposure += positionWeight(i + 1);
    }
}

double finishExposure(std::vector<GroupExposure> &out)
{
    double lo = 0, hi = 0;
    bool first = true;
    for (GroupExposure &e : out) {
        e.perMember = e.members > 0 ? e.exposure / e.members : 0.0;
        if (e.members <= 0)
            continue;
        lo = first ? e.perMember : std::min(lo, e.perMember);
        hi = first ? e.perMember : std::max(hi, e.perMember);
        first = false;
    }
    return hi > 0 ? lo / hi : 1.0;
}

} // namespace pmis::rec
