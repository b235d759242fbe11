#pragma once
// The column specifications of a dataset as JSON, so a file the studio wrote (SQLite) can be read
// back into tables with the same types, prefixes, units and value sets.

#include "core/data/table.h"
#include "core/util/result.h"

#include <string>
#include <string_view>

namespace pmis {

// The five tables, named, without columns or rows.
Dataset namedEmptyTables();

// {"students": [{"name": ..., "type": ..., ...}, ...], ...}: every column of every table.
std::string schemaToJson(const Dataset &data);
// Empty tables carrying the specs of schemaToJson's output.
Result<Dataset> schemaFromJson(std::string_view json);

} // namespace pmis
