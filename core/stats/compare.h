#pragma once
// Two scenarios or two datasets side by side: which knobs changed, and for every tuned
// distribution and headline figure the baseline, the current value, the difference and whether the
// difference is larger than sampling alone gives for the row counts.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <cstddef>
#include <string>
#include <vector>

namespace pmis {

// One scenario parameter that differs: its JSON path in the scenario file and both values as JSON
// text; an absent value (a key only one side has) is empty.
struct ParameterChange
{
    std::string path; // "$.outcomes.success_rate"
    std::string baseline;
    std::string current;
};

// Every leaf of the two scenarios' canonical JSON that differs, in document order (the
// baseline's, then keys only the current scenario has). The names and descriptions are compared
// like any other field.
std::vector<ParameterChange> diffScenarios(const Scenario &baseline, const Scenario &current);

enum class FigureKind {
    Rows,  // a table's row count (set by the scenario, or sampled: outcomes, one per application)
    Share, // the share of a column's value among the table's non-null rows
    Mean,  // the mean of a numeric column
};

struct ComparedFigure
{
    FigureKind kind = FigureKind::Rows;
    std::string table;
    std::string column; // empty for Rows
    std::string value;  // the label for a Share
    double baseline = 0;
    double current = 0;
    // The largest |current - baseline| two samples of the same law give at the comparison's
    // level for these row counts; 0 for row counts a scenario sets.
    double noise = 0;
    std::size_t baselineRows = 0; // the rows the figure is computed over
    std::size_t currentRows = 0;

    double difference() const { return current - baseline; }
    bool beyondNoise() const;
};

struct Comparison
{
    std::vector<ParameterChange> parameters; // empty when no scenarios were given
    std::vector<ComparedFigure> figures;
    // The level holds for the whole table: each figure's band is widened (Bonferroni) so that two
    // samples of one scenario show no difference beyond the noise 99 times in 100.
    double level = 0.99;
    std::size_t beyondNoiseCount() const;
};

struct CompareOptions
{
    // Category columns with more distinct values than this are not compared by share (names,
    // universities); their row counts still are.
    std::size_t maxLabels = 40;
};

// Compares the tables both datasets hold: row counts; the shares of every attribute category
// column; the means of every numeric attribute column (IDs, keys, free text and timestamps are
// left out). Rows of a table that refers to students are clustered by student when the noise is
// estimated (their rows are not independent), others by their first foreign key.
Comparison compareDatasets(const Dataset &baseline, const Dataset &current,
                           const CompareOptions &options = {});

// The comparison as JSON: {"level", "parameters": [...], "figures": [...]}, pretty-printed.
std::string comparisonJson(const Comparison &comparison);

const char *figureKindName(FigureKind kind); // "rows", "share", "mean"

} // namespace pmis
