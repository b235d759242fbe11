#pragma once
// Export of a dataset to one SQLite file: a typed table per PMIS table (INTEGER, REAL, TEXT; IDs as
// TEXT primary keys in their text form, foreign keys declared with REFERENCES and indexed, dates in
// ISO 8601, lists comma-joined), plus a `metadata` table (key, value) holding the scenario JSON,
// seed, version, the column specifications and, when given, the quality report. Written in one
// transaction with prepared statements into a temporary file in the target folder, renamed over
// the target only when complete: a failed or cancelled export leaves the target as it was.

#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <string>

namespace pmis {

struct SqliteOptions
{
    bool includeGroundTruth = false; // columns with role GroundTruth are left out unless asked for
    bool verify = false;             // run integrity_check and foreign_key_check before the rename
    std::string selection;           // non-empty for a filtered selection: says what was selected
    std::string qualityJson; // the quality report as JSON, computed by the caller; empty: none
};

inline constexpr const char *kSqliteFileName = "pmis_dataset.sqlite";

// `scenario` is optional (null for imported data without a scenario).
Result<WrittenFile> exportSqlite(const Dataset &data, const Scenario *scenario,
                                 const std::string &path, const SqliteOptions &options = {},
                                 const ProgressFn &progress = {});

} // namespace pmis
