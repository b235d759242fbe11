#pragma once
// What the recommender commands share: the data source (--data DIR, or --preset / --scenario
// generated in memory), the reference date, the blend weights and the recommender's options.

#include "app/cli/arguments.h"
#include "core/rec/recommender.h"
#include "core/util/result.h"

#include <memory>
#include <set>
#include <string>

namespace pmis::cli {

extern const std::set<std::string> kRecValueOptions; // data, reference-date, weights, cf, threads + scenario
extern const char *kRecSourceHelp;

struct RecSource
{
    std::shared_ptr<const rec::RecData> data;
    std::int64_t referenceTime = 0; // seconds
    std::string description;        // "folder X" or "preset demo-small, seed 42 (generated)"
};

// Loads or generates the dataset and builds the recommender's view of it.
Result<RecSource> loadRecSource(const Arguments &args);
// --weights C,F,S[,P], --cf knn|als, --threads N.
Result<rec::RecommenderOptions> recommenderOptions(const Arguments &args);

std::string formatPercent(double fraction, int decimals = 1);
std::string formatFixed(double value, int decimals);

} // namespace pmis::cli
