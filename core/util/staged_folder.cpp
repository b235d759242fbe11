#include "core/util/staged_folder.h"

#include "core/util/ascii.h"
#include "core/util/file_util.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE // the kernel's values, for C libraries that do not name them
#define RENAME_NOREPLACE (1 << 0)
#define RENAME_EXCHANGE (1 << 1)
#endif

namespace pmis {
namespace {

namespace fs = std::filesystem;

// renameat2 with flags; glibc has a wrapper since 2.28, older ones get the system call itself.
// ENOSYS or EINVAL: the kernel or the file system cannot do it.
int renameFlags(const std::string &from, const std::string &to, unsigned flags)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 28))
    return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags);
#elif defined(SYS_renameat2)
    return int(::syscall(SYS_renameat2, AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags));
#else
    (void)from;
    (void)to;
    (void)flags;
    errno = ENOSYS;
    return -1;
#endif
}

std::vector<std::string> entriesOf(const std::string &folder)
{
    std::vector<std::string> out;
    if (DIR *dir = ::opendir(folder.c_str())) {
        while (const dirent *e = ::readdir(dir)) {
            const std::string name = e->d_name;
            if (name != "." && name != "..")
                out.push_back(name);
        }
        ::closedir(dir);
    }
    return out;
}

bool sameFile(const std::string &a, const std::string &b)
{
    struct stat sa = {};
    struct stat sb = {};
    return ::lstat(a.c_str(), &sa) == 0 && ::lstat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev
           && sa.st_ino == sb.st_ino;
}

bool exists(const std::string &path)
{
    struct stat st = {};
    return ::lstat(path.c_str(), &st) == 0;
}

bool contains(const std::vector<std::string> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// A new folder named like mkdtemp's, but made by mkdir(0777) so the umask applies as for any
// folder the user creates.
std::string makeStage(const std::string &parent, const std::string &name)
{
    static constexpr char kChars[]
            = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    std::uint64_t state = std::uint64_t(now.tv_nsec) ^ (std::uint64_t(now.tv_sec) << 20)
                          ^ std::uint64_t(::getpid());
    std::string pattern = temporaryPattern(parent, name, "new");
    for (int attempt = 0; attempt < 100; ++attempt) {
        for (std::size_t i = pattern.size() - 6; i < pattern.size(); ++i) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            pattern[i] = kChars[(state >> 33) % (sizeof kChars - 1)];
        }
        if (::mkdir(pattern.c_str(), 0777) == 0)
            return pattern;
        if (errno != EEXIST)
            return {};
    }
    return {};
}

// Whether a process (this one included) has its working folder at or below `folder`: a shell
// sitting in the export folder would find itself in the swapped-out, deleted folder.
bool someoneWorksIn(const std::string &folder)
{
    const std::string prefix = folder + "/";
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return false;
    bool found = false;
    while (const dirent *e = ::readdir(proc)) {
        if (!isAsciiDigit(e->d_name[0]) && std::string_view(e->d_name) != "self")
            continue;
        char buffer[4096];
        const std::string link = std::string("/proc/") + e->d_name + "/cwd";
        const ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
        if (n <= 0 || std::size_t(n) >= sizeof buffer)
            continue; // gone, or not ours to look at
        const std::string_view cwd(buffer, std::size_t(n));
        if (cwd == folder || cwd.substr(0, prefix.size()) == prefix) {
            found = true;
            break;
        }
    }
    ::closedir(proc);
    return found;
}

} // namespace

StagedFolder::StagedFolder(std::string folder, std::vector<std::string> names)
    : m_given(std::move(folder))
    , m_folder(m_given)
    , m_names(std::move(names))
{}

StagedFolder::~StagedFolder()
{
    if (!m_stage.empty())
        retire(m_stage, m_folder, m_names);
}

Status StagedFolder::open()
{
    const std::string &given = m_given;
    std::error_code ec;
    fs::path target = fs::weakly_canonical(fs::absolute(fs::path(given), ec), ec);
    if (ec)
        return Status::error(given + ": cannot resolve the folder (" + ec.message() + ")");
    if (!target.has_filename())
        target = target.parent_path();
    m_folder = target.string();
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path("/");

    struct stat st = {};
    m_existed = ::stat(m_folder.c_str(), &st) == 0;
    if (m_existed && !S_ISDIR(st.st_mode))
        return Status::error(given + ": not a folder");
    if (!m_existed) {
        fs::create_directories(parent, ec);
        if (ec)
            return Status::error(given + ": cannot create the folder (" + ec.message() + ")");
    } else if (::access(m_folder.c_str(), W_OK | X_OK) != 0) {
        // The swap would only need the parent; a folder the user made read-only stays untouched.
        return Status::error(given + ": cannot create a file in " + given + " ("
                             + systemError(errno) + ")");
    }

    // Leftovers of killed runs: temporary files inside, staging folders beside.
    if (m_existed)
        removeStaleTemporaries(m_folder, m_names);
    const std::string name = target.filename().string();
    for (const std::string &entry : entriesOf(parent.string())) {
        TemporaryName parsed;
        const std::string path = (parent / entry).string();
        if (parseTemporaryName(entry, parsed) && parsed.kind == "new" && parsed.finalName == name
            && isStaleTemporary(path, parsed.pid))
            retire(path, m_folder, m_names);
    }

    if (m_existed && !canSwap())
        return Status::ok();
    m_stage = makeStage(parent.string(), name);
    if (m_stage.empty()) {
        if (m_existed)
            return Status::ok(); // the parent is not writable: write in place
        fs::create_directories(m_folder, ec);
        if (ec)
            return Status::error(given + ": cannot create the folder (" + ec.message() + ")");
        m_existed = true;
        return Status::ok();
    }
    if (m_existed) {
        ::chmod(m_stage.c_str(), st.st_mode & 07777);
        if (::lchown(m_stage.c_str(), st.st_uid, st.st_gid) != 0) {
            // Not ours to give away (we are not root): the new folder stays ours.
        }
    }
    return Status::ok();
}

