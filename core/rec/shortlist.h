#pragma once
// The employer view: candidates for one internship, before and after fair re-ranking: FA*IR's
// binomial test at each named group's proportion, for one group or several at once (one adjusted
// m-table per group, docs/recommender.md "Fair shortlists"), with
// the protected share per prefix, exposure by group and the cost (NDCG retained); and an audit of
// the same over many internships.

#include "core/rec/fairness.h"
#include "core/rec/recommender.h"

#include <string>
#include <vector>

namespace pmis::rec {

// A protected group: students whose `attribute` column holds `label`, with a minimum share.
struct GroupSpec
{
    std::string key;       // as the user wrote it: "rural", "tier3", "female"
    std::string attribute; // rural_urban, college_tier, gender
    std::string label;     // the value as the data spells it: "rural", "Tier-3", "Female"
    std::int32_t code = -1;
    double share = 0;
};

// Resolves a key against the labels of rural_urban, college_tier and gender, compared in lower case
// without punctuation ("tier3" = "Tier-3"); "attribute:label" picks one attribute explicitly.
Result<GroupSpec> resolveGroup(const RecData &data, const std::string &key);
// "rural=0.35,tier3=0.5": groups with shares in (0, 1].
Result<std::vector<GroupSpec>> parseFairSpec(const RecData &data, const std::string &spec);
// Every key resolveGroup accepts, for help texts and completers.
std::vector<std::string> groupKeys(const RecData &data);

struct ShortlistOptions
{
    std::size_t k = 20;
    std::vector<GroupSpec> groups; // none: no re-ranking
    double alpha = 0.1;            // FA*IR significance
    bool adjustAlpha = true;       // use the adjusted table (fail probability <= alpha)
    std::optional<BlendWeights> weights;
    bool applicantsOnly = false;
};

struct AttributeExposure
{
    std::string attribute;
    std::vector<GroupExposure> before, after;
    double ratioBefore = 1, ratioAfter = 1; // min / max exposure per member
};

struct ShortlistResult
{
    std::int32_t internship = -1;
    std::size_t k = 0;
    std::vector<Candidate> pool;     // best first
    std::vector<std::size_t> before; // top k of pool (indices into pool)
    std::vector<std::size_t> after;  // re-ranked top k (indices into pool)
    std::vector<GroupSpec> groups;
    std::vector<std::vector<std::uint8_t>> membership;        // [group][pool index]
    std::vector<std::vector<double>> shareBefore, shareAfter; // [group][prefix]
    // FA*IR at each group's proportion (one table per group, the first also in mTable etc.).
    bool usedFair = false;
    std::vector<int> mTable;
    double alphaUsed = 0, failProbability = 0;
    bool feasible = true; // the re-ranked slate meets every group's table at every prefix
    bool beforeSatisfies = true, afterSatisfies = true;
    struct GroupTable
    {
        std::vector<int> mTable;
        double alphaUsed = 0, failProbability = 0;
        int available = 0;      // members in the pool
        int firstShortfall = 0; // first prefix of the re-ranked slate below the table, 0 = none
        bool beforeSatisfies = true, afterSatisfies = true;
    };
    std::vector<GroupTable> tables;       // parallel to groups
    std::vector<GroupFloorReport> floors; // unused: kept for readers of older results
    double ndcgRetained = 1;
    std::vector<AttributeExposure> exposure; // RecData::groupAttributes(), in order
};

ShortlistResult shortlist(const Recommender &recommender, std::size_t internship,
                          const ShortlistOptions &options);

struct ShortlistAudit
{
    std::size_t slates = 0;
    std::vector<AttributeExposure> exposure; // summed over the slates
    double passBefore = 0, passAfter = 0;    // share of slates meeting every group's table
    std::size_t infeasible = 0;              // slates the pool could not make fair
    double meanNdcgRetained = 1;
};
// The same shortlist for each internship, in parallel; deterministic for any thread count.
Result<ShortlistAudit> auditShortlists(const Recommender &recommender,
                                       const std::vector<std::int32_t> &internships,
                                       const ShortlistOptions &options,
                                       const ProgressFn &progress = {});

} // namespace pmis::rec
