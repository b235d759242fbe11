#pragma once
// Small edits of keyed lists in a scenario (vectors of key/value pairs), used by the editors to
// keep cross-references consistent when a label is added, renamed or removed.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace pmis::edits {

template<typename T>
T *find(std::vector<std::pair<std::string, T>> &map, const std::string &key)
{
    for (auto &[k, v] : map)
        if (k == key)
            return &v;
    return nullptr;
}

template<typename T>
T &findOrAdd(std::vector<std::pair<std::string, T>> &map, const std::string &key,
             const T &initial = {})
{
    if (T *v = find(map, key))
        return *v;
    map.emplace_back(key, initial);
    return map.back().second;
}

template<typename T>
void renameKey(std::vector<std::pair<std::string, T>> &map, const std::string &from,
               const std::string &to)
{
    for (auto &[k, v] : map)
        if (k == from)
            k = to;
}

template<typename T>
void removeKey(std::vector<std::pair<std::string, T>> &map, const std::string &key)
{
    map.erase(std::remove_if(map.begin(), map.end(), [&](const auto &p) { return p.first == key; }),
              map.end());
}

// Adds `key` with a copy of the first entry's value (or `fallback` when empty).
template<typename T>
void addKeyLikeFirst(std::vector<std::pair<std::string, T>> &map, const std::string &key,
                     const T &fallback = {})
{
    if (find(map, key))
        return;
    map.emplace_back(key, map.empty() ? fallback : map.front().second);
}

inline void renameValue(std::vector<std::string> &list, const std::string &from,
                        const std::string &to)
{
    std::replace(list.begin(), list.end(), from, to);
}

inline void removeValue(std::vector<std::string> &list, const std::string &value)
{
    list.erase(std::remove(list.begin(), list.end(), value), list.end());
}

} // namespace pmis::edits
