#include "core/data/declared_columns.h"

#include "core/data/key_index.h"

#include <string>
#include <unordered_map>

namespace pmis {

std::vector<std::int32_t> declaredLawOfRows(const ColumnDecl &decl, const Dataset &data,
                                            const Table &t)
{
    const std::size_t n = t.rowCount();
    if (decl.given.empty())
        return std::vector<std::int32_t>(n, 0);
    std::unordered_map<std::string, std::int32_t> index;
    for (std::size_t i = 0; i < decl.laws.size(); ++i)
        index.emplace(decl.laws[i].first, std::int32_t(i));
    const auto groupOf = [&](const Column &c, std::size_t row) -> std::int32_t {
        if (c.isNull(row) || c.spec.type != ColumnType::Category)
            return -1;
        const auto it = index.find(std::string(c.category(row)));
        return it == index.end() ? -1 : it->second;
    };
    std::vector<std::int32_t> out(n, -1);
    const auto dot = decl.given.find('.');
    if (dot == std::string::npos) {
        if (const Column *c = t.find(decl.given))
            for (std::size_t r = 0; r < n; ++r)
                out[r] = groupOf(*c, r);
        return out;
    }
    const Table *parent = data.find(decl.given.substr(0, dot));
    const Column *c = parent ? parent->find(decl.given.substr(dot + 1)) : nullptr;
    if (!c)
        return out;
    const auto rows = parentRows(t, *parent);
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r] >= 0)
            out[r] = groupOf(*c, std::size_t(rows[r]));
    return out;
}

} // namespace pmis
