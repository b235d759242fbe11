#pragma once
// The hybrid recommender: content (TF-IDF), collaborative (implicit ALS, or item-kNN) and the
// success model, blended as score = w_c content + w_f CF + w_s P(success) after per-student min-max
// normalisation of each component over the candidate pool (the union of each component's top
// `poolPerComponent`; CF's list leaves out internships the student has seen). An optional fourth component, popularity (students with positive feedback),
// has weight 0 by default; with a positive weight its top list joins the pool. Inactive, expired (deadline before the reference time) and already-applied
// internships are excluded (one eligibility rule, shared with the evaluation). Equal scores are
// ordered by a hash of (seed, student, internship), never by row (docs/recommender.md, "Ties").
// Every recommendation carries additive explanations computed from the same values and feature
// vector that produced its score.
// Immutable after train(); recommend() and rankCandidates() are safe from many threads.

#include "core/rec/content_model.h"
#include "core/rec/feedback.h"
#include "core/rec/implicit_als.h"
#include "core/rec/item_knn.h"
#include "core/rec/rec_data.h"
#include "core/rec/success_model.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pmis::rec {

struct BlendWeights
{
    double content = 0.4;
    double cf = 0.3;
    double success = 0.3;
    double popularity = 0.0;
};

enum class CfMethod { ItemKnn, Als };
const char *cfMethodName(CfMethod method); // "knn", "als"
enum Component {
    ContentComponent = 0,
    CfComponent = 1,
    SuccessComponent = 2,
    PopularityComponent = 3,
    ComponentCount = 4
};
const char *componentName(int component); // "content", "cf", "success", "popularity"

struct RecommenderOptions
{
    BlendWeights weights;
    std::size_t poolPerComponent = 200;
    CfMethod cf = CfMethod::Als; // item-kNN does not beat popularity on the presets' data
    std::uint64_t tieSeed = 0;   // seed of the tie-break hash
    EventWeights events;
    ContentOptions content;
    KnnOptions knn;
    AlsOptions als;
    SuccessOptions success;
    int threads = 0;
};

// What the models learn from. Defaults: every event; outcomes split by application date into the
// older (1 - calibrationFraction) for fitting and the newest slice for Platt calibration.
struct TrainingSelection
{
    const std::vector<std::uint8_t> *events = nullptr; // one flag per data.events entry
    std::optional<std::vector<std::uint32_t>> fitOutcomes;
    std::optional<std::vector<std::uint32_t>> calibrationOutcomes;
    double calibrationFraction = 0.15;
    // Features of new pairs are computed as of this time (kNoTime: now).
    std::int64_t asOf = kNoTime;
};

// Which internships a list may hold. The recommender and the evaluation both use
// Recommender::eligible with these defaults; the evaluation sets referenceTime to its cut and
// ignores is_active (a snapshot taken at the reference date, not at the cut).
struct Eligibility
{
    bool excludeUnavailable = true; // inactive or deadline before referenceTime
    std::int64_t referenceTime = 0; // the scenario's reference date, seconds
    bool useActiveFlag = true;      // is_active counts towards availability
    bool excludeApplied = true;
    bool excludeSeen = false;    // any interaction in the training feedback
    std::int64_t asOf = kNoTime; // decision time of the features; kNoTime: the recommender's
};

struct Recommendation
{
    std::int32_t internship = -1;
    double score = 0;                         // the sum of `contribution`
    std::array<double, ComponentCount> raw{}; // cosine, CF score, P(success), popularity
    std::array<double, ComponentCount> normalised{};
    std::array<double, ComponentCount> contribution{}; // weight x normalised
    double probability = 0;                            // calibrated P(success)
    // Explanations (filled when asked for).
    ContentExplanation content;
    std::vector<std::pair<std::int32_t, double>>
            cfTerms; // (internship the student engaged with, term)
    SuccessExplanation success;
    std::vector<double> features; // the success model's scoring vector
    std::string reason;           // one line from populated fields
};

