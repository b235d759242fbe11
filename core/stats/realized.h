#pragma once
// Target versus realized shares for every tuned categorical distribution of a scenario.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <string>
#include <vector>

namespace pmis {

struct ShareComparison
{
    std::string table;
    std::string column;
    ShareMode mode = ShareMode::Sampled;
    std::vector<std::string> labels;
    std::vector<double> target;   // probabilities
    std::vector<double> realized; // shares of non-null rows
    std::size_t rows = 0;         // rows counted (the share denominator)
    double totalVariation = 0;    // 0.5 * sum |target - realized|
};

// Counts of each label's rows; values outside `labels` are counted nowhere (but in `rows`).
ShareComparison compareShares(const Table &table, const std::string &column,
                              const std::vector<std::string> &labels,
                              const std::vector<double> &target, ShareMode mode);

std::vector<ShareComparison> tunedShares(const Dataset &data, const Scenario &scenario);

} // namespace pmis
