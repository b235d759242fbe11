#pragma once
// Loads a folder of the studio's (or the seed's) CSV exports -- enhanced_students.csv,
// enhanced_internships.csv, enhanced_interactions.csv, enhanced_outcomes.csv and, when present,
// enhanced_companies.csv -- into a Dataset the recommender can use. Column types come from the
// studio's schemas by column name (unknown columns load as text); empty cells are nulls. A minimal
// reader for the recommender's command line; errors name file:row:column and the expected form.

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace pmis::rec {

Result<Dataset> loadDatasetFolder(const std::string &folder);

// The scenario's reference date (seconds, midnight UTC) from the folder's datasets_metadata.json;
// nullopt when the file or the field is missing or malformed.
std::optional<std::int64_t> folderReferenceTime(const std::string &folder);

} // namespace pmis::rec
