#pragma once
// What a dataset report shows, computed off the GUI thread: the Overview's figures, the quality
// report, the recommender's offline evaluation, a fairness audit of the shortlists and, when a
// baseline is given, the comparison with it. The report document lays these out (report_document).

#include "core/data/table.h"
#include "core/quality/quality_report.h"
#include "core/rec/evaluation.h"
#include "core/rec/shortlist.h"
#include "core/scenario/scenario.h"
#include "core/stats/compare.h"
#include "core/stats/overview_stats.h"
#include "core/util/result.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pmis::report {

struct ReportInput
{
    std::shared_ptr<const Dataset> dataset;
    // The scenario the data were generated from (its targets, parameters and hash); none for
    // imported data without one.
    std::optional<Scenario> scenario;
    std::string source; // what the data are, in a few words: "generated", a folder
    std::shared_ptr<const Dataset> baseline; // null: no comparison
    std::optional<Scenario> baselineScenario;
    std::string baselineSource;
};

// The fairness audit: FA*IR shortlists of every open internship for the groups below.
struct FairnessAudit
{
    std::vector<rec::GroupSpec> groups; // each at its share of the students
    rec::ShortlistAudit audit;
};

// The recommender at work: the top internships of the student with the most applications, each
// with its score split into the components and the one-line reason.
struct RecommendationExample
{
    struct Item
    {
        std::string internship; // "INT_00007: Data analyst at Infosys"
        double score = 0;
        double content = 0, cf = 0, success = 0, popularity = 0; // contributions to the score
        double probability = 0;                                  // calibrated P(success)
        std::string reason;
    };
    std::string student;     // "STU_00042"
    std::string description; // "Tier-2, Pune; skills python, sql"
    std::vector<Item> items;
};

struct ReportFigures
{
    OverviewStats overview;
    std::optional<OverviewStats> baselineOverview;
    quality::QualityReport quality;
    std::optional<rec::EvaluationReport> evaluation;
    std::string evaluationError; // why there is no evaluation (too few interactions, say)
    std::optional<RecommendationExample> example;
    std::optional<FairnessAudit> fairness;
    std::string fairnessError;
    std::optional<Comparison> comparison;
};

// The audit's groups: rural students and women, each at its share of the students (the keys the
// data do not hold are left out).
inline constexpr const char *kAuditGroupKeys[] = {"rural", "female"};

// Computes every figure; cancelling through `progress` returns Status::cancelled(). A
// recommender evaluation or audit the data cannot support is not an error: its reason is kept.
Result<ReportFigures> computeReportFigures(const ReportInput &input,
                                           const ProgressFn &progress = {});

} // namespace pmis::report
