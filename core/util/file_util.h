#pragma once
// File helpers that never leave a half-written file in place of a good one: writers go to a
// temporary name in the target folder, are flushed to the disk, and are renamed over the target
// only when complete; the folder is flushed after the rename so the new name survives a power loss.

#include "core/util/result.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace pmis {

Result<std::string> readWholeFile(const std::string &path);
Status writeFileAtomically(const std::string &path, std::string_view contents);

// A file being written under a temporary name (".<name>.pmis-tmp-<pid>-XXXXXX" beside the target,
// so a later run can tell whether its writer is gone; open() removes such leftovers of killed runs
// in the folder). finish() flushes it to the disk; commit() renames it onto the target; destroying
// an uncommitted AtomicFile removes the temporary file.
class AtomicFile
{
public:
    // `shownPath` names the file in error messages when `path` is not where it ends up (a file
    // written into a staging folder); empty: `path`.
    explicit AtomicFile(std::string path, std::string shownPath = {});
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Status open();
    Status write(std::string_view data);
    // Flushes, fsyncs and closes the temporary file, reporting any write error (a full disk shows
    // here); commit() then only renames.
    Status finish();
    // Renames onto the target, then fsyncs the folder unless the caller syncs it once for many files.
    Status commit(bool syncFolder = true);
    void discard();
    const std::string &path() const { return m_path; }
    // The name for messages (see the constructor).
    const std::string &shownPath() const { return m_shown; }
    const std::string &tempPath() const { return m_temp; }

private:
    std::string m_path;
    std::string m_shown;
    std::string m_temp;
    std::FILE *m_file = nullptr;
};

// fsync of a file or a folder given by path (a folder's sync makes renames in it durable).
Status syncPath(const std::string &path);

// The temporary-name pattern of our writers: ".<finalName>.pmis-<kind>-<pid>-XXXXXX" (mkstemp and
// mkdtemp fill in the X). `kind` is "tmp" for files and "new" for staged folders.
std::string temporaryPattern(const std::string &folder, const std::string &finalName,
                             std::string_view kind);

// A temporary name of ours, parsed: the final name it stands for, its kind and the writer's pid.
struct TemporaryName
{
    std::string finalName;
    std::string kind;
    long pid = 0;
};
bool parseTemporaryName(std::string_view fileName, TemporaryName &out);

// Whether a temporary entry at `path` (named by a run with `pid`) is left over from a run that is
// gone: the pid is not a live process, or the entry was not modified for a day (pid reuse).
bool isStaleTemporary(const std::string &path, long pid);

// Removes the stale temporary files of our naming in `folder` (see isStaleTemporary), plus those of
// older versions (".<name>.XXXXXX" for a name in `legacyNames`, untouched for an hour). Folders and
// files of other naming are never touched. Returns how many were removed.
std::size_t removeStaleTemporaries(const std::string &folder,
                                   const std::vector<std::string> &legacyNames = {});

// An error message for errno, e.g. "No space left on device".
std::string systemError(int error);

} // namespace pmis
