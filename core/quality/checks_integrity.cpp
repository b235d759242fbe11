// Row counts, completeness, duplicates, keys, ID prefixes, ranges and value sets.
#include "core/quality/checks_internal.h"

#include "core/util/parallel.h"
#include "core/util/rng.h"
#include "core/data/key_index.h"
#include "core/util/civil_time.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pmis::quality::detail {
namespace {

const Table *tableNamed(const Dataset &d, const std::string &name)
{
    return d.find(name);
}

std::size_t applyCount(const Dataset &d, bool &known)
{
    const Column *type = d.interactions.find("interaction_type");
    known = type && type->spec.type == ColumnType::Category;
    if (!known)
        return 0;
    const std::int32_t apply = type->codeOf("apply");
    std::size_t n = 0;
    for (std::size_t r = 0; r < type->size(); ++r)
        n += !type->isNull(r) && type->codes[r] == apply;
    return n;
}

std::size_t nullCount(const Column &c)
{
    std::size_t n = 0;
    for (std::uint8_t v : c.nulls)
        n += v;
    return n;
}

// The bound in the column's own terms: a date for time columns, a number otherwise.
std::string boundText(const Column &c, double v)
{
    if (c.spec.type == ColumnType::Timestamp)
        return formatIsoTimestamp(std::int64_t(v));
    if (c.spec.type == ColumnType::Date)
        return formatIsoDate(std::int64_t(v));
    return number(v, c.spec.type != ColumnType::Double           ? 0
                     : c.spec.decimals == ColumnSpec::kRoundTrip ? 17
                                                                 : c.spec.decimals);
}

// A hash of a row's cells except the primary key, for finding repeated rows.
std::uint64_t rowHash(const Table &t, std::size_t r, const Column *pk)
{
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (const Column &c : t.columns) {
        if (&c == pk)
            continue;
        std::uint64_t v = 0;
        if (c.isNull(r)) {
            v = 0x5bd1e995ULL;
        } else {
            switch (c.spec.type) {
            case ColumnType::Double:
                v = std::hash<double>{}(c.reals[r]);
                break;
            case ColumnType::Category:
                v = std::uint64_t(c.codes[r]);
                break;
            case ColumnType::Text:
                v = std::hash<std::string>{}(c.texts[r]);
                break;
            case ColumnType::StringList:
                for (std::size_t i = 0; i < c.listSize(r); ++i)
                    v = mix64(v ^ std::uint64_t(c.listCode(r, i)));
                break;
            default:
                v = std::uint64_t(c.ints[r]);
                break;
            }
        }
        h = mix64(h ^ v);
    }
    return h;
}

bool sameRow(const Table &t, std::size_t a, std::size_t b, const Column *pk)
{
    for (const Column &c : t.columns) {
        if (&c == pk)
            continue;
        if (c.isNull(a) != c.isNull(b))
            return false;
        if (c.isNull(a))
            continue;
        if (c.text(a) != c.text(b))
            return false;
    }
    return true;
}

} // namespace

void rowCountChecks(Context &ctx)
{
    const Dataset &d = ctx.data;
    bool typesKnown = false;
    const std::size_t applies = applyCount(d, typesKnown);
    for (const Table *t : d.tables()) {
        Check &c = ctx.add("rows." + t->name, "rows", t->name);
        c.metric = "rows";
        c.measured = double(t->rowCount());
        double expected = Check::kNone;
        Text why;
        if (t->name == "outcomes" && typesKnown) {
            expected = double(applies);
            why = tx("one outcome per apply interaction");
        } else if (ctx.scenario) {
            const Scenario &s = *ctx.scenario;
            if (t->name == "students")
                expected = double(s.students);
            else if (t->name == "internships")
                expected = double(s.internships);
            else if (t->name == "interactions")
                expected = double(s.interactions);
            else if (t->name == "companies")
                expected = double(s.companyCount());
            why = tx("the scenario's count");
        }
        c.expected = c.low = c.high = expected;
        if (std::isnan(expected)) {
            c.low = c.high = Check::kNone;
            c.status = t->rowCount() ? CheckStatus::Pass : CheckStatus::Warn;
            c.setReason(t->rowCount()
                                ? tx("%1 rows; no target to compare with", {count(t->rowCount())})
                                : tx("The table is empty: import or generate its rows."));
        } else if (c.measured == expected) {
            c.setReason(tx("%1 rows, as expected (%2).", {count(t->rowCount()), why}));
        } else {
            c.status = CheckStatus::Fail;
            c.setReason(tx("%1 rows where %2 were expected (%3).",
                           {count(t->rowCount()), count(std::size_t(expected)), why}));
        }
    }
}

