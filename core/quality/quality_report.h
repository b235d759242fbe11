#pragma once
// The quality report: what a dataset holds measured against what it should hold. Each check names
// the table and column it looks at, gives a status (pass / warn / fail), the value measured, the
// value expected and the interval a good dataset falls in (the noise band of sampling where there
// is one), and a reason a user can act on. Nothing is rounded up: a share of 0.9996 is 0.9996.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"
#include "core/util/text.h"

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace pmis::quality {

enum class CheckStatus { Pass, Warn, Fail };
std::string_view statusName(CheckStatus status); // "pass", "warn", "fail"

// The translatable sentences of reasons (pmis::Text), under the name the checks have always used.
using Text = pmis::Text;
using pmis::fillPattern;

// What a chart of the check shows.
struct CheckChart
{
    enum class Kind {
        None,
        Shares, // a bar per label: target and realized shares, band = the 99% interval of each share
        Cdf,    // target and realized cumulative distribution at x, band = target +- the KS band
    };
    Kind kind = Kind::None;
    std::vector<std::string> labels; // Shares
    std::vector<double> x;           // Cdf
    std::vector<double> target;
    std::vector<double> realized;
    std::vector<double> bandLow; // per label or point
    std::vector<double> bandHigh;
};

struct Check
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    std::string id;       // stable and unique: "distribution.students.college_tier"
    std::string category; // rows, completeness, uniqueness, integrity, range, distribution, shape,
                          // outcome, privacy
    std::string table;    // empty for checks across tables
    std::string column;   // empty for checks of a whole table
    CheckStatus status = CheckStatus::Pass;
    std::string metric; // what `measured` is: "share", "rows", "1 - TV", "1 - KS", "mean", ...
    double measured = kNone;
    double expected = kNone;
    double low = kNone; // measured values in [low, high] pass; NaN = no bound on that side
    double high = kNone;
    std::string
            reason;  // one or two sentences: what was found and what to do (reasonText.english())
    Text reasonText; // the same, as a pattern and arguments a front end can translate
    void setReason(Text text)
    {
        reason = text.english();
        reasonText = std::move(text);
    }
    CheckChart chart;
};

struct QualityReport
{
    std::vector<Check> checks;
    bool comparedWithScenario = false; // distribution checks ran against a scenario's targets
    std::string scenarioName;

    std::size_t count(CheckStatus status) const;
    CheckStatus worst() const;
    const Check *find(std::string_view id) const;
};

struct QualityOptions
{
    // The data's own metadata claims 100% completeness (the old generator's files did).
    bool claimsComplete = false;
    int threads = 0; // <= 0: all cores
};

// Runs every check. `scenario` gives targets (row counts, shares, laws, success rate); null for
// imported data without one, when only the checks that need no target run. Cancelling through
// `progress` returns Status::cancelled().
Result<QualityReport> computeQuality(const Dataset &data, const Scenario *scenario,
                                     const ProgressFn &progress = {},
                                     const QualityOptions &options = {});

// The report as JSON: {"summary": {...}, "checks": [...]}, pretty-printed.
std::string qualityReportJson(const QualityReport &report);

} // namespace pmis::quality
