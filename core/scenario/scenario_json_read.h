#pragma once
// Strict readers of scenario JSON values: each checks its value's type and range and throws
// ScenarioError naming the JSON path and the expected form. Internal to core/scenario.

#include "core/scenario/scenario_json_internal.h"

#include <cassert>
#include <exception>
#include <set>

namespace pmis::scenario_json {

// "null", "a boolean", "a number", "a string", "an array" or "an object".
std::string typeName(const Json &j);

// A JSON object being read: every key must be consumed, and done() reports the first unknown one.
// (Reported by done(), never by the destructor: a throwing destructor loses the objects the
// function was returning.)
class Obj
{
public:
    Obj(const Json &j, std::string path)
        : m_j(j)
        , m_path(std::move(path))
    {
        if (!j.is_object())
            fail(m_path, "expected an object, got %1", {typeName(j)});
    }
    ~Obj() { assert(m_done || std::uncaught_exceptions() > 0); }
    Obj(const Obj &) = delete;
    Obj &operator=(const Obj &) = delete;

    // Call once every key was read.
    void done()
    {
        m_done = true;
        for (auto it = m_j.begin(); it != m_j.end(); ++it) {
            if (!m_used.count(it.key()))
                fail(child(m_path, it.key()), "unknown key; expected one of %1", {knownKeys()});
        }
    }
    const std::string &path() const { return m_path; }
    const Json &object() const { return m_j; }
    bool has(const std::string &key) const { return m_j.contains(key); }
    const Json &get(const std::string &key)
    {
        m_known.push_back(key);
        if (!m_j.contains(key))
            fail(child(m_path, key), "missing required key");
        m_used.insert(key);
        return m_j.at(key);
    }
    const Json *optional(const std::string &key)
    {
        m_known.push_back(key);
        if (!m_j.contains(key))
            return nullptr;
        m_used.insert(key);
        return &m_j.at(key);
    }
    std::string at(const std::string &key) const { return child(m_path, key); }
    // Marks every key as read: for maps whose keys are data, not names.
    void consumeAll()
    {
        for (auto it = m_j.begin(); it != m_j.end(); ++it)
            m_used.insert(it.key());
    }

private:
    std::string knownKeys() const
    {
        std::string out;
        for (const auto &k : m_known)
            out += (out.empty() ? "" : ", ") + k;
        return out.empty() ? "(none)" : out;
    }
    const Json &m_j;
    std::string m_path;
    std::set<std::string> m_used;
    std::vector<std::string> m_known;
    bool m_done = false;
};

double readNumber(const Json &j, const std::string &path);
std::int64_t readInt(const Json &j, const std::string &path);
std::int64_t readPositive(const Json &j, const std::string &path);
std::string readString(const Json &j, const std::string &path);
// Distinct non-empty strings; an empty list only when `allowEmpty`.
std::vector<std::string> readStringList(const Json &j, const std::string &path,
                                        bool allowEmpty = false);
// In [0, 1], or (0, 1) when `openInterval`.
double readProbability(const Json &j, const std::string &path, bool openInterval);
ShareMode readMode(const Json &j, const std::string &path);
ShareTable readShares(const Json &j, const std::string &path);
IntRange readRange(const Json &j, const std::string &path, std::int64_t lowest);
NormalSpec readNormal(const Json &j, const std::string &path);

// An object of key: value, each value read by `readValue(value, path)`; at least one entry.
template<typename T, typename Fn>
std::vector<std::pair<std::string, T>> readMap(const Json &j, const std::string &path, Fn readValue)
{
    Obj o(j, path);
    o.consumeAll();
    if (j.empty())
        fail(path, "empty object; expected at least one entry");
    std::vector<std::pair<std::string, T>> out;
    for (auto it = j.begin(); it != j.end(); ++it)
        out.emplace_back(it.key(), readValue(it.value(), child(path, it.key())));
    o.done();
    return out;
}

} // namespace pmis::scenario_json
