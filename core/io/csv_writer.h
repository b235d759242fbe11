#pragma once
// RFC 4180 CSV output of tables (CRLF line ends, fields quoted when they hold a comma, quote, CR or
// LF). Text cells that a spreadsheet would evaluate as a formula can be neutralised.

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pmis {

struct CsvOptions
{
    bool includeGroundTruth = false; // columns with role GroundTruth are left out unless asked for
    bool neutraliseFormulas = true;  // prefix ' to text cells starting with = + - @ TAB CR
    int threads = 0;                 // formatting threads; output is identical for any count
};

struct WrittenFile
{
    std::string path;
    std::size_t rows = 0;
    std::uint64_t bytes = 0;
    std::string sha256;
};

void appendCsvField(std::string &out, std::string_view field);
// True when a spreadsheet would evaluate the cell as a formula.
bool looksLikeFormula(std::string_view field);

// The columns a CSV export writes, in order.
std::vector<std::size_t> exportedColumns(const Table &table, const CsvOptions &options);

class AtomicFile;

// Writes the header and the given rows (all rows when `rows` is null) into an open AtomicFile.
Result<WrittenFile> writeCsv(AtomicFile &file, const Table &table, const CsvOptions &options,
                             const std::vector<std::uint32_t> *rows = nullptr,
                             const ProgressFn &progress = {});
// Writes one table to `path` through a temporary file.
Result<WrittenFile> writeCsvFile(const std::string &path, const Table &table,
                                 const CsvOptions &options,
                                 const std::vector<std::uint32_t> *rows = nullptr,
                                 const ProgressFn &progress = {});

} // namespace pmis
