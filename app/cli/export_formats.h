#pragma once
// --format csv,sqlite,json for the commands that write datasets: which files go into the output.

#include "app/cli/scenario_options.h"
#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"

#include <optional>
#include <string>

namespace pmis::cli {

struct Formats
{
    bool csv = false;    // enhanced_<table>.csv and datasets_metadata.json
    bool sqlite = false; // pmis_dataset.sqlite
    bool json = false;   // datasets_metadata.json
};

inline constexpr const char *kFormatHelp
        = "  --format LIST          csv, sqlite and/or json, comma-separated (default csv); json is\n"
          "                         the metadata with the quality report\n";

// Parses "csv,sqlite"; nullopt with `error` set when a name is unknown.
std::optional<Formats> parseFormats(const std::string &text, std::string &error);

// Writes the chosen formats into the folder `out`, the tables named in `subsets` limited to those
// rows. `scenario` may be null (imported data without one: the CSV metadata then records the
// reference preset and says what the data are in `origin`). Returns the exit code after printing
// any error. With `targetsMustHold` (freshly generated data), a failing quality check (a target
// the scenario cannot meet, say) makes it return 1 after writing, naming the checks.
int writeFormats(const Dataset &data, const Scenario *scenario, const std::string &out,
                 const Formats &formats, const CsvOptions &csv, ProgressPrinter &printer,
                 const RowSubsets &subsets = {}, const std::string &origin = {},
                 bool targetsMustHold = false);

} // namespace pmis::cli
