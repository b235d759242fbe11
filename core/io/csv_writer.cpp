#include "core/io/csv_writer.h"

#include "core/util/parallel.h"
#include "core/util/file_util.h"
#include "core/util/ordered_pipeline.h"
#include "core/util/sha256.h"

#include <array>

namespace pmis {

bool looksLikeFormula(std::string_view field)
{
    if (field.empty())
        return false;
    const char c = field.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

namespace {

// 1 for the bytes that make a CSV field quoted, 3 for the quote (which is also doubled).
constexpr std::array<std::uint8_t, 256> kQuoting = [] {
    std::array<std::uint8_t, 256> t{};
    t[std::uint8_t(',')] = t[std::uint8_t('\r')] = t[std::uint8_t('\n')] = 1;
    t[std::uint8_t('"')] = 3;
    return t;
}();

// Makes out[from, end) one CSV field: quoted, with its quotes doubled, when it holds a comma, quote,
// CR or LF. Reads the field once.
void quoteTail(std::string &out, std::size_t from)
{
    unsigned seen = 0;
    std::size_t quotes = 0;
    const char *text = out.data();
    for (std::size_t i = from, end = out.size(); i < end; ++i) {
        const unsigned k = kQuoting[std::uint8_t(text[i])];
        seen |= k;
        quotes += k >> 1;
    }
    if (!seen)
        return;
    if (quotes == 0) {
        out.insert(from, 1, '"');
        out += '"';
        return;
    }
    std::size_t read = out.size();
    out.resize(out.size() + quotes + 2);
    std::size_t write = out.size();
    out[--write] = '"';
    while (read > from) {
        const char c = out[--read];
        out[--write] = c;
        if (c == '"')
            out[--write] = '"';
    }
    out[--write] = '"';
}

bool holdsText(const Column &column)
{
    const ColumnType type = column.spec.type;
    return type == ColumnType::Text || type == ColumnType::Category
           || type == ColumnType::StringList || type == ColumnType::Id;
}

// How the cells of one exported column become CSV fields. Each distinct category value is
// encoded once; cells whose text can never need quoting or neutralising are not scanned.
struct FieldWriter
{
    const Column *column = nullptr;
    enum class Kind { Plain, Encoded, Scanned } kind = Kind::Scanned;
    bool neutralise = false;          // a cell starting like a formula gets a leading '
    std::vector<std::string> encoded; // Encoded: every dictionary entry as a field

    FieldWriter(const Column &c, bool neutraliseFormulas)
        : column(&c)
        , neutralise(neutraliseFormulas && holdsText(c))
    {
        const ColumnSpec &spec = c.spec;
        switch (spec.type) {
        case ColumnType::Int64:
        case ColumnType::Double:
        case ColumnType::Bool:
            kind = Kind::Plain; // digits, '-', '.', letters of inf and nan, True and False
            break;
        case ColumnType::Category:
            kind = Kind::Encoded;
            encoded.reserve(c.dict.size());
            for (const std::string &value : c.dict) {
                encoded.emplace_back();
                append(encoded.back(), value);
            }
            break;
        case ColumnType::Id: {
            // The prefix, then digits: only the prefix can need quoting or neutralising.
            std::string prefix;
            append(prefix, spec.idPrefix);
            if (!spec.idPrefix.empty() && prefix == spec.idPrefix)
                kind = Kind::Plain;
            break;
        }
        default:
            break;
        }
    }

    // Appends `text` as this column's field.
    void append(std::string &out, std::string_view text) const
    {
        const std::size_t from = out.size();
        out += text;
        finish(out, from);
    }

    void finish(std::string &out, std::size_t from) const
    {
        if (neutralise && looksLikeFormula(std::string_view(out).substr(from)))
            out.insert(out.begin() + std::ptrdiff_t(from), '\'');
        quoteTail(out, from);
    }

    void write(std::string &out, std::size_t row) const
    {
        switch (kind) {
        case Kind::Plain:
            column->appendText(out, row);
            break;
        case Kind::Encoded:
            if (!column->isNull(row))
                out += encoded[std::size_t(column->codes[row])];
            break;
        case Kind::Scanned: {
            const std::size_t from = out.size();
            column->appendText(out, row);
            finish(out, from);
            break;
        }
        }
    }
};

void appendRow(std::string &out, const std::vector<FieldWriter> &fields, std::size_t row)
{
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (k)
            out += ',';
        fields[k].write(out, row);
    }
    out += "\r\n";
}

} // namespace

void appendCsvField(std::string &out, std::string_view field)
{
    const std::size_t from = out.size();
    out += field;
    quoteTail(out, from);
}

std::vector<std::size_t> exportedColumns(const Table &table, const CsvOptions &options)
{
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (options.includeGroundTruth || table.columns[c].spec.role != ColumnRole::GroundTruth)
            out.push_back(c);
    return out;
}

Result<WrittenFile> writeCsv(AtomicFile &file, const Table &table, const CsvOptions &options,
                             const std::vector<std::uint32_t> *rows, const ProgressFn &progress)
{
    const auto columns = exportedColumns(table, options);
    // Numbers may start with '-'; every cell that holds text (IDs carry a prefix) may not.
    std::vector<FieldWriter> fields;
    fields.reserve(columns.size());
    for (std::size_t c : columns)
        fields.emplace_back(table.columns[c], options.neutraliseFormulas);
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
    // Worker threads format chunks of rows while this thread hashes and writes the finished ones
    // in order. The ring of chunk buffers is reused, so its memory stays mapped and in cache.
    constexpr std::size_t kChunk = 2048;
    constexpr std::size_t kChunksPerProgress = 16;
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<std::string> buffers(
            std::min(chunks, 4 * std::size_t(effectiveThreads(options.threads))));
    Status status;
    orderedPipeline(
            chunks, options.threads, buffers.size(),
            [&](std::size_t chunk, std::size_t slot) {
                std::string &out = buffers[slot];
                out.clear();
                const std::size_t from = chunk * kChunk, to = std::min(n, from + kChunk);
                for (std::size_t i = from; i < to; ++i)
                    appendRow(out, fields, rows ? (*rows)[i] : i);
            },
            [&](std::size_t chunk, std::size_t slot) {
                status = put(buffers[slot]);
                if (status && progress
                    && ((chunk + 1) % kChunksPerProgress == 0 || chunk + 1 == chunks)
                    && !progress(double(std::min(n, (chunk + 1) * kChunk)) / double(n), table.name))
                    status = Status::cancelled();
                return status.isOk();
            });
    if (!status)
        return status;
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