struct StudentRecommendations
{
    std::int32_t student = -1;
    std::size_t eligible = 0; // internships that passed the exclusions
    std::size_t pool = 0;     // candidates blended
    std::vector<Recommendation> items;
};

struct Candidate
{
    std::int32_t student = -1;
    double score = 0;
    std::array<double, ComponentCount> raw{}; // popularity is 0 for candidates
    std::array<double, ComponentCount> normalised{};
    std::array<double, ComponentCount> contribution{};
    double probability = 0;
    bool applied = false; // the student applied to this internship
};

// The candidate pool of one student and each component's raw score over it.
struct CandidatePool
{
    std::int32_t student = -1;
    std::size_t eligible = 0;
    std::vector<std::int32_t> items;                            // internship rows, increasing
    std::array<std::vector<double>, ComponentCount> raw;        // parallel to items
    std::array<std::vector<double>, ComponentCount> normalised; // min-max over the pool
    std::vector<std::uint64_t> tieKeys;                         // parallel to items
};

class Recommender
{
public:
    static Result<Recommender> train(std::shared_ptr<const RecData> data,
                                     const RecommenderOptions &options = {},
                                     const TrainingSelection &selection = {},
                                     const ProgressFn &progress = {});

    const RecData &data() const { return *m_data; }
    std::shared_ptr<const RecData> sharedData() const { return m_data; }
    const RecommenderOptions &options() const { return m_options; }
    const ContentModel &content() const { return m_content; }
    const Feedback &feedback() const { return m_feedback; }
    const ItemKnn &knn() const { return m_knn; }
    const ImplicitAls *als() const { return m_als ? &*m_als : nullptr; }
    const SuccessModel &success() const { return m_success; }
    const std::vector<double> &popularity() const
    {
        return m_popularity;
    } // students with positive feedback

    // Component scores of one student against every internship.
    void contentScores(std::size_t student, double *out) const;
    void cfScores(std::size_t student, double *out) const;
    // P(success) of every internship, given the student's content cosines.
    void successProbabilities(std::size_t student, const double *cosines, double *out) const;
    bool eligible(std::size_t student, std::size_t internship, const Eligibility &rule) const;
    // The pool recommend() blends: eligible internships in the union of each component's top list.
    CandidatePool candidatePool(std::size_t student, const Eligibility &rule,
                                const BlendWeights &weights) const;
    // The top k of a pool under `weights`: indices into pool.items, best first (ties by tieKeys).
    static std::vector<std::size_t> blendTop(const CandidatePool &pool, const BlendWeights &weights,
                                             std::size_t k);
    std::int64_t asOf() const { return m_asOf; } // the time features of new pairs are taken at
    std::uint64_t tieKey(std::size_t student, std::size_t internship) const;

    // The top k for a student under `weights` (the trained ones when null).
    StudentRecommendations recommend(std::size_t student, std::size_t k, const Eligibility &rule,
                                     const BlendWeights *weights = nullptr,
                                     bool explain = true) const;
    // Students for an internship (employer view): the same blend normalised over the pool of
    // students (union of each component's top poolPerComponent), best first.
    std::vector<Candidate> rankCandidates(std::size_t internship,
                                          const BlendWeights *weights = nullptr,
                                          bool applicantsOnly = false) const;
    // The one-line reason of a recommendation (from populated fields only).
    std::string reason(std::size_t student, const Recommendation &r) const;

private:
    std::shared_ptr<const RecData> m_data;
    RecommenderOptions m_options;
    ContentModel m_content;
    Feedback m_feedback;
    ItemKnn m_knn;
    std::optional<ImplicitAls> m_als;
    SuccessModel m_success;
    std::vector<double> m_popularity;
    std::int64_t m_asOf = kNoTime;
};

// Outcome rows split by application date: the newest `fraction` (a time cut; equal dates stay on one
// side) and the rest. Both lists are in date order.
void splitOutcomesByTime(const RecData &data, const std::vector<std::uint32_t> &rows,
                         double fraction, std::vector<std::uint32_t> &older,
                         std::vector<std::uint32_t> &newer);

} // namespace pmis::rec