void completenessChecks(Context &ctx)
{
    std::size_t emptyCells = 0;
    std::vector<std::string> emptyColumns;
    for (const Table *t : ctx.data.tables()) {
        const std::size_t n = t->rowCount();
        for (const Column &col : t->columns) {
            const std::size_t nulls = nullCount(col);
            Check &c = ctx.add("completeness." + t->name + "." + col.spec.name, "completeness",
                               t->name, col.spec.name);
            c.metric = "share filled";
            c.measured = n ? double(n - nulls) / double(n) : 1.0;
            if (nulls) {
                emptyCells += nulls;
                emptyColumns.push_back(t->name + "." + col.spec.name + " (" + count(nulls) + ")");
            }
            if (col.spec.nullable) {
                c.setReason(tx("May be empty by design: %1 empty (%2 of %3). %4",
                               {percent(n ? double(nulls) / double(n) : 0), count(nulls), count(n),
                                col.spec.description}));
                continue;
            }
            c.expected = c.low = 1.0;
            if (nulls == 0) {
                c.setReason(tx("Complete: every one of %1 rows holds a value.", {count(n)}));
                continue;
            }
            std::size_t first = 0;
            while (!col.isNull(first))
                ++first;
            c.status = CheckStatus::Fail;
            c.setReason(
                    tx("%1 of %2 cells are empty (first at row %3) in a column declared complete: "
                       "fill them or declare the column nullable.",
                       {count(nulls), count(n), count(first + 1)}));
        }
    }
    if (ctx.options.claimsComplete) {
        Check &c = ctx.add("completeness.claim", "completeness");
        c.metric = "empty cells";
        c.measured = double(emptyCells);
        c.expected = c.high = 0;
        if (emptyCells == 0) {
            c.setReason(tx("The metadata claims 100% completeness and no cell is empty."));
        } else {
            c.status = CheckStatus::Fail;
            c.setReason(tx("The metadata claims 100% completeness, but %1 cells are empty: %2. "
                           "Correct the claim or say which columns may be empty.",
                           {count(emptyCells), examples(emptyColumns, 4)}));
        }
    }
}

