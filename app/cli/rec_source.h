#pragma once
// What the recommender commands share: the data source (--data PATH imported through
// core/io/dataset_import, or --preset / --scenario generated in memory), the reference date, the blend weights and the recommender's options.

#include "app/cli/arguments.h"
#include "core/rec/recommender.h"
#include "core/util/result.h"

#include <memory>
#include <set>
#include <string>

namespace pmis::cli {

extern const std::set<std::string>
        kRecValueOptions; // data, reference-date, weights, cf, threads + scenario
extern const char *kRecSourceHelp;

struct RecSource
{
    std::shared_ptr<const rec::RecData> data;
    std::int64_t referenceTime = 0; // seconds
    std::string description;        // "studio csv X" or "scenario demo-small, seed 42 (generated)"
    std::size_t importErrors = 0;   // problems the import reported (rows are still loaded)
    std::size_t importWarnings = 0;
};

// Imports or generates the dataset and builds the recommender's view of it.
Result<RecSource> loadRecSource(const Arguments &args);
// A note on stderr when the import reported problems (unless quiet).
void reportImportIssues(const RecSource &source, bool quiet);
// --weights C,F,S[,P], --cf knn|als, --balanced, --threads N (commands list "balanced" as a flag).
Result<rec::RecommenderOptions> recommenderOptions(const Arguments &args);

std::string formatPercent(double fraction, int decimals = 1);
std::string formatFixed(double value, int decimals);

} // namespace pmis::cli
