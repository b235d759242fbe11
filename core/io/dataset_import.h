#pragma once
// Import of existing datasets into the studio's tables: a folder of enhanced_<table>.csv files in
// the studio's layout or the old generator's (INT_ interaction IDs, COMP_ company IDs, company names
// instead of company_id, empty rejection reasons, dates with or without a time, True/False or 1/0),
// or a SQLite file the studio wrote. Column types, value sets and ranges come from the scenario
// recorded with the data, else from a reference preset (pmis-2025) where the column names match;
// other columns get a type inferred from their cells.
//
// Bad input never stops an import: each problem becomes an issue naming file, line, field and
// column, and every row of a file that could be read is loaded (cells that do not parse are null).
// Only an unreadable source (no such folder, no table at all) or a cancel fails the whole import.
//
// Imported tables hold the columns their files hold, so code must find() a column rather than
// assume it; foreign keys hold the parent's ID number, which need not be its row index + 1.

#include "core/data/table.h"
#include "core/io/import_issues.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace pmis {

struct ImportOptions
{
    std::size_t issueLimit = 100;              // issues kept; all are counted
    std::string referencePreset = "pmis-2025"; // schemas when the data carry no scenario
    ProgressFn progress;                       // optional; false cancels
};

struct ImportResult
{
    Dataset data;
    std::string format;               // "studio csv", "legacy csv" or "sqlite"
    std::optional<Scenario> scenario; // the scenario recorded with the data
    bool isSelection = false;         // the data are a filtered selection of that scenario's output
    bool claimsComplete = false;      // the metadata claims 100% completeness
    std::vector<ImportIssue> issues;  // the first issueLimit issues
    std::size_t errors = 0;           // all errors, including those not kept
    std::size_t warnings = 0;
    std::size_t suppressed = 0; // issues counted but not kept

    // The scenario whose targets the data should meet: none for a selection.
    const Scenario *targets() const { return scenario && !isSelection ? &*scenario : nullptr; }
};

// A folder of CSVs or a SQLite file, by what `path` is.
Result<ImportResult> importDataset(const std::string &path, const ImportOptions &options = {});
Result<ImportResult> importCsvFolder(const std::string &folder, const ImportOptions &options = {});
Result<ImportResult> importSqlite(const std::string &file, const ImportOptions &options = {});

} // namespace pmis