void uniquenessChecks(Context &ctx)
{
    for (const Table *t : ctx.data.tables()) {
        const Column *pk = primaryKeyColumn(*t);
        const std::size_t n = t->rowCount();
        if (pk) {
            const KeyIndex firstRow(*pk); // a repeated ID keeps its first row
            std::size_t repeats = 0;
            std::vector<std::string> shown;
            for (std::size_t r = 0; r < n; ++r)
                if (!pk->isNull(r) && firstRow.rowOf(pk->ints[r]) != std::int64_t(r)) {
                    ++repeats;
                    if (shown.size() < 5)
                        shown.push_back(pk->text(r));
                }
            Check &c = ctx.add("unique." + t->name + "." + pk->spec.name, "uniqueness", t->name,
                               pk->spec.name);
            c.metric = "repeated IDs";
            c.measured = double(repeats);
            c.expected = c.high = 0;
            c.status = repeats ? CheckStatus::Fail : CheckStatus::Pass;
            c.setReason(repeats ? tx("%1 rows repeat an ID already used (%2): other tables cannot "
                                     "tell which row a key means. Give every row its own ID.",
                                     {count(repeats), examples(shown)})
                                : tx("Every ID is used once."));
        }
        // Rows equal in every column but the ID.
        std::vector<std::pair<std::uint64_t, std::uint32_t>> hashes(n);
        parallelFor(n, ctx.threads, [&](std::size_t begin, std::size_t end) {
            for (std::size_t r = begin; r < end; ++r)
                hashes[r] = {rowHash(*t, r, pk), std::uint32_t(r)};
        });
        std::sort(hashes.begin(), hashes.end());
        std::size_t duplicates = 0;
        Text first;
        bool found = false;
        for (std::size_t i = 1; i < n; ++i) {
            if (hashes[i].first != hashes[i - 1].first)
                continue;
            // Compare with every earlier row of the same hash (a run is almost always of two).
            for (std::size_t j = i; j-- > 0 && hashes[j].first == hashes[i].first;)
                if (sameRow(*t, hashes[j].second, hashes[i].second, pk)) {
                    ++duplicates;
                    if (!found)
                        first = tx("rows %1 and %2",
                                   {count(std::min(hashes[j].second, hashes[i].second) + 1),
                                    count(std::max(hashes[j].second, hashes[i].second) + 1)});
                    found = true;
                    break;
                }
        }
        Check &c = ctx.add("duplicates." + t->name, "uniqueness", t->name);
        c.metric = "duplicate rows";
        c.measured = double(duplicates);
        c.expected = c.high = 0;
        c.status = duplicates ? CheckStatus::Warn : CheckStatus::Pass;
        c.setReason(duplicates
                            ? tx("%1 rows repeat another row in every column but the ID (first: "
                                 "%2). Remove the copies unless the events really happened twice.",
                                 {count(duplicates), first})
                            : tx("No row repeats another."));
    }
    // One outcome per (student, internship) pair.
    const Table &o = ctx.data.outcomes;
    const Column *student = o.find("student_id");
    const Column *internship = o.find("internship_id");
    if (student && internship && student->spec.type == ColumnType::Id
        && internship->spec.type == ColumnType::Id) {
        const auto hash = [](const std::pair<std::int64_t, std::int64_t> &p) {
            return std::size_t(mix64(std::uint64_t(p.first)) ^ std::uint64_t(p.second));
        };
        std::unordered_set<std::pair<std::int64_t, std::int64_t>, decltype(hash)> seen(o.rowCount(),
                                                                                       hash);
        std::size_t repeats = 0;
        std::vector<std::string> shown;
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            if (student->isNull(r) || internship->isNull(r)
                || seen.emplace(student->ints[r], internship->ints[r]).second)
                continue;
            ++repeats;
            if (shown.size() < 3)
                shown.push_back(student->text(r) + " / " + internship->text(r));
        }
        Check &c = ctx.add("unique.outcomes.student_internship", "uniqueness", "outcomes",
                           "student_id, internship_id");
        c.metric = "repeated pairs";
        c.measured = double(repeats);
        c.expected = c.high = 0;
        c.status = repeats ? CheckStatus::Fail : CheckStatus::Pass;
        c.setReason(repeats ? tx("%1 outcomes repeat a (student, internship) pair (%2): a student "
                                 "has one outcome per internship. Merge or remove the repeats.",
                                 {count(repeats), examples(shown)})
                            : tx("Each (student, internship) pair has one outcome."));
    }
    if (const Column *names = ctx.data.companies.find("company_name");
        names && names->spec.type == ColumnType::Category) {
        std::vector<std::size_t> uses(names->dict.size(), 0);
        std::vector<std::string> repeated;
        for (std::size_t r = 0; r < names->size(); ++r)
            if (!names->isNull(r) && uses[std::size_t(names->codes[r])]++ == 1)
                repeated.push_back(names->dict[std::size_t(names->codes[r])]);
        Check &c = ctx.add("unique.companies.company_name", "uniqueness", "companies",
                           "company_name");
        c.metric = "repeated names";
        c.measured = double(repeated.size());
        c.expected = c.high = 0;
        c.status = repeated.empty() ? CheckStatus::Pass : CheckStatus::Fail;
        c.setReason(repeated.empty()
                            ? tx("Every company name is used once.")
                            : tx("Several companies share a name (%1): internships naming them are "
                                 "ambiguous. Keep one row per company.",
                                 {examples(repeated)}));
    }
}

