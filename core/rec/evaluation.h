#pragma once
// Offline evaluation (docs/recommender.md, "Protocols"). Default: a global temporal split of the
// applications (train before the validation cut, validate on the next slice, test after the test
// cut); relevance = an application, with graded gains (apply 1, shortlist 2, selected 3); views are
// context, never relevance. Option: per-student temporal leave-last-out. Every method ranks the
// internships eligible at the cut (Recommender::eligible, the rule the shipped recommender uses):
// content, CF, P(success), the hybrid with weights learned on the validation slice, the hybrid with
// the fixed weights, popularity and random. Every model feature is computed as of the cut.
// Deterministic for a seed and any thread count.

#include "core/rec/metrics.h"
#include "core/rec/recommender.h"

#include <memory>
#include <string>
#include <vector>

namespace pmis::rec {

enum class Protocol { Temporal, LeaveLastOut };
const char *protocolKey(Protocol protocol);         // "temporal", "leave-last-out"
std::string protocolDescription(Protocol protocol); // one English line

// Gains of a relevant application (NDCG only; hit rate, MRR, precision, recall and AP count hits).
inline constexpr double kGainApply = 1, kGainShortlist = 2, kGainSelected = 3;

struct RelevantSet
{
    std::vector<std::int32_t> items; // internships, increasing
    std::vector<double> gains;       // parallel to items
};

struct InteractionSplit
{
    Protocol protocol = Protocol::Temporal;
    std::vector<std::uint8_t> train; // per data.events entry: what the validation models learn from
    std::vector<std::uint8_t>
            trainTest; // ...and what the test models learn from (temporal: before testCut)
    std::int64_t validationCut = kNoTime, testCut = kNoTime; // temporal only
    std::vector<std::int32_t> validationStudents;            // increasing
    std::vector<RelevantSet> validationRelevant;
    std::vector<std::int32_t> students; // evaluated (test) students, increasing
    std::vector<RelevantSet> relevant;  // parallel to students
    std::vector<std::int64_t> cuts; // parallel to students: the decision time they are ranked at
    std::size_t trainEvents = 0, testEvents = 0;
    std::size_t testApplications = 0, validationApplications = 0;
    bool severalRelevant = false; // some student has more than one relevant item
};
// Temporal: applies (apply events) sorted by time; the newest testFraction go to test and the
// validationFraction before them to validation (equal times stay on one side). A student's relevant
// items in a slice are the internships they applied to in it and had not applied to before it.
InteractionSplit temporalSplit(const RecData &data, double testFraction, double validationFraction);
// Leave-last-out: the internship a student engaged with last is held out when the student applied
// to it; training keeps the student's events before that engagement began. No validation slice.
InteractionSplit leaveLastOut(const RecData &data, const EventWeights &weights = {});

struct OutcomeSplit
{
    std::vector<std::uint32_t> fit, calibration, test; // rows of data.outcomes, in date order
};
// test = the newest testFraction, calibration = the next-newest calibrationFraction (of all rows).
OutcomeSplit temporalOutcomeSplit(const RecData &data, double testFraction,
                                  double calibrationFraction);
// The same cut times as an interaction split: fit before validationCut, calibration up to testCut.
OutcomeSplit outcomeSplitAt(const RecData &data, std::int64_t validationCut, std::int64_t testCut);

struct GroupMetrics
{
    std::string attribute, label;
    std::size_t students = 0;
    std::size_t relevant = 0; // held-out relevant items of the group's students
    bool reliable = false;    // relevant >= kMinGroupPositives
    RankingMetrics metrics;
};

struct MethodReport
{
    std::string method; // content, cf, success, hybrid, hybrid_fixed, popularity, random
    RankingMetrics atK;
    std::vector<double> ndcgCurve; // mean NDCG@1..maxK
    double coverage = 0;           // distinct internships in the top-K lists / open internships
    double exposureGini = 0;       // Gini of position-weighted exposure over open internships
    double meanPopularity = 0;     // mean training popularity of recommended internships
    double popularityLift = 0;     // meanPopularity / the catalogue's mean popularity
    double tieRate = 0;            // share of lists whose K-th place was decided by the tie-break
    std::vector<GroupMetrics> groups;
};

struct BlendCandidate
{
    BlendWeights weights;
    double ndcg = 0; // mean NDCG@K on the validation slice
};

struct BlendSearch
{
    bool learned = false;     // false: the fixed weights were used (no validation slice)
    std::string note;         // why not, when not learned
    double step = 0.1;        // grid step on the simplex of (content, CF, success)
    std::size_t students = 0; // validation students scored
    BlendWeights chosen;
    double chosenNdcg = 0;
    std::vector<BlendCandidate> grid; // every point, in search order
};

struct GroupOpportunity // consumer-side exposure: what each group is shown by the hybrid
{
    std::string attribute, label;
    std::size_t students = 0;
    double meanStipend = 0;
    double meanSuccess = 0;
};

struct GroupCalibration // the success model per group on the test outcomes
{
    std::string attribute, label;
    std::size_t n = 0, positives = 0, negatives = 0;
    bool reliable = false; // positives and negatives >= kMinGroupPositives
    double predicted = 0, observed = 0;
    double auc = 0; // NaN when the group holds one class only
};

struct EvaluationOptions
{
    Protocol protocol = Protocol::Temporal;
    std::size_t k = 10;
    std::size_t maxK = 20;
    RecommenderOptions recommender;
    bool learnWeights = true; // grid search on the validation slice (temporal protocol)
    double blendStep = 0.1;
    std::size_t maxValidationStudents = 3000; // a seeded subset when there are more
    double testFraction = 0.2;
    double calibrationFraction = 0.1; // the validation slice
    int bootstrap = 1000;
    std::uint64_t seed = 42;
    bool checkExplanations = true;
};

struct EvaluationReport
{
    Protocol protocol = Protocol::Temporal;
    std::string protocolText;
    std::string cfMethod;
    std::size_t k = 0, maxK = 0;
    std::int64_t validationCut = kNoTime, testCut = kNoTime;
    std::size_t evaluatedStudents = 0, trainEvents = 0, testEvents = 0, relevantItems = 0;
    std::size_t openInternships = 0; // eligible by date at the test cut (the coverage denominator)
    bool severalRelevant = false;    // precision, recall and AP mean something
    std::vector<MethodReport> methods;
    BlendSearch blend;
    BlendWeights fixedWeights;

