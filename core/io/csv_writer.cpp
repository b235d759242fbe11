#include "core/io/csv_writer.h"

#include "core/util/parallel.h"
#include "core/util/file_util.h"
#include "core/util/sha256.h"

namespace pmis {

bool looksLikeFormula(std::string_view field)
{
    if (field.empty())
        return false;
    const char c = field.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void appendCsvField(std::string &out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::vector<std::size_t> exportedColumns(const Table &table, const CsvOptions &options)
{
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (options.includeGroundTruth || table.columns[c].spec.role != ColumnRole::GroundTruth)
            out.push_back(c);
    return out;
}

namespace {

void appendRow(std::string &out, std::string &cell, const Table &table,
               const std::vector<std::size_t> &columns, std::size_t row, bool neutralise)
{
    bool first = true;
    for (std::size_t c : columns) {
        if (!first)
            out += ',';
        first = false;
        const Column &col = table.columns[c];
        cell.clear();
        col.appendText(cell, row);
        // Numbers may start with '-'; every cell that holds text (IDs carry a prefix) may not.
        const bool isText
                = col.spec.type == ColumnType::Text || col.spec.type == ColumnType::Category
                  || col.spec.type == ColumnType::StringList || col.spec.type == ColumnType::Id;
        if (neutralise && isText && looksLikeFormula(cell))
            cell.insert(cell.begin(), '\'');
        appendCsvField(out, cell);
    }
    out += "\r\n";
}

} // namespace

Result<WrittenFile> writeCsv(AtomicFile &file, const Table &table, const CsvOptions &options,
                             const std::vector<std::uint32_t> *rows, const ProgressFn &progress)
{
    const auto columns = exportedColumns(table, options);
    Sha256 hash;
    WrittenFile info;
    info.path = file.path();
    std::string header;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            header += ',';
        const std::string &name = table.columns[columns[i]].spec.name;
        if (options.neutraliseFormulas && looksLikeFormula(name)) // imported names can be anything
            appendCsvField(header, "'" + name);
        else
            appendCsvField(header, name);
    }
    header += "\r\n";
    const auto put = [&](const std::string &text) -> Status {
        hash.update(text);
        info.bytes += text.size();
        return file.write(text);
    };
    if (Status s = put(header); !s)
        return s;

    const std::size_t n = rows ? rows->size() : table.rowCount();
    const int threads = effectiveThreads(options.threads);
    constexpr std::size_t kChunk = 16384;
    const std::size_t perBatch = std::size_t(threads) * 2;
    std::vector<std::string> buffers(perBatch);
    for (std::size_t start = 0; start < n; start += kChunk * perBatch) {
        const std::size_t chunks = std::min(perBatch, (n - start + kChunk - 1) / kChunk);
        parallelFor(chunks, threads, [&](std::size_t begin, std::size_t end) {
            std::string cell;
            for (std::size_t c = begin; c < end; ++c) {
                std::string &out = buffers[c];
                out.clear();
                const std::size_t from = start + c * kChunk, to = std::min(n, from + kChunk);
                for (std::size_t i = from; i < to; ++i)
                    appendRow(out, cell, table, columns, rows ? (*rows)[i] : i,
                              options.neutraliseFormulas);
            }
        });
        for (std::size_t c = 0; c < chunks; ++c)
            if (Status s = put(buffers[c]); !s)
                return s;
        if (progress
            && !progress(double(std::min(n, start + kChunk * perBatch)) / double(n), table.name))
            return Status::cancelled();
    }
    info.rows = n;
    info.sha256 = hash.finishHex();
    if (!hash.ok())
        return Status::error(file.shownPath() + ": " + hash.error());
    return info;
}

Result<WrittenFile> writeCsvFile(const std::string &path, const Table &table,
                                 const CsvOptions &options, const std::vector<std::uint32_t> *rows,
                                 const ProgressFn &progress)
{
    AtomicFile file(path);
    if (Status s = file.open(); !s)
        return s;
    auto written = writeCsv(file, table, options, rows, progress);
    if (!written)
        return written;
    if (Status s = file.commit(); !s)
        return s;
    return written;
}

} // namespace pmis
