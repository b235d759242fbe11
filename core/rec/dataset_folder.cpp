#include "core/rec/dataset_folder.h"

#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"
#include "core/util/civil_time.h"
#include "core/util/file_util.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace pmis::rec {

namespace {

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF.
class CsvRecords
{
public:
    explicit CsvRecords(const std::string &text) : m_text(text) {}
    // The next record's fields; false at the end.
    bool next(std::vector<std::string> &fields)
    {
        fields.clear();
        if (m_pos >= m_text.size())
            return false;
        ++m_line;
        std::string field;
        bool quoted = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (quoted) {
                if (c == '"') {
                    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_extraLines;
                    field += c;
                }
            } else if (c == '"' && field.empty()) {
                quoted = true;
            } else if (c == ',') {
                fields.push_back(std::move(field));
                field.clear();
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
                    ++m_pos;
                break;
            } else {
                field += c;
            }
        }
        fields.push_back(std::move(field));
        return true;
    }
    std::size_t line() const { return m_line + m_extraLines; }

private:
    const std::string &m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 0;
    std::size_t m_extraLines = 0;
};

std::string trim(std::string_view s)
{
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])))
        --b;
    return std::string(s.substr(a, b - a));
}

Status cellError(const std::string &file, std::size_t line, std::size_t column, const std::string &name,
                 const std::string &value, const std::string &expected)
{
    return Status::error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + name + " '" + value
                         + "' is not " + expected);
}

Status readTable(const std::string &path, const std::string &file, const Table &schema, Table &out)
{
    auto read = readWholeFile(path);
    if (!read)
        return read.status();
    std::string text = read.takeValue();
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    CsvRecords records(text);
    std::vector<std::string> header, fields;
    if (!records.next(header))
        return Status::error(file + ":1: the file is empty; expected a header row");
    out.name = schema.name;
    out.columns.clear();
    for (const std::string &raw : header) {
        const std::string name = trim(raw);
        const Column *known = schema.find(name);
        ColumnSpec spec;
        if (known) {
            spec = known->spec;
            spec.nullable = true;
        } else {
            spec.name = name;
            spec.type = ColumnType::Text;
            spec.role = ColumnRole::FreeText;
        }
        Column c(spec);
        if (spec.type == ColumnType::StringList)
            c.offsets.push_back(0);
        if (spec.type == ColumnType::Category || spec.type == ColumnType::StringList)
            c.dict = spec.allowed; // the declared order (ordered levels such as previous_experience)
        out.columns.push_back(std::move(c));
    }
    std::vector<int> idDigits(header.size(), 0);
    std::size_t rows = 0;
    while (records.next(fields)) {
        const std::size_t line = records.line();
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line (the final line end)
        if (fields.size() != header.size())
            return Status::error(file + ":" + std::to_string(line) + ": " + std::to_string(fields.size())
                                 + " fields; expected " + std::to_string(header.size()) + " as in the header");
        for (std::size_t k = 0; k < fields.size(); ++k) {
            Column &c = out.columns[k];
            const std::string &v = fields[k];
            const bool null = v.empty();
            switch (c.spec.type) {
            case ColumnType::Id: {
                std::size_t digits = v.size();
                while (digits > 0 && std::isdigit(static_cast<unsigned char>(v[digits - 1])))
                    --digits;
                if (null) {
                    c.ints.push_back(0);
                } else if (digits == v.size() || v.size() - digits > 17) {
                    return cellError(file, line, k + 1, c.spec.name, v, "an ID; expected " + c.spec.idPrefix + "<digits>");
                } else {
                    c.ints.push_back(std::stoll(v.substr(digits)));
                    idDigits[k] = std::max(idDigits[k], int(v.size() - digits));
                }
                break;
            }
            case ColumnType::Int64:
            case ColumnType::Double: {
                char *end = nullptr;
                const double d = null ? 0.0 : std::strtod(v.c_str(), &end);
                if (!null && (end == v.c_str() || *end != '\0'))
                    return cellError(file, line, k + 1, c.spec.name, v, "a number");
                if (c.spec.type == ColumnType::Int64)
                    c.ints.push_back(std::int64_t(d));
                else
                    c.reals.push_back(d);
                break;
            }
            case ColumnType::Timestamp:
            case ColumnType::Date: {
                const auto t = null ? std::optional<std::int64_t>(0) : parseIsoTimestamp(v);
                if (!t)
                    return cellError(file, line, k + 1, c.spec.name, v, "a date or time; expected YYYY-MM-DD[THH:MM:SS]");
                c.ints.push_back(*t);
                break;
            }
            case ColumnType::Bool: {
                const std::string b = trim(v);
                if (!null && b != "True" && b != "False" && b != "true" && b != "false" && b != "1" && b != "0")
                    return cellError(file, line, k + 1, c.spec.name, v, "a boolean; expected True or False");
                c.ints.push_back(b == "True" || b == "true" || b == "1");
                break;
            }
            case ColumnType::Category:
                c.codes.push_back(null ? 0 : c.intern(v));
                break;
            case ColumnType::StringList: {
                std::size_t start = 0;
                while (!null && start <= v.size()) {
                    std::size_t comma = v.find(',', start);
                    if (comma == std::string::npos)
                        comma = v.size();
                    const std::string item = trim(std::string_view(v).substr(start, comma - start));
                    if (!item.empty())
                        c.codes.push_back(c.intern(item));
                    start = comma + 1;
                }
                c.offsets.push_back(std::uint32_t(c.codes.size()));
                break;
            }
            case ColumnType::Text:
                c.texts.push_back(v);
                break;
            }
            if (null) {
                c.nulls.resize(rows + 1, 0);
                c.nulls[rows] = 1;
            }
        }
        ++rows;
    }
    for (std::size_t k = 0; k < out.columns.size(); ++k) {
        Column &c = out.columns[k];
        if (!c.nulls.empty())
            c.nulls.resize(rows, 0);
        if (c.spec.type == ColumnType::Id)
            c.spec.idWidth = std::max(1, idDigits[k]);
    }
    return Status::ok();
}

} // namespace

Result<Dataset> loadDatasetFolder(const std::string &folder)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Status::error(folder + ": not a folder; expected a folder of enhanced_<table>.csv files");
    auto scenario = loadPreset("pmis-2025");
    if (!scenario)
        return scenario.status();
    const Dataset schemas = emptyDataset(*scenario);
    Dataset data;
    const auto targets = data.tables();
    const auto tables = schemas.tables();
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const Table *schema = tables[t];
        const std::string file = csvFileName(schema->name);
        const fs::path path = fs::path(folder) / file;
        Table *target = targets[t];
        target->name = schema->name;
        if (!fs::exists(path, ec)) {
            if (schema->name == "companies")
                continue; // the recommender does not need companies
            return Status::error((fs::path(folder) / file).string() + ": missing; expected the " + schema->name
                                 + " table in the studio's CSV layout");
        }
        if (Status s = readTable(path.string(), file, *schema, *target); !s)
            return s;
    }
    return data;
}

std::optional<std::int64_t> folderReferenceTime(const std::string &folder)
{
    auto text = readWholeFile((std::filesystem::path(folder) / kMetadataFileName).string());
    if (!text)
        return std::nullopt;
    const auto doc = nlohmann::json::parse(*text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("scenario") || !doc["scenario"].is_object())
        return std::nullopt;
    const auto &date = doc["scenario"]["reference_date"];
    if (!date.is_string())
        return std::nullopt;
    return parseIsoTimestamp(date.get<std::string>());
}

} // namespace pmis::rec
