#pragma once
// A dataset named the way a user names one: a built-in preset or a scenario file (generated in
// memory), or an exported dataset (a folder of CSV files or a SQLite file, imported).

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <optional>
#include <string>

namespace pmis {

struct DatasetSource
{
    Dataset data;
    std::optional<Scenario> scenario; // the one generated from, or recorded with the data
    std::string description;          // "preset demo-small, seed 42 (generated)", "sqlite x.db"
};

// `name` is an existing folder or file (a .json file is a scenario, anything else a dataset to
// import), else a preset name. `seed` replaces the scenario's seed when generating.
Result<DatasetSource> loadDatasetSource(const std::string &name,
                                        std::optional<std::uint64_t> seed = std::nullopt,
                                        const ProgressFn &progress = {});

} // namespace pmis
