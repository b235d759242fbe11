#include "core/data/key_index.h"

#include <algorithm>

namespace pmis {

const Column *primaryKeyColumn(const Table &table)
{
    for (const Column &c : table.columns)
        if (c.spec.role == ColumnRole::Id && c.spec.type == ColumnType::Id)
            return &c;
    return nullptr;
}

KeyIndex::KeyIndex(const Column &ids)
{
    const std::size_t n = ids.size();
    std::int64_t lo = 0, hi = -1;
    for (std::size_t r = 0; r < n; ++r) {
        if (ids.isNull(r))
            continue;
        lo = std::min(lo, ids.ints[r]);
        hi = std::max(hi, ids.ints[r]);
    }
    // A vector when the numbers are small and dense enough; a hash map otherwise.
    m_dense = lo >= 0 && hi < std::int64_t(4 * n + 64);
    if (m_dense) {
        m_rows.assign(std::size_t(hi + 1), -1);
        for (std::size_t r = 0; r < n; ++r)
            if (!ids.isNull(r) && m_rows[std::size_t(ids.ints[r])] < 0)
                m_rows[std::size_t(ids.ints[r])] = std::int64_t(r);
        return;
    }
    m_map.reserve(n);
    for (std::size_t r = 0; r < n; ++r)
        if (!ids.isNull(r))
            m_map.emplace(ids.ints[r], std::uint32_t(r));
}

std::vector<std::int64_t> parentRows(const Table &child, const Table &parent)
{
    const Column *ids = primaryKeyColumn(parent);
    const Column *key = ids ? child.find(ids->spec.name) : nullptr;
    if (!key || key->spec.type != ColumnType::Id)
        return {};
    const KeyIndex rows(*ids);
    std::vector<std::int64_t> out(child.rowCount(), -1);
    for (std::size_t r = 0; r < out.size(); ++r)
        if (!key->isNull(r))
            out[r] = rows.rowOf(key->ints[r]);
    return out;
}

} // namespace pmis
