#pragma once
// The rows of a table by ID number, for resolving foreign keys. Generated tables number their rows
// 1..n, but imported ones need not, so lookups never assume that a key is a row index + 1.

#include "core/data/table.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace pmis {

// The table's primary key: its first column of role Id and type Id, or null when it has none.
const Column *primaryKeyColumn(const Table &table);

// For each row of `child`: the row of `parent` its key names (the child's column named like the
// parent's primary key), or -1 where the key is empty or names no row. Empty when `child` has no
// such key column.
std::vector<std::int64_t> parentRows(const Table &child, const Table &parent);

class KeyIndex
{
public:
    KeyIndex() = default;
    // Indexes an Id column; null cells are left out and a repeated ID keeps its first row.
    explicit KeyIndex(const Column &ids);

    // The row holding `id`, or -1 when no row does.
    std::int64_t rowOf(std::int64_t id) const
    {
        if (m_dense)
            return id >= 0 && std::uint64_t(id) < m_rows.size() ? m_rows[std::size_t(id)] : -1;
        const auto it = m_map.find(id);
        return it == m_map.end() ? -1 : std::int64_t(it->second);
    }
    bool contains(std::int64_t id) const { return rowOf(id) >= 0; }

private:
    bool m_dense = true;
    std::vector<std::int64_t> m_rows; // dense: id -> row (-1 = none)
    std::unordered_map<std::int64_t, std::uint32_t> m_map;
};

} // namespace pmis
