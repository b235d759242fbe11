// Steps shared by the CSV folder and SQLite imports: metadata, reference schemas and keys.
#include "core/io/import_internal.h"

#include "core/data/schemas.h"
#include "core/data/key_index.h"
#include "core/io/schema_json.h"
#include "core/scenario/scenario_json.h"
#include "core/util/ascii.h"
#include "core/util/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace pmis::importing {

using Json = nlohmann::ordered_json; // key order matters: share tables keep their label order

Loaded::Loaded()
{
    companies.table.name = "companies";
    students.table.name = "students";
    internships.table.name = "internships";
    interactions.table.name = "interactions";
    outcomes.table.name = "outcomes";
}

LoadedTable *Loaded::find(std::string_view table)
{
    for (LoadedTable *t : all())
        if (t->table.name == table)
            return t;
    return nullptr;
}

namespace {

bool isHundredPercent(const Json &v)
{
    if (v.is_number())
        return v.get<double>() == 100.0 || v.get<double>() == 1.0;
    if (v.is_string()) {
        std::string s = v.get<std::string>();
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        return s == "100%" || s == "100.0%" || s == "100" || s == "100.00%";
    }
    return v.is_boolean() && v.get<bool>();
}

// True when some key naming completeness holds 100% (the old generator's unchecked claim).
bool claimsCompleteness(const Json &j)
{
    if (j.is_object()) {
        for (const auto &[key, value] : j.items()) {
            const std::string lower = asciiLower(key);
            if (lower.find("complete") != std::string::npos && isHundredPercent(value))
                return true;
            if (claimsCompleteness(value))
                return true;
        }
    } else if (j.is_array()) {
        for (const auto &value : j)
            if (claimsCompleteness(value))
                return true;
    }
    return false;
}

} // namespace

Metadata readMetadata(std::string_view json, const std::string &source, IssueLog &log)
{
    Metadata m;
    if (const auto at = jsonTooDeep(json)) {
        log.warning(source, 0, 0, {},
                    "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep (at byte "
                            + std::to_string(*at + 1) + "); the metadata is ignored");
        return m;
    }
    Json j = Json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        log.warning(source, 0, 0, {}, "not valid JSON; the metadata is ignored");
        return m;
    }
    if (j.contains("scenario_json")) {
        auto scenario = scenarioFromJson(
                j["scenario_json"].dump(-1, ' ', false, Json::error_handler_t::replace));
        if (scenario)
            m.scenario = scenario.takeValue();
        else
            log.warning(source, 0, 0, {},
                        "the recorded scenario is not valid (" + scenario.error()
                                + "); reference schemas are used instead");
    }
    m.selection = j.contains("selection") || j.contains("filtered_tables");
    m.claimsComplete = claimsCompleteness(j);
    return m;
}

Dataset referenceSchemas(const Metadata &metadata, const std::string &preset, IssueLog &log)
{
    if (metadata.scenario)
        return emptyDataset(*metadata.scenario);
    auto scenario = loadPreset(preset);
    if (!scenario) {
        log.warning({}, 0, 0, {},
                    "reference preset '" + preset + "' is not available (" + scenario.error()
                            + "); every column's type is inferred");
        return namedEmptyTables();
    }
    return emptyDataset(*scenario);
}

