#pragma once
// Whole-file text for tests: read (empty when unreadable) and write (a failed write fails the test).
#include "core/util/file_util.h"
#include "core/util/read_file.h"

#include <QTest>

#include <filesystem>
#include <string>

namespace pmis::testing {

inline std::string readText(const std::filesystem::path &p)
{
    auto r = readWholeFile(p.string());
    return r ? *r : std::string();
}

inline void writeText(const std::filesystem::path &p, const std::string &text)
{
    QVERIFY(writeFileAtomically(p.string(), text).isOk());
}

} // namespace pmis::testing
