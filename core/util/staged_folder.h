#pragma once
// A set of files that replaces the files of the same names in a folder in one step, so readers see
// the whole old set or the whole new one, never a mix.
//
// The files are written into a private sibling folder (".<folder>.pmis-new-<pid>-XXXXXX"); other
// entries of the target folder (the user's files, a SQLite export) are hard-linked into it; then the
// two folders swap names in one rename (renameat2 RENAME_EXCHANGE) and the old set is removed. Files
// that are not ours are never deleted: anything the swap moved away that the new folder does not
// hold as the same file is moved back. Where there is no earlier set to replace (a folder of other
// files only), where a process works in the folder (a shell there would be left in the deleted old
// one), or where the swap is impossible (the folder is a mount point, holds subfolders, the parent
// is not writable, or the file system cannot exchange names), the files are written into the
// folder itself and renamed one by one, the metadata last.
//
// Not thread safe; one StagedFolder per export.

#include "core/util/result.h"

#include <string>
#include <vector>

namespace pmis {

class StagedFolder
{
public:
    // `names`: the files this export writes, in the order they should appear when renamed one by one
    // (the file that tells readers the set is complete last).
    StagedFolder(std::string folder, std::vector<std::string> names);
    ~StagedFolder();
    StagedFolder(const StagedFolder &) = delete;
    StagedFolder &operator=(const StagedFolder &) = delete;

    // Checks that the folder can be written, creates it or the sibling, and removes leftovers of
    // killed runs (stale temporary files and staging folders of our naming).
    Status open();
    // Where to write the file `name` (one of the names given); valid after open().
    std::string pathFor(const std::string &name) const;
    // The path of `name` as the user gave the folder, for messages.
    std::string shownPath(const std::string &name) const;
    // Makes the files, all written and renamed to their names at pathFor(), the folder's files.
    Status publish();
    // True when the files are written into the folder itself (no swap).
    bool inPlace() const { return m_stage.empty(); }
    const std::string &folder() const { return m_folder; }

    // Removes what a killed run left in a staging folder `stage` of `folder`: files named in `names`
    // and our temporary files; entries that `folder` holds as the same file; moves any other entry
    // back into `folder` when that name is free there. Removes `stage` when it ends up empty.
    static void retire(const std::string &stage, const std::string &folder,
                       const std::vector<std::string> &names);

private:
    Status moveIn();
    bool canSwap() const;

    std::string m_given;  // as the caller spelled it, for messages
    std::string m_folder; // absolute
    std::vector<std::string> m_names;
    std::string m_stage; // empty when writing in place
    bool m_existed = false;
};

} // namespace pmis
