#pragma once
// Shared steps of the CSV folder and SQLite imports. Internal to core/io.

#include "core/io/dataset_import.h"

#include <functional>
#include <string_view>

namespace pmis::importing {

struct LoadedTable
{
    Table table;
    std::vector<std::uint32_t> lines; // row -> line (CSV) or row number (SQLite), for messages
    std::string source;               // "enhanced_students.csv" or "file.sqlite: students"
    bool present = false;             // the source held this table
};

struct Loaded
{
    Loaded();
    LoadedTable companies, students, internships, interactions, outcomes;
    std::vector<LoadedTable *> all()
    {
        return {&companies, &students, &internships, &interactions, &outcomes};
    }
    LoadedTable *find(std::string_view table);
};

struct Metadata
{
    std::optional<Scenario> scenario;
    bool selection = false;
    bool claimsComplete = false;
};

// Reads datasets_metadata.json (or the same document stored elsewhere); problems are warnings.
Metadata readMetadata(std::string_view json, const std::string &source, IssueLog &log);
// The tables' schemas: the recorded scenario's, else the reference preset's.
Dataset referenceSchemas(const Metadata &metadata, const std::string &preset, IssueLog &log);
// Company IDs from names (old files), then duplicate IDs and keys that name no row.
void resolveKeys(Loaded &loaded, const Dataset &reference, IssueLog &log);
ImportResult finishImport(Loaded &loaded, Metadata metadata, IssueLog &log, std::string format);

// Runs an import, turning what the libraries throw (memory exhausted by a file larger than memory,
// a length beyond what a container holds) into an error naming `path`.
Result<ImportResult> guardedImport(const std::string &path,
                                   const std::function<Result<ImportResult>()> &import);

} // namespace pmis::importing
