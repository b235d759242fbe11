#pragma once
// Generates the five PMIS tables from a scenario. Deterministic: the same scenario and seed give
// the same tables for any thread count.

#include "core/data/schemas.h"
#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

namespace pmis {

struct GenerateOptions
{
    int threads = 0;     // <= 0: all cores
    ProgressFn progress; // optional; returning false cancels (the result is Status::cancelled())
};

Result<Dataset> generateDataset(const Scenario &scenario, const GenerateOptions &options = {});

// Empty tables with the schemas generation fills, for this scenario's value sets and ranges.
} // namespace pmis
