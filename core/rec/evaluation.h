#pragma once
// Offline evaluation (RECSYS.md). Interactions: per-student temporal leave-last-out: the internship
// a student engaged with last is held out, training keeps the student's events before that
// engagement began (so no test event precedes a train event of the same student). Outcomes: a global
// temporal split (fit on older applications, Platt on the next slice, test on the newest).
// Every method ranks the full catalogue minus the student's training internships: content, CF,
// hybrid, popularity and random. Deterministic for a seed and any thread count.

#include "core/rec/metrics.h"
#include "core/rec/recommender.h"

#include <memory>
#include <string>
#include <vector>

namespace pmis::rec {

struct InteractionSplit
{
    std::vector<std::uint8_t> train;             // one flag per data.events entry
    std::vector<std::int32_t> students;          // evaluated students, increasing
    std::vector<std::vector<std::int32_t>> relevant; // parallel to students: held-out internships
    std::size_t trainEvents = 0, testEvents = 0;
};
// Students with at least two engaged internships and a positive training event are evaluated.
InteractionSplit leaveLastOut(const RecData &data, const EventWeights &weights = {});

struct OutcomeSplit
{
    std::vector<std::uint32_t> fit, calibration, test; // rows of data.outcomes, in date order
};
// test = the newest testFraction, calibration = the next-newest calibrationFraction (of all rows).
OutcomeSplit temporalOutcomeSplit(const RecData &data, double testFraction, double calibrationFraction);

struct GroupMetrics
{
    std::string attribute, label;
    std::size_t students = 0;
    RankingMetrics metrics;
};

struct MethodReport
{
    std::string method; // content, cf, hybrid, popularity, random
    RankingMetrics atK;
    std::vector<double> ndcgCurve; // mean NDCG@1..maxK
    double coverage = 0;           // distinct internships in the top-K lists / internships
    double meanPopularity = 0;     // mean training popularity of recommended internships
    double popularityLift = 0;     // meanPopularity / the catalogue's mean popularity
    std::vector<GroupMetrics> groups;
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
    std::size_t n = 0;
    double predicted = 0, observed = 0;
    double auc = 0; // NaN when the group holds one class only
};

struct EvaluationOptions
{
    std::size_t k = 10;
    std::size_t maxK = 20;
    RecommenderOptions recommender;
    double testFraction = 0.2;
    double calibrationFraction = 0.1;
    int bootstrap = 1000;
    std::uint64_t seed = 42;
    bool checkExplanations = true;
};

struct EvaluationReport
{
    std::size_t k = 0, maxK = 0;
    std::size_t evaluatedStudents = 0, trainEvents = 0, testEvents = 0;
    std::vector<MethodReport> methods;

    std::size_t fitRows = 0, calibrationRows = 0, testRows = 0;
    BinaryReport model, uncalibrated, truth;
    bool hasTruth = false;
    std::vector<std::string> featureNames;
    std::vector<double> coefficients;
    double intercept = 0;
    PlattScaling platt;
    std::string calibrationNote;
    std::vector<GroupOpportunity> opportunity;
    std::vector<GroupCalibration> calibrationByGroup;

    // Explanation checks over every hybrid recommendation of the run.
    std::size_t explained = 0;
    double maxHybridError = 0;   // |sum of component contributions - score|
    double maxSuccessError = 0;  // |base + sum phi - logit|, and |sigmoid - probability|
    double maxContentError = 0;  // |sum of skill contributions - cosine|
    double maxCfError = 0;       // |sum of CF terms - CF score| (item-kNN)
    std::size_t featureMismatches = 0; // explanation vectors that differ from a fresh scoring vector

    const MethodReport *method(const std::string &name) const;
};

Result<EvaluationReport> evaluate(std::shared_ptr<const RecData> data, const EvaluationOptions &options = {},
                                  const ProgressFn &progress = {});

// The top k internships by score (ties: lower row), skipping those flagged in `skip`.
std::vector<std::int32_t> topK(const std::vector<double> &scores, const std::vector<std::uint8_t> &skip, std::size_t k);

} // namespace pmis::rec