void keyChecks(Context &ctx)
{
    const Dataset &d = ctx.data;
    // Foreign keys per relationship.
    for (const Table *t : d.tables()) {
        for (const Column &fk : t->columns) {
            if (fk.spec.role != ColumnRole::ForeignKey || fk.spec.type != ColumnType::Id)
                continue;
            Check &c = ctx.add("fk." + t->name + "." + fk.spec.name, "integrity", t->name,
                               fk.spec.name);
            c.metric = "share resolved";
            c.expected = c.low = 1.0;
            const Table *parent = tableNamed(d, fk.spec.refTable);
            const Column *pk = parent ? primaryKeyColumn(*parent) : nullptr;
            if (!pk) {
                c.status = CheckStatus::Warn;
                c.setReason(tx("Cannot check: table '%1' has no ID column to refer to.",
                               {fk.spec.refTable}));
                continue;
            }
            const KeyIndex index(*pk);
            std::size_t missing = 0, values = 0;
            std::vector<std::string> shown;
            for (std::size_t r = 0; r < fk.size(); ++r) {
                if (fk.isNull(r))
                    continue;
                ++values;
                if (!index.contains(fk.ints[r])) {
                    ++missing;
                    if (shown.size() < 5)
                        shown.push_back(fk.text(r));
                }
            }
            c.measured = values ? double(values - missing) / double(values) : 1.0;
            const std::string rel
                    = t->name + "." + fk.spec.name + " -> " + parent->name + "." + pk->spec.name;
            if (missing) {
                c.status = CheckStatus::Fail;
                c.setReason(tx("%1 of %2 keys of %3 name no row (%4). Add the missing rows or "
                               "remove the rows that refer to them.",
                               {count(missing), count(values), rel, examples(shown)}));
            } else if (!fk.spec.idPrefix.empty() && fk.spec.idPrefix != pk->spec.idPrefix) {
                c.status = CheckStatus::Fail;
                c.setReason(tx("The keys of %1 are written with the prefix '%2' but the IDs with "
                               "'%3': the text forms do not match. Use one prefix.",
                               {rel, fk.spec.idPrefix, pk->spec.idPrefix}));
            } else {
                c.setReason(tx("Every key of %1 names an existing row.", {rel}));
            }
        }
    }
    // An outcome's interaction is an apply by the same student for the same internship.
    const Table &o = d.outcomes;
    if (o.rowCount() && !o.find("interaction_id")) {
        Check &c = ctx.add("fk.outcomes.interaction_id", "integrity", "outcomes", "interaction_id");
        c.status = CheckStatus::Warn;
        c.setReason(tx("Outcomes have no interaction_id: an outcome cannot be traced to the apply "
                       "interaction it decides. Add the column."));
    } else if (const Column *link = o.find("interaction_id");
               link && link->spec.type == ColumnType::Id) {
        const Column *ipk = primaryKeyColumn(d.interactions);
        const Column *os = o.find("student_id"), *oi = o.find("internship_id");
        const Column *is = d.interactions.find("student_id"),
                     *ii = d.interactions.find("internship_id");
        const Column *type = d.interactions.find("interaction_type");
        if (ipk && os && oi && is && ii && type && type->spec.type == ColumnType::Category) {
            const KeyIndex index(*ipk);
            const std::int32_t apply = type->codeOf("apply");
            std::size_t bad = 0, checked = 0;
            std::string first;
            for (std::size_t r = 0; r < o.rowCount(); ++r) {
                const std::int64_t a = link->isNull(r) ? -1 : index.rowOf(link->ints[r]);
                if (a < 0)
                    continue;
                ++checked;
                const auto ar = std::size_t(a);
                const bool same = !os->isNull(r) && !oi->isNull(r) && !is->isNull(ar)
                                  && !ii->isNull(ar) && os->ints[r] == is->ints[ar]
                                  && oi->ints[r] == ii->ints[ar] && type->codes[ar] == apply;
                if (!same && bad++ == 0)
                    first = o.columns[0].text(r);
            }
            Check &c = ctx.add("fk.outcomes.interaction_match", "integrity", "outcomes",
                               "interaction_id");
            c.metric = "share consistent";
            c.measured = checked ? double(checked - bad) / double(checked) : 1.0;
            c.expected = c.low = 1.0;
            c.status = bad ? CheckStatus::Fail : CheckStatus::Pass;
            c.setReason(bad ? tx("%1 outcomes (first %2) point to an interaction that is not an "
                                 "apply by the same student for the same internship. Point each "
                                 "outcome at its apply.",
                                 {count(bad), first})
                            : tx("Each outcome points to the apply interaction of its student and "
                                 "internship."));
        }
    }
    // One ID prefix per table.
    std::map<std::string, std::vector<std::string>> byPrefix;
    for (const Table *t : d.tables())
        if (const Column *pk = primaryKeyColumn(*t);
            pk && !pk->spec.idPrefix.empty() && t->rowCount())
            byPrefix[pk->spec.idPrefix].push_back(t->name + "." + pk->spec.name);
    Check &c = ctx.add("integrity.id_prefixes", "integrity");
    c.metric = "shared prefixes";
    std::vector<std::string> clashes;
    for (const auto &[prefix, owners] : byPrefix)
        if (owners.size() > 1)
            clashes.push_back(prefix + " (" + owners[0] + " and " + owners[1] + ")");
    c.measured = double(clashes.size());
    c.expected = c.high = 0;
    c.status = clashes.empty() ? CheckStatus::Pass : CheckStatus::Fail;
    c.setReason(
            clashes.empty()
                    ? tx("Each table's IDs have a prefix of their own.")
                    : tx("Tables share an ID prefix: %1. An ID alone does not say which table it "
                         "names; give each table its own prefix.",
                         {examples(clashes)}));
}

