#pragma once
// The five tables' schemas for a scenario: columns, types, value sets, ranges, keys and roles.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

namespace pmis {

// A dataset with every table's schema and no rows.
Dataset emptyDataset(const Scenario &scenario);

} // namespace pmis
