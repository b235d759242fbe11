#pragma once
// Export of a whole dataset to a folder in the seed's layout: enhanced_<table>.csv for the five
// tables plus datasets_metadata.json. The files are written and flushed to the disk in a private
// sibling folder that then takes the folder's place in one rename (see StagedFolder): a failed,
// cancelled or killed export leaves the folder as it was, readers see the old set or the new one,
// and other files in the folder are kept.

#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/scenario/scenario.h"
#include "core/util/result.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pmis {

// Some rows of one table, for a filtered export: ascending row indices and the filter that chose
// them (recorded in the metadata).
struct RowSubset
{
    std::vector<std::uint32_t> rows;
    std::string filter;
};
// By table name; tables not named are exported whole.
using RowSubsets = std::map<std::string, RowSubset>;

// What the metadata says beyond the data themselves.
struct MetadataExtras
{
    // The quality report as JSON (quality::qualityReportJson), computed by the caller; empty: the
    // metadata hold no report.
    std::string qualityJson;
    // When set, called once the CSV files are written, before the metadata, for the quality JSON
    // (it replaces qualityJson): the caller may compute the report while the files are written.
    // An error it returns stops the export.
    std::function<Result<std::string>()> awaitQualityJson;
    // Non-empty when the data are not the scenario's own output (a selection with its referential
    // closure, or imported data): says what they are. Such metadata have no target vs realized shares.
    std::string selection;
};

struct ExportSummary
{
    std::string folder;
    std::vector<WrittenFile> files; // the CSVs, then the metadata
};

std::string csvFileName(const std::string &table); // "enhanced_students.csv"
inline constexpr const char *kMetadataFileName = "datasets_metadata.json";

// The metadata document: seed, scenario hash, version, row counts, target vs realized shares,
// success rate, the quality report and the SHA-256 of every CSV. Deterministic: no wall-clock time.
// Filtered tables are listed under "filtered_tables" with their exported row count and filter.
std::string metadataJson(const Dataset &data, const Scenario &scenario,
                         const std::vector<WrittenFile> &files, const RowSubsets &subsets = {},
                         const MetadataExtras *extras = nullptr);

Result<ExportSummary> exportCsvFolder(const Dataset &data, const Scenario &scenario,
                                      const std::string &folder, const CsvOptions &options = {},
                                      const ProgressFn &progress = {},
                                      const RowSubsets &subsets = {},
                                      const MetadataExtras *extras = nullptr);

} // namespace pmis
