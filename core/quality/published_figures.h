#pragma once
// The published figures a scenario claims (`"published"`), measured on a dataset: the quality
// report's "published" checks and the Overview's chart of the funnel beside them use the same
// figures.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <string>

namespace pmis::quality {

struct PublishedMeasure
{
    double generated = 0;
    // The band it passes in: the published value ± its tolerance ± the 99% noise of sampling
    // (whole ends for a count).
    double low = 0, high = 0;
    // When not empty, the column (table.column, or table.* for a missing table) the data lacks;
    // nothing was measured.
    std::string missing;

    bool met() const { return missing.empty() && generated >= low && generated <= high; }
};

// Measures `figure` on `data`: the rows of its table that meet its conditions, the distinct values
// among them, or a share of them. Linear in the table's rows.
PublishedMeasure measurePublished(const Dataset &data, const PublishedFigure &figure);

} // namespace pmis::quality
