#pragma once
// Everything a user can tune about a generated dataset. Loaded strictly from JSON (see
// scenario_json.h); every field has the meaning and unit its comment gives.

#include "core/util/text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmis {

// How a categorical column meets its shares: drawn independently per row, or exact counts
// (largest remainder) in a seeded random order.
enum class ShareMode { Sampled, Exact };

struct Share
{
    std::string label;
    double weight = 0; // non-negative; shares are weights normalised by their sum
};

struct ShareTable
{
    ShareMode mode = ShareMode::Sampled;
    std::vector<Share> shares;

    std::vector<std::string> labels() const;
    std::vector<double> probabilities() const; // normalised weights
    int indexOf(const std::string &label) const;
};

struct IntRange
{
    std::int64_t min = 0;
    std::int64_t max = 0;
};

struct NormalSpec
{
    double mean = 0;
    double sd = 1;
    double min = 0; // truncation bounds: values are resampled inside, never clipped
    double max = 1;
};

// The law of a declared column: categorical shares (sampled or exact), Zipf over ranked labels, a
// normal or log-normal truncated to [min, max] (resampled inside, never clipped), a uniform range,
// uniform whole numbers in [min, max], or Poisson counts.
enum class LawKind { Categorical, Zipf, Normal, LogNormal, Uniform, Integers, Poisson };

struct Distribution
{
    LawKind kind = LawKind::Categorical;
    ShareTable shares;   // Categorical; Zipf: its labels in rank order (weights unused)
    double exponent = 1; // Zipf: rank r has weight 1 / r^exponent
    double mean = 0;     // Normal: of the value; LogNormal: of its natural log; Poisson: the mean
    double sd = 1;       // Normal: of the value; LogNormal: of its natural log
    double min = 0;      // Normal, LogNormal, Uniform, Integers: the range
    double max = 1;
    double roundTo = 0.01; // Normal, LogNormal, Uniform: values are rounded to this step

    bool isCategorical() const { return kind == LawKind::Categorical || kind == LawKind::Zipf; }
    bool isWhole() const { return kind == LawKind::Integers || kind == LawKind::Poisson; }
    std::vector<std::string> labels() const;
    std::vector<double> probabilities() const; // Categorical and Zipf: normalised weights
    int decimals() const;                      // digits after the point that roundTo needs
};

// An attribute column declared in the scenario rather than in code: generated row by row from its
// law, optionally one law per value of a categorical column of the same table (`given`:
// "college_tier", or for outcomes "application_status") or of the parent row
// ("companies.location" for an internship's company). A value of `given` may leave the column
// empty instead (`emptyFor`): an offer's response is empty for a rejected application.
struct ColumnDecl
{
    std::string table; // "students", "internships", "companies" or "outcomes"
    std::string name;  // lower case letters, digits and underscores
    // "feature", "post_outcome" (the only kind an outcome column can be besides ground truth, and
    // its default there) or "ground_truth" (exported on request)
    std::string role = "feature";
    std::string unit;
    std::string description;
    std::string given;
    Distribution law;                                       // when `given` is empty
    std::vector<std::pair<std::string, Distribution>> laws; // otherwise: one per value of `given`
    std::vector<std::string> emptyFor; // the values of `given` that have no law: rows left empty

    // The law of each row's condition value (or the one law); never empty.
    const Distribution &first() const { return given.empty() ? law : laws.front().second; }
    // Every value the column can take when categorical, in order of first appearance.
    std::vector<std::string> labels() const;
};

// A figure published about the real scheme that a scenario claims to reproduce. The quality report
// measures it on the data and sets the two side by side. Measured on the rows of `table` that meet
// every `where` condition: their number, the number of distinct `distinct` values among them, or,
// with `shareBy`, the share of them whose `shareBy` value is one of `shareOf` or among the `top`
// most frequent values. A column is one of `table` ("application_status") or of the parent row a
// key of `table` names ("students.state" for an outcome's student).
struct PublishedFigure
{
    std::string figure; // what it is, in words: "Offers"
    std::string source; // where it was published: "PTI 2025-02-04"
    double value = 0;   // a count, or a share in [0, 1] with `shareBy`
    // How far the generated figure may lie from `value`, as a fraction of it, besides the noise of
    // sampling: published figures are rounded, and some are approximate ("about 8,700").
    double tolerance = 0.01;
    std::string table;
    std::vector<std::pair<std::string, std::string>> where; // column = value
    std::string distinct;
    std::string shareBy;
    std::vector<std::string> shareOf;
    std::int64_t top = 0;

    bool isShare() const { return !shareBy.empty(); }
};

struct CompanyCategory
{
    std::string key;   // "global_tech"
    std::string label; // "Global tech"
    std::vector<std::string> names;
    std::vector<std::string> industries;
    ShareTable size;       // startup / mid / large
    NormalSpec stipend;    // INR per month
    NormalSpec reputation; // 1..5
    IntRange founded;      // year
};

struct StudentSpec
{
    ShareTable tiers;
    std::vector<std::pair<std::string, std::vector<std::string>>> universities; // per tier
    std::vector<std::pair<std::string, NormalSpec>> cgpa;                       // per tier
    ShareTable streams;
    std::vector<std::pair<std::string, std::vector<std::string>>>
            streamCategories; // stream -> categories
    IntRange skillsPerStudent{3, 7};
    IntRange interestsPerStudent{2, 4};
    ShareTable ruralUrban;
    ShareTable cities;
    ShareTable gender;
    ShareTable graduationYear;
    ShareTable experience;
    std::int64_t createdWithinDays = 730;
};