void rangeChecks(Context &ctx)
{
    for (const Table *t : ctx.data.tables()) {
        for (const Column &col : t->columns) {
            const ColumnSpec &s = col.spec;
            const bool numeric = s.type == ColumnType::Int64 || s.type == ColumnType::Double
                                 || s.type == ColumnType::Timestamp || s.type == ColumnType::Date;
            const bool listed = (s.type == ColumnType::Category || s.type == ColumnType::StringList)
                                && !s.allowed.empty();
            if (!(numeric && (s.min || s.max)) && !listed)
                continue;
            const std::size_t n = col.size();
            std::size_t outside = 0, values = 0;
            std::vector<Text> shown;
            if (numeric) {
                const double lo = s.min.value_or(-INFINITY) - 1e-9,
                             hi = s.max.value_or(INFINITY) + 1e-9;
                for (std::size_t r = 0; r < n; ++r) {
                    if (col.isNull(r))
                        continue;
                    ++values;
                    const double v = col.number(r);
                    if (v < lo || v > hi) {
                        ++outside;
                        if (shown.size() < 5)
                            shown.push_back(tx("%1 at row %2", {col.text(r), count(r + 1)}));
                    }
                }
            } else {
                const std::unordered_set<std::string_view> allowed(s.allowed.begin(),
                                                                   s.allowed.end());
                std::vector<std::uint8_t> bad(col.dict.size(), 0);
                for (std::size_t k = 0; k < col.dict.size(); ++k)
                    bad[k] = !allowed.count(col.dict[k]);
                std::vector<std::uint8_t> listedBad(col.dict.size(), 0);
                for (std::size_t r = 0; r < n; ++r) {
                    if (col.isNull(r))
                        continue;
                    ++values;
                    bool rowBad = false;
                    const auto note = [&](std::int32_t code) {
                        rowBad = true;
                        if (!listedBad[std::size_t(code)]++ && shown.size() < 8)
                            shown.push_back(col.dict[std::size_t(code)]);
                    };
                    if (s.type == ColumnType::Category) {
                        if (bad[std::size_t(col.codes[r])])
                            note(col.codes[r]);
                    } else {
                        for (std::size_t i = 0; i < col.listSize(r); ++i)
                            if (bad[std::size_t(col.listCode(r, i))])
                                note(col.listCode(r, i));
                    }
                    outside += rowBad;
                }
            }
            Check &c = ctx.add("range." + t->name + "." + s.name, "range", t->name, s.name);
            c.metric = "share inside";
            c.measured = values ? double(values - outside) / double(values) : 1.0;
            c.expected = c.low = 1.0;
            const Text declared
                    = numeric ? Text("[" + (s.min ? boundText(col, *s.min) : "-inf") + ", "
                                     + (s.max ? boundText(col, *s.max) : "inf") + "]")
                              : tx("the declared value set (%1 values)", {count(s.allowed.size())});
            if (outside == 0) {
                c.setReason(tx("Every value lies in %1.", {declared}));
                continue;
            }
            c.status = CheckStatus::Fail;
            c.setReason(numeric ? tx("%1 of %2 rows hold values outside %3: %4. Correct the values "
                                     "or the declared range.",
                                     {count(outside), count(values), declared, examples(shown)})
                                : tx("%1 of %2 rows hold values outside %3: %4. Correct the values "
                                     "or the declared value set.",
                                     {count(outside), count(values), declared, examples(shown)}));
        }
    }
}

} // namespace pmis::quality::detail
