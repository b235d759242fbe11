#include "core/data/selection.h"

#include "core/data/key_index.h"

#include <algorithm>
#include <array>

namespace pmis {

std::vector<std::uint32_t> *RowSelection::find(std::string_view table)
{
    return const_cast<std::vector<std::uint32_t> *>(std::as_const(*this).find(table));
}

const std::vector<std::uint32_t> *RowSelection::find(std::string_view table) const
{
    if (table == "companies")
        return &companies;
    if (table == "students")
        return &students;
    if (table == "internships")
        return &internships;
    if (table == "interactions")
        return &interactions;
    if (table == "outcomes")
        return &outcomes;
    return nullptr;
}

std::size_t RowSelection::totalRows() const
{
    return companies.size() + students.size() + internships.size() + interactions.size()
           + outcomes.size();
}

namespace {

// Parents before children, so one pass down and one pass up follow chains of keys.
constexpr std::array<const char *, 5> kOrder
        = {"companies", "students", "internships", "interactions", "outcomes"};

struct Link
{
    const Column *key;  // the foreign key column of the child
    std::size_t parent; // index into kOrder
};

} // namespace

Column gatherRows(const Column &c, const std::vector<std::uint32_t> &rows)
{
    Column out(c.spec);
    out.dict = c.dict;
    switch (c.spec.type) {
    case ColumnType::Double:
        for (std::uint32_t r : rows)
            out.reals.push_back(c.reals[r]);
        break;
    case ColumnType::Category:
        for (std::uint32_t r : rows)
            out.codes.push_back(c.codes[r]);
        break;
    case ColumnType::Text:
        for (std::uint32_t r : rows)
            out.texts.push_back(c.texts[r]);
        break;
    case ColumnType::StringList:
        out.offsets.push_back(0);
        for (std::uint32_t r : rows) {
            for (std::size_t i = 0; i < c.listSize(r); ++i)
                out.codes.push_back(c.listCode(r, i));
            out.offsets.push_back(std::uint32_t(out.codes.size()));
        }
        break;
    default:
        for (std::uint32_t r : rows)
            out.ints.push_back(c.ints[r]);
        break;
    }
    if (!c.nulls.empty())
        for (std::uint32_t r : rows)
            out.nulls.push_back(c.nulls[r]);
    return out;
}

Result<RowSelection> referentialClosure(const Dataset &data, const std::string &table,
                                        const std::vector<std::uint32_t> &rows,
                                        const ClosureOptions &options)
{
    std::array<const Table *, kOrder.size()> tables{};
    std::array<KeyIndex, kOrder.size()> keys;
    std::array<std::vector<std::uint8_t>, kOrder.size()> down, in;
    std::array<std::vector<Link>, kOrder.size()> links;
    std::size_t seed = kOrder.size();
    for (std::size_t t = 0; t < kOrder.size(); ++t) {
        tables[t] = data.find(kOrder[t]);
        if (!tables[t])
            return Status::error(std::string("closure: the dataset has no table '") + kOrder[t]
                                 + "'");
        if (const Column *pk = primaryKeyColumn(*tables[t]))
            keys[t] = KeyIndex(*pk);
        down[t].assign(tables[t]->rowCount(), 0);
        if (table == kOrder[t])
            seed = t;
    }
    if (seed == kOrder.size())
        return Status::error("closure: unknown table '" + table
                             + "'; expected companies, students, internships, "
                               "interactions or outcomes");
    for (std::size_t t = 0; t < kOrder.size(); ++t)
        for (const Column &c : tables[t]->columns) {
            if (c.spec.role != ColumnRole::ForeignKey || c.spec.type != ColumnType::Id)
                continue;
            for (std::size_t p = 0; p < kOrder.size(); ++p)
                if (c.spec.refTable == kOrder[p] && primaryKeyColumn(*tables[p]))
                    links[t].push_back({&c, p});
        }
    for (std::uint32_t r : rows) {
        if (r >= down[seed].size())
            return Status::error("closure: row " + std::to_string(r) + " is outside " + table + " ("
                                 + std::to_string(down[seed].size()) + " rows)");
        down[seed][r] = 1;
    }
    const auto parentRow = [&](const Link &link, std::size_t r) -> std::int64_t {
        return link.key->isNull(r) ? -1 : keys[link.parent].rowOf(link.key->ints[r]);
    };
    if (options.children) {
        for (std::size_t t = 0; t < kOrder.size(); ++t)
            for (const Link &link : links[t]) {
                if (std::find(down[link.parent].begin(), down[link.parent].end(), 1)
                    == down[link.parent].end())
                    continue;
                for (std::size_t r = 0; r < down[t].size(); ++r) {
                    const std::int64_t p = parentRow(link, r);
                    if (p >= 0 && down[link.parent][std::size_t(p)])
                        down[t][r] = 1;
                }
            }
    } else {
        for (std::size_t t = 0; t < kOrder.size(); ++t)
            if (t != seed)
                std::fill(down[t].begin(), down[t].end(), 0);
    }
    in = down;
    if (options.parents) {
        for (std::size_t t = kOrder.size(); t-- > 0;)
            for (const Link &link : links[t])
                for (std::size_t r = 0; r < in[t].size(); ++r) {
                    if (!in[t][r])
                        continue;
                    if (const std::int64_t p = parentRow(link, r); p >= 0)
                        in[link.parent][std::size_t(p)] = 1;
                }
    }
    RowSelection out;
    for (std::size_t t = 0; t < kOrder.size(); ++t) {
        std::vector<std::uint32_t> &chosen = *out.find(kOrder[t]);
        for (std::size_t r = 0; r < in[t].size(); ++r)
            if (in[t][r])
                chosen.push_back(std::uint32_t(r));
    }
    return out;
}

Dataset selectRows(const Dataset &data, const RowSelection &selection)
{
    Dataset out;
    const auto from = data.tables();
    const auto to = out.tables(); // the same order
    const std::vector<std::uint32_t> none;
    for (std::size_t i = 0; i < from.size(); ++i) {
        to[i]->name = from[i]->name;
        const auto *rows = selection.find(from[i]->name);
        for (const Column &c : from[i]->columns)
            to[i]->columns.push_back(gatherRows(c, rows ? *rows : none));
    }
    return out;
}

std::string describeSelection(const Dataset &data, const std::string &table, std::size_t chosen,
                              const RowSelection &selection)
{
    std::string out = std::to_string(chosen) + " " + table
                      + " rows chosen, with the rows they refer to and refer "
                        "to them:";
    for (const char *name : kOrder)
        out += std::string(" ") + name + " " + std::to_string(selection.find(name)->size()) + " of "
               + std::to_string(data.find(name)->rowCount()) + ";";
    out.pop_back();
    return out;
}

} // namespace pmis
