#include "core/util/file_util.h"

#include "core/util/ascii.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace pmis {
namespace {

// A leftover of unknown owner (older naming) is stale after an hour without change; one whose
// owner pid is alive after a day (the pid may since belong to another program).
constexpr std::time_t kLegacyStaleSeconds = 60 * 60;
constexpr std::time_t kStaleSeconds = 24 * 60 * 60;

std::string folderOf(const std::string &path)
{
    const std::filesystem::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

bool olderThan(const std::string &path, std::time_t seconds)
{
    struct stat st = {};
    if (::lstat(path.c_str(), &st) != 0)
        return false;
    return std::time(nullptr) - st.st_mtime > seconds;
}

bool isRegularFile(const std::string &path)
{
    struct stat st = {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

} // namespace

std::string systemError(int error)
{
    return std::strerror(error);
}

Result<std::string> readWholeFile(const std::string &path)
{
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f)
        return Status::error(path + ": cannot open for reading (" + systemError(errno) + ")");
    std::string out;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        out.append(buffer, n);
    const bool failed = std::ferror(f);
    std::fclose(f);
    if (failed)
        return Status::error(path + ": read error");
    return out;
}

Status writeFileAtomically(const std::string &path, std::string_view contents)
{
    AtomicFile file(path);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.write(contents); !s)
        return s;
    return file.commit();
}

Status syncPath(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status::error(path + ": cannot open to flush it to the disk (" + systemError(errno)
                             + ")");
    const int rc = ::fsync(fd);
    const int e = errno;
    ::close(fd);
    // Some file systems cannot sync a folder (EINVAL); the data are then as safe as they can get.
    if (rc != 0 && e != EINVAL)
        return Status::error(path + ": cannot flush to the disk (" + systemError(e) + ")");
    return Status::ok();
}

std::string temporaryPattern(const std::string &folder, const std::string &finalName,
                             std::string_view kind)
{
    return folder + "/." + finalName + ".pmis-" + std::string(kind) + "-"
           + std::to_string(::getpid()) + "-XXXXXX";
}

bool parseTemporaryName(std::string_view name, TemporaryName &out)
{
    // ".<final>.pmis-<kind>-<pid>-XXXXXX"
    constexpr std::string_view marker = ".pmis-";
    if (name.size() < 2 || name[0] != '.')
        return false;
    const auto at = name.rfind(marker);
    if (at == std::string_view::npos || at < 2)
        return false;
    std::string_view rest = name.substr(at + marker.size());
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos)
        return false;
    const std::string_view kind = rest.substr(0, dash);
    if (kind != "tmp" && kind != "new")
        return false;
    rest.remove_prefix(dash + 1);
    long pid = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
    if (ec != std::errc() || pid <= 0 || end == rest.data() + rest.size() || *end != '-')
        return false;
    if (std::size_t(rest.data() + rest.size() - end) != 7) // "-" and six characters
        return false;
    out.finalName = std::string(name.substr(1, at - 1));
    out.kind = std::string(kind);
    out.pid = pid;
    return true;
}

bool isStaleTemporary(const std::string &path, long pid)
{
    if (pid == long(::getpid()))
        return false; // another writer of this process, still at work
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    return olderThan(path, kStaleSeconds);
}

std::size_t removeStaleTemporaries(const std::string &folder,
                                   const std::vector<std::string> &legacyNames)
{
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return 0;
    std::vector<std::string> stale;
    while (const dirent *e = ::readdir(dir)) {
        const std::string_view name = e->d_name;
        const std::string path = folder + "/" + std::string(name);
        TemporaryName parsed;
        if (parseTemporaryName(name, parsed)) {
            if (parsed.kind == "tmp" && isStaleTemporary(path, parsed.pid))
                stale.push_back(path);
            continue;
        }
        // An older version named its files ".<name>.XXXXXX" after mkstemp.
        for (const std::string &legacy : legacyNames)
            if (name.size() == legacy.size() + 8 && name[0] == '.'
                && name.substr(1, legacy.size()) == legacy && name[legacy.size() + 1] == '.'
                && isAsciiAlnum(name.substr(legacy.size() + 2))
                && olderThan(path, kLegacyStaleSeconds))
                stale.push_back(path);
    }
    ::closedir(dir);
    std::size_t removed = 0;
    for (const std::string &path : stale)
        if (isRegularFile(path) && ::unlink(path.c_str()) == 0)
            ++removed;
    return removed;
}

AtomicFile::AtomicFile(std::string path, std::string shownPath)
    : m_path(std::move(path))
    , m_shown(shownPath.empty() ? m_path : std::move(shownPath))
{}

AtomicFile::~AtomicFile()
{
    discard();
}

Status AtomicFile::open()
{
    const std::filesystem::path target(m_path);
    const std::string dir = folderOf(m_path);
    // Leftovers of killed runs of ours go before we add a temporary file of our own.
    removeStaleTemporaries(dir, {target.filename().string()});
    std::string pattern = temporaryPattern(dir, target.filename().string(), "tmp");
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return Status::error(m_shown + ": cannot create a file in " + folderOf(m_shown) + " ("
                             + systemError(errno) + ")");
    ::fchmod(fd, 0644);
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        const int e = errno;
        ::close(fd);
        ::unlink(pattern.c_str());
        return Status::error(m_shown + ": cannot open for writing (" + systemError(e) + ")");
    }
    m_temp = pattern;
    return Status::ok();
}

Status AtomicFile::write(std::string_view data)
{
    if (!m_file)
        return Status::error(m_shown + ": not open for writing");
    if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size()) {
        const int e = errno;
        discard();
        return Status::error(m_shown + ": write failed (" + systemError(e) + ")");
    }
    return Status::ok();
}

Status AtomicFile::finish()
{
    if (!m_file)
        return m_temp.empty() ? Status::error(m_shown + ": not open for writing") : Status::ok();
    std::FILE *f = m_file;
    m_file = nullptr;
    int e = 0;
    // The data reach the disk before the rename can: otherwise a power loss soon after the rename
    // may leave an empty file under the good name.
    if (std::fflush(f) != 0)
        e = errno;
    if (e == 0 && ::fsync(::fileno(f)) != 0 && errno != EINVAL)
        e = errno;
    if (std::fclose(f) != 0 && e == 0)
        e = errno;
    if (e != 0) {
        discard();
        return Status::error(m_shown + ": write failed (" + systemError(e) + ")");
    }
    return Status::ok();
}

Status AtomicFile::commit(bool syncFolder)
{
    if (Status s = finish(); !s)
        return s;
    if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
        const int e = errno;
        discard();
        return Status::error(m_shown + ": cannot replace the file (" + systemError(e) + ")");
    }
    m_temp.clear();
    return syncFolder ? syncPath(folderOf(m_path)) : Status::ok();
}

void AtomicFile::discard()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (!m_temp.empty()) {
        ::unlink(m_temp.c_str());
        m_temp.clear();
    }
}

} // namespace pmis