    std::size_t fitRows = 0, calibrationRows = 0, testRows = 0;
    BinaryReport model, uncalibrated, truth;
    bool hasTruth = false;
    std::vector<std::string> featureNames;
    std::vector<double> coefficients;
    double intercept = 0;
    PlattScaling platt;
    bool calibrated = false;
    double validationLogLoss = 0, validationLogLossPlatt = 0;
    std::string calibrationNote;
    std::vector<GroupOpportunity> opportunity;
    std::vector<GroupCalibration> calibrationByGroup;

    // Explanation checks over every hybrid recommendation of the run.
    std::size_t explained = 0;
    double maxHybridError = 0;  // |sum of component contributions - score|
    double maxSuccessError = 0; // |base + sum phi - logit|, and |sigmoid - probability|
    double maxContentError = 0; // |sum of skill contributions - cosine|
    double maxCfError = 0;      // |sum of CF terms - CF score| (item-kNN)
    // Explanation vectors that differ from a fresh scoring vector.
    std::size_t featureMismatches = 0;

    const MethodReport *method(const std::string &name) const;
};

Result<EvaluationReport> evaluate(std::shared_ptr<const RecData> data,
                                  const EvaluationOptions &options = {},
                                  const ProgressFn &progress = {});

struct TopK
{
    std::vector<std::int32_t> items;
    bool boundaryTie = false; // the K-th score equals the best score left out
};
// The top k internships by score, skipping those flagged in `skip`; equal scores are ordered by
// `tieKeys` (one per internship), then by row.
TopK topK(const std::vector<double> &scores, const std::vector<std::uint8_t> &skip,
          const std::vector<std::uint64_t> &tieKeys, std::size_t k);

// Gini coefficient of non-negative values (0 = equal, towards 1 = concentrated); 0 for none.
double giniCoefficient(std::vector<double> values);

// The grid search over blend weights (content, CF, success) on the simplex with `step`, maximising
// mean NDCG@k over the given students' pools (docs/recommender.md, "Blend search"); with more than
// maxStudents students, a seeded subset of them (by the recommender's tie-break hash).
BlendSearch searchBlendWeights(const Recommender &recommender,
                               const std::vector<std::int32_t> &students,
                               const std::vector<RelevantSet> &relevant, const Eligibility &rule,
                               std::size_t k, double step, int threads,
                               std::size_t maxStudents = 3000);

// The blend weights the shipped recommender uses by default: the search above on the newest
// validationFraction of the applications, ranked by models that know only the events before them.
// Fails when the data holds no application to learn from.
Result<BlendSearch> learnBlendWeights(std::shared_ptr<const RecData> data,
                                      const RecommenderOptions &options,
                                      double validationFraction = 0.1, std::size_t k = 10,
                                      const ProgressFn &progress = {});

} // namespace pmis::rec
