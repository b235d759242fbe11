#pragma once
// The data dictionary (every column of every table) rendered from the schemas themselves.

#include "core/data/table.h"

#include <string>

namespace pmis {

// Markdown: a section per table with a row per column (name, type, role, nullable, unit, range or
// values, meaning).
std::string dataDictionaryMarkdown(const Dataset &schemas);

} // namespace pmis