namespace {

std::size_t fieldOf(const Table &t, std::string_view column)
{
    return std::size_t(t.indexOf(column) + 1);
}

// Old files name the company instead of referring to it: derive company_id from the names.
void deriveCompanyIds(Loaded &loaded, const Dataset &reference, IssueLog &log)
{
    Table &in = loaded.internships.table;
    const Table &co = loaded.companies.table;
    const Column *names = in.find("company");
    const Column *coNames = co.find("company_name");
    const Column *coIds = primaryKeyColumn(co);
    if (in.find("company_id") || !names || !coNames || !coIds
        || names->spec.type != ColumnType::Category || coNames->spec.type != ColumnType::Category)
        return;
    std::unordered_map<std::string_view, std::int64_t> idOf;
    for (std::size_t r = 0; r < co.rowCount(); ++r)
        if (!coNames->isNull(r) && !coIds->isNull(r))
            idOf.emplace(coNames->category(r), coIds->ints[r]);

    ColumnSpec spec;
    if (const Column *ref = reference.internships.find("company_id"))
        spec = ref->spec;
    spec.name = "company_id";
    spec.type = ColumnType::Id;
    spec.role = ColumnRole::ForeignKey;
    spec.refTable = "companies";
    spec.idPrefix = coIds->spec.idPrefix;
    spec.idWidth = coIds->spec.idWidth;
    Column ids(spec);
    const std::size_t n = in.rowCount();
    ids.ints.assign(n, 0);
    std::map<std::string_view, std::pair<std::size_t, std::size_t>>
            missing; // name -> (first row, count)
    std::size_t matched = 0;
    for (std::size_t r = 0; r < n; ++r) {
        const auto it = names->isNull(r) ? idOf.end() : idOf.find(names->category(r));
        if (it == idOf.end()) {
            ids.setNull(r);
            if (!names->isNull(r)) {
                auto &m = missing.try_emplace(names->category(r), r, 0).first->second;
                ++m.second;
            }
            continue;
        }
        ids.ints[r] = it->second;
        ++matched;
    }
    const std::string &file = loaded.internships.source;
    const std::size_t field = fieldOf(in, "company");
    log.warning(file, 0, 0, "company_id",
                "no company_id column: derived from the company names in " + loaded.companies.source
                        + " (" + std::to_string(matched) + " of " + std::to_string(n)
                        + " rows matched)");
    for (const auto &[name, where] : missing)
        log.warning(file, loaded.internships.lines[where.first], field, "company",
                    "company '" + std::string(name) + "' is not in " + loaded.companies.source
                            + " (" + std::to_string(where.second)
                            + (where.second == 1 ? " row" : " rows")
                            + ", first here); its company_id is left empty");
    const int at = in.indexOf("internship_id");
    in.columns.insert(in.columns.begin() + (at < 0 ? 0 : at + 1), std::move(ids));
}

void reportDuplicateIds(LoadedTable &t, IssueLog &log)
{
    const Column *pk = primaryKeyColumn(t.table);
    if (!pk)
        return;
    std::unordered_map<std::int64_t, std::size_t> first;
    first.reserve(pk->size());
    const std::size_t field = fieldOf(t.table, pk->spec.name);
    for (std::size_t r = 0; r < pk->size(); ++r) {
        if (pk->isNull(r))
            continue;
        const auto [it, fresh] = first.emplace(pk->ints[r], r);
        if (!fresh)
            log.error(t.source, t.lines[r], field, pk->spec.name,
                      "duplicate ID '" + pk->text(r) + "' (first at line "
                              + std::to_string(t.lines[it->second]) + "); expected each ID once");
    }
}

void reportDanglingKeys(Loaded &loaded, LoadedTable &t, IssueLog &log)
{
    for (const Column &fk : t.table.columns) {
        if (fk.spec.role != ColumnRole::ForeignKey || fk.spec.type != ColumnType::Id)
            continue;
        LoadedTable *parent = loaded.find(fk.spec.refTable);
        const Column *pk = parent ? primaryKeyColumn(parent->table) : nullptr;
        const std::size_t field = fieldOf(t.table, fk.spec.name);
        if (!parent || !parent->present || !pk) {
            log.warning(t.source, 0, field, fk.spec.name,
                        "cannot check these keys: table '" + fk.spec.refTable
                                + "' was not loaded with its IDs");
            continue;
        }
        if (!fk.spec.idPrefix.empty() && fk.spec.idPrefix != pk->spec.idPrefix)
            log.warning(t.source, 0, field, fk.spec.name,
                        "keys use the prefix '" + fk.spec.idPrefix + "' but " + parent->source
                                + " uses '" + pk->spec.idPrefix + "'");
        // The first few rows by themselves, then one line with the count.
        constexpr std::size_t kShown = 5;
        const KeyIndex index(*pk);
        std::size_t dangling = 0;
        for (std::size_t r = 0; r < fk.size(); ++r) {
            if (fk.isNull(r) || index.contains(fk.ints[r]))
                continue;
            if (dangling++ < kShown)
                log.warning(t.source, t.lines[r], field, fk.spec.name,
                            "'" + fk.text(r) + "' is not in " + parent->source
                                    + "; expected the ID of one of its rows");
        }
        if (dangling > kShown)
            log.warning(t.source, 0, field, fk.spec.name,
                        std::to_string(dangling) + " keys in all name no row of " + parent->source
                                + " (the first " + std::to_string(kShown) + " are listed)");
    }
}

} // namespace

void resolveKeys(Loaded &loaded, const Dataset &reference, IssueLog &log)
{
    if (loaded.internships.present && loaded.companies.present)
        deriveCompanyIds(loaded, reference, log);
    for (LoadedTable *t : loaded.all())
        if (t->present)
            reportDuplicateIds(*t, log);
    for (LoadedTable *t : loaded.all())
        if (t->present)
            reportDanglingKeys(loaded, *t, log);
}

ImportResult finishImport(Loaded &loaded, Metadata metadata, IssueLog &log, std::string format)
{
    ImportResult result;
    result.format = std::move(format);
    result.scenario = std::move(metadata.scenario);
    result.isSelection = metadata.selection;
    result.claimsComplete = metadata.claimsComplete;
    result.data.companies = std::move(loaded.companies.table);
    result.data.students = std::move(loaded.students.table);
    result.data.internships = std::move(loaded.internships.table);
    result.data.interactions = std::move(loaded.interactions.table);
    result.data.outcomes = std::move(loaded.outcomes.table);
    result.errors = log.errors();
    result.warnings = log.warnings();
    result.suppressed = log.suppressed();
    result.issues = log.takeIssues();
    return result;
}

Result<ImportResult> guardedImport(const std::string &path,
                                   const std::function<Result<ImportResult>()> &import)
{
    try {
        return import();
    } catch (const std::bad_alloc &) {
        return Status::error(path + ": not enough memory to import it");
    } catch (const std::exception &e) {
        return Status::error(path + ": cannot import (" + e.what() + ")");
    }
}

} // namespace pmis::importing