bool StagedFolder::canSwap() const
{
    const fs::path target(m_folder);
    if (!target.has_parent_path() || target.parent_path() == target)
        return false;
    struct stat self = {};
    struct stat up = {};
    if (::stat(m_folder.c_str(), &self) != 0 || ::stat(target.parent_path().c_str(), &up) != 0)
        return false;
    if (self.st_dev != up.st_dev) // a mount point cannot be renamed
        return false;
    const std::vector<std::string> entries = entriesOf(m_folder);
    // A folder without an earlier set of ours (say, Downloads) has nothing to mix the new files
    // with; it keeps its identity (open file managers, watches) and gets the files in place.
    const auto ours = [&](const std::string &e) { return contains(m_names, e); };
    if (!entries.empty() && std::none_of(entries.begin(), entries.end(), ours))
        return false;
    for (const std::string &entry : entries) {
        struct stat st = {};
        if (::lstat((target / entry).c_str(), &st) != 0 || S_ISDIR(st.st_mode))
            return false; // subfolders cannot be hard-linked into the new folder
    }
    return !someoneWorksIn(m_folder);
}

std::string StagedFolder::pathFor(const std::string &name) const
{
    return (m_stage.empty() ? m_folder : m_stage) + "/" + name;
}

std::string StagedFolder::shownPath(const std::string &name) const
{
    return (std::filesystem::path(m_given) / name).string();
}

Status StagedFolder::publish()
{
    if (m_stage.empty())
        return syncPath(m_folder);
    if (Status s = syncPath(m_stage); !s)
        return s;
    const std::string parent = fs::path(m_folder).parent_path().string();

    if (!exists(m_folder)) {
        if (renameFlags(m_stage, m_folder, RENAME_NOREPLACE) == 0
            || ((errno == ENOSYS || errno == EINVAL)
                && std::rename(m_stage.c_str(), m_folder.c_str()) == 0)) {
            m_stage.clear();
            return syncPath(parent);
        }
        if (errno != EEXIST && errno != ENOTEMPTY)
            return Status::error(m_folder + ": cannot create the folder (" + systemError(errno)
                                 + ")");
        // Someone made the folder meanwhile: join it below.
    }

    // Everything else the folder holds goes into the new folder too, as the same files.
    std::vector<std::string> carried;
    bool linked = true;
    for (const std::string &entry : entriesOf(m_folder)) {
        if (contains(m_names, entry))
            continue;
        if (::linkat(AT_FDCWD, (m_folder + "/" + entry).c_str(), AT_FDCWD,
                     (m_stage + "/" + entry).c_str(), 0)
            != 0) {
            linked = false;
            break;
        }
        carried.push_back(entry);
    }
    if (linked && renameFlags(m_stage, m_folder, RENAME_EXCHANGE) == 0) {
        // m_stage now holds the old set and the second names of the carried files.
        const Status synced = syncPath(parent);
        retire(m_stage, m_folder, m_names);
        m_stage.clear();
        return synced;
    }
    for (const std::string &entry : carried)
        ::unlink((m_stage + "/" + entry).c_str());
    return moveIn();
}

Status StagedFolder::moveIn()
{
    for (const std::string &name : m_names) {
        const std::string from = m_stage + "/" + name;
        if (!exists(from))
            continue;
        const std::string to = m_folder + "/" + name;
        if (std::rename(from.c_str(), to.c_str()) != 0)
            return Status::error(to + ": cannot replace the file (" + systemError(errno) + ")");
    }
    const Status synced = syncPath(m_folder);
    retire(m_stage, m_folder, m_names);
    m_stage.clear();
    return synced;
}

void StagedFolder::retire(const std::string &stage, const std::string &folder,
                          const std::vector<std::string> &names)
{
    for (const std::string &entry : entriesOf(stage)) {
        const std::string path = stage + "/" + entry;
        const std::string home = folder + "/" + entry;
        struct stat st = {};
        if (::lstat(path.c_str(), &st) != 0)
            continue;
        TemporaryName parsed;
        if (sameFile(path, home)) {
            ::unlink(path.c_str()); // a second name of a file the folder keeps
        } else if (!S_ISDIR(st.st_mode) && contains(names, entry)) {
            ::unlink(path.c_str()); // a file of the old set, or of an unfinished new one
        } else if (!S_ISDIR(st.st_mode) && parseTemporaryName(entry, parsed) && parsed.kind == "tmp"
                   && isStaleTemporary(path, parsed.pid)) {
            ::unlink(path.c_str());
        } else if (!exists(home)) {
            // Not ours and not in the folder (it appeared during the swap): back where it belongs.
            if (renameFlags(path, home, RENAME_NOREPLACE) != 0
                && (errno == ENOSYS || errno == EINVAL))
                std::rename(path.c_str(), home.c_str());
        }
    }
    ::rmdir(stage.c_str()); // fails, keeping what is left, when something could not be placed
}

} // namespace pmis
