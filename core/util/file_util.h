#pragma once
// File helpers that never leave a half-written file in place of a good one: writers go to a
// temporary name in the target folder and are renamed over the target only when complete.

#include "core/util/result.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace pmis {

Result<std::string> readWholeFile(const std::string &path);
Status writeFileAtomically(const std::string &path, std::string_view contents);

// A file being written under a temporary name. commit() flushes, closes and renames it onto the
// target; destroying an uncommitted AtomicFile removes the temporary file.
class AtomicFile
{
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Status open();
    Status write(std::string_view data);
    // Flushes and closes the temporary file, reporting any write error (a full disk shows here);
    // commit() then only renames.
    Status finish();
    Status commit();
    void discard();
    const std::string &path() const { return m_path; }
    const std::string &tempPath() const { return m_temp; }

private:
    std::string m_path;
    std::string m_temp;
    std::FILE *m_file = nullptr;
};

// An error message for errno, e.g. "No space left on device".
std::string systemError(int error);

} // namespace pmis