struct InternshipSpec
{
    ShareTable domains;
    std::vector<std::pair<std::string, std::vector<std::string>>> domainSkills; // domain -> skills
    IntRange requiredSkills{2, 3};
    double stipendMin = 10000;
    double stipendMax = 100000;
    double stipendRound = 500;
    ShareTable durationMonths;
    std::vector<std::pair<std::string, IntRange>> positions; // company size -> positions
    ShareTable remoteWork;
    ShareTable experienceLevel;
    double activeShare = 0.85;
    std::int64_t createdWithinDays = 365;
    std::int64_t deadlineWithinDays = 180;
};

struct AffinitySpec
{
    double skillOverlap = 5.0; // weight of the share of required skills the student has
    double sameCity = 1.5;     // bonus for an internship in the student's city
    double stipend = 0.5;      // weight of the standardised log stipend
    double zipfExponent = 0.5; // popularity: internship rank r is drawn with weight 1 / r^s
    double noise = 0.5;        // scale of the Gumbel noise in the choice
    int candidates = 32;       // internships considered per engagement
};

struct InteractionSpec
{
    ShareTable types;                // view / apply / shortlist / reject
    double activityDispersion = 1.5; // gamma shape of per-student activity (smaller = more skewed)
    ShareTable device;
    ShareTable source;
    AffinitySpec affinity;
    std::int64_t windowDays = 180;
    std::int64_t maxApplications = 0; // per student; 0 = no limit but the calendar's
    double inactiveShare = 0;         // share of students who never engage, in [0, 1)
    std::vector<std::pair<std::string, IntRange>> timeSpent; // type -> seconds
    std::vector<std::pair<std::string, IntRange>> pageViews; // type -> pages
};

struct OutcomeSpec
{
    double successRate = 0.0021; // target share of applications that succeed, in (0, 1)
    ShareMode mode = ShareMode::Sampled;
    double signalStrength = 1.0; // multiplies every feature weight
    std::int64_t maxOffers = 0;  // selected applications per student; 0 = no limit
    // Log-odds per standard deviation of each feature.
    double wSkillMatch = 1.2;
    double wCgpa = 0.8;
    double wExperience = 0.5;
    double wSameCity = 0.3;
    // Optional bias terms in log-odds (0 = fair). Keys are tier / gender labels.
    std::vector<std::pair<std::string, double>> tierBias;
    std::vector<std::pair<std::string, double>> genderBias;
    double ruralBias = 0;
    std::vector<std::string> rejectionReasons;
};

struct Scenario
{
    static constexpr int kSchemaVersion = 1;

    std::string name = "untitled";
    std::string description;
    std::uint64_t seed = 42;
    std::string referenceDate = "2025-09-23"; // YYYY-MM-DD
    std::int64_t students = 5000;
    std::int64_t internships = 1000;
    std::int64_t interactions = 50000;

    // Skill master list by category; every skill belongs to exactly one category.
    std::vector<std::pair<std::string, std::vector<std::string>>> skillCategories;
    std::vector<CompanyCategory> companyCategories;
    StudentSpec student;
    InternshipSpec internship;
    InteractionSpec interaction;
    OutcomeSpec outcome;
    // Attribute columns declared as data, generated after the built-in columns of their table in
    // this order.
    std::vector<ColumnDecl> columns;
    // Published figures of the real scheme the scenario claims, for the quality report.
    std::vector<PublishedFigure> published;

    std::size_t companyCount() const;
    std::vector<std::string> allSkills() const;
    // Reference date as seconds since the epoch (midnight UTC); 0 when malformed.
    std::int64_t referenceSeconds() const;
};

// The built-in columns of a table a column can be declared in ("students", "internships",
// "companies", "outcomes"); empty for any other name.
std::vector<std::string> builtinColumns(std::string_view table);
// The value set of a categorical column of `table` that a declared column may be conditioned on:
// a built-in one from the scenario's shares, or an earlier declared categorical column. Nothing
// when the column is unknown or not categorical.
std::optional<std::vector<std::string>> conditionValues(const Scenario &scenario,
                                                        std::string_view table,
                                                        std::string_view column);

// A pair of targets no dataset can meet together: where to fix it (a JSON path) and why, in words.
struct TargetConflict
{
    enum class Kind {
        ApplyOverView,     // `share` is apply's share, `limit` view's
        ClosingOverApply,  // `share` is shortlist + reject, `limit` apply's share
        RateOverShortlist, // `share` is the success rate, `limit` shortlist / apply
    };
    std::string path;
    std::string message; // text.english()
    Text text;           // the same, as a pattern and arguments a front end can translate
    Kind kind = Kind::ApplyOverView;
    double share = 0; // the value that is too high, as a fraction
    double limit = 0; // the highest value it may take, as a fraction
};

// The funnel's targets that contradict each other: each application follows a view, each closing
// step (shortlist or reject) closes an application, and each selected application ends in shortlist,
// so apply <= view, shortlist + reject <= apply and success rate <= shortlist / apply.
std::vector<TargetConflict> funnelConflicts(const Scenario &scenario);

// Seats the scenario's internships offer on average: internships times the mean positions per
// internship (companies offer internships in equal numbers; each company's size follows its
// category's size shares). Selections beyond this many cannot be met.
double expectedSeats(const Scenario &scenario);
// Applications the scenario expects: interactions times apply's share of the interaction types.
double expectedApplications(const Scenario &scenario);

} // namespace pmis
