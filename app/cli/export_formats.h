#pragma once
// --format csv,json,sqlite for the commands that write datasets: which files go into the output.
// The formats are the registered exporters; this adds the command line's orchestration.

#include "app/cli/scenario_options.h"
#include "core/data/table.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/io/exporters.h"

#include <optional>
#include <string>
#include <vector>

namespace pmis::cli {

// The formats chosen, each once, in the registry's order (see core/io/exporters.h).
using Formats = std::vector<const Exporter *>;

// The --format lines of a command's help: the registered formats with what each writes.
std::string formatHelp();

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
