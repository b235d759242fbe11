#pragma once
// Provider-side fair ranking (docs/recommender.md, "Fair shortlists"). FA*IR (Zehlike et al., CIKM 2017) for one protected
// group: the m-table, its exact fail probability, the adjusted table, and the re-rank. For several
// groups at once: one FA*IR table per group (multiFairRerank); the older minimum-share greedy stays
// for comparison. Audits: protected share per
// prefix, exposure per group with position weight 1 / log2(i + 1), NDCG retained.
// Every function is pure; rankings are indices into an input list ordered best first.

#include <cstdint>
#include <string>
#include <vector>

namespace pmis::rec {

// BinomCDF(m; n, p).
double binomialCdf(int m, int n, double p);
// m(i) for i = 1..k: the smallest m in [0, i] with BinomCDF(m; i, p) >= alpha.
std::vector<int> fairMTable(int k, double p, double alpha);
// The chance that a ranking with each position protected independently with probability p
// violates the table at some prefix (dynamic program over the protected count, O(k^2)).
double fairFailProbability(const std::vector<int> &mTable, double p);

struct AdjustedTable
{
    std::vector<int> mTable;
    double alphaAdjusted = 0;   // the alpha_c that produces the table
    double failProbability = 0; // <= alpha
};
// The most demanding table m(alpha_c) whose fail probability is <= alpha (binary search on alpha_c).
AdjustedTable fairAdjustedTable(int k, double p, double alpha);

// True when every prefix i of `ranking` holds at least mTable[i - 1] protected items.
bool satisfiesTable(const std::vector<std::uint8_t> &isProtected,
                    const std::vector<std::size_t> &ranking, const std::vector<int> &mTable);

struct FairRanking
{
    std::vector<std::size_t> order; // indices into the input, best first, min(k, n) of them
    bool feasible = true;           // false when the protected queue ran out below the table
};
// FA*IR re-rank of an input ordered best first: two queues; at position i the protected head if the
// protected count is below m(i), otherwise the earlier (better) head.
FairRanking fairRerank(const std::vector<std::uint8_t> &isProtected, std::size_t k,
                       const std::vector<int> &mTable);

struct MultiFairRanking
{
    std::vector<std::size_t> order; // indices into the input, best first, min(k, n) of them
    bool feasible = true;           // every prefix meets every group's table
    std::vector<int>
            firstShortfall; // per group: the first prefix (1-based) below its table, 0 = none
};
// FA*IR for several (possibly overlapping) groups, each with its own m-table (docs/recommender.md,
// "Fair shortlists"): at position i, need_g = mTables[g][i - 1] - count_g; with any need > 0 the
// best-scoring candidate covering the most needs, otherwise the best overall. With one group it is
// fairRerank. Infeasible when no candidate can cover a need at some prefix.
MultiFairRanking multiFairRerank(const std::vector<std::vector<std::uint8_t>> &membership,
                                 const std::vector<std::vector<int>> &mTables, std::size_t k);

struct GroupFloorReport
{
    double share = 0;
    int floorAtK = 0;         // floor(share * k)
    int achieved = 0;         // members in the output
    int available = 0;        // members in the input
    bool met = true;          // achieved >= floorAtK
    bool infeasible = false;  // available < floorAtK: the input cannot meet the floor
    int prefixShortfalls = 0; // prefixes i of the output with fewer than floor(share * i) members
};

struct GreedyRanking
{
    std::vector<std::size_t> order;
    std::vector<GroupFloorReport> groups;
    bool allMet = true;
    std::vector<int>
            infeasiblePositions; // positions (1-based) where no candidate covered an unmet need
};
// Minimum-share greedy over several (possibly overlapping) groups: at position i, need_g =
// max(0, floor(p_g i) - count_g); with any need, the best candidate covering the most unmet needs,
// else the best overall. A repair pass then swaps in members of groups still short of floor(p_g k)
// while the input holds them and another candidate can leave without breaking a floor. Meets every
// floor when each group has enough members and the floors sum to at most k.
// membership[g][c] = 1 when input candidate c belongs to group g.
GreedyRanking minimumShareRerank(const std::vector<std::vector<std::uint8_t>> &membership,
                                 const std::vector<double> &shares, std::size_t k);

// Share of protected items in each prefix 1..ranking.size().
std::vector<double> protectedShareByPrefix(const std::vector<std::uint8_t> &isProtected,
                                           const std::vector<std::size_t> &ranking);
// Position weight of a 1-based rank: 1 / log2(rank + 1).
double positionWeight(std::size_t rank);
// DCG of `ranking` with the input's gains, divided by the DCG of the best possible ranking of the
// same length (the input's first items when the gains are ordered best first).
double ndcgRetained(const std::vector<double> &gains, const std::vector<std::size_t> &ranking);

struct GroupExposure
{
    std::string label;
    double exposure = 0;  // summed position weights over all slates
    double members = 0;   // candidates of the group in the pools (summed over slates)
    double perMember = 0; // exposure / members
};
// Exposure per group code (groups[c] in [0, labels.size()), -1 = no group) of one slate.
void addExposure(const std::vector<std::int32_t> &groups, const std::vector<std::size_t> &ranking,
                 std::vector<GroupExposure> &out);
// perMember for each group and the ratio min / max of perMember over groups with members.
double finishExposure(std::vector<GroupExposure> &out);

} // namespace pmis::rec
