#include "core/util/file_util.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <filesystem>
#include <unistd.h>

namespace pmis {

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

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {}

AtomicFile::~AtomicFile()
{
    discard();
}

Status AtomicFile::open()
{
    const std::filesystem::path target(m_path);
    const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
    std::string pattern = dir + "/." + target.filename().string() + ".XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return Status::error(m_path + ": cannot create a file in " + dir + " (" + systemError(errno) + ")");
    ::fchmod(fd, 0644);
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        const int e = errno;
        ::close(fd);
        ::unlink(pattern.c_str());
        return Status::error(m_path + ": cannot open for writing (" + systemError(e) + ")");
    }
    m_temp = pattern;
    return Status::ok();
}

Status AtomicFile::write(std::string_view data)
{
    if (!m_file)
        return Status::error(m_path + ": not open for writing");
    if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size()) {
        const int e = errno;
        discard();
        return Status::error(m_path + ": write failed (" + systemError(e) + ")");
    }
    return Status::ok();
}

Status AtomicFile::finish()
{
    if (!m_file)
        return m_temp.empty() ? Status::error(m_path + ": not open for writing") : Status::ok();
    std::FILE *f = m_file;
    m_file = nullptr;
    int e = 0;
    // No fsync: replacement is atomic against failed, cancelled or interrupted exports (the rename
    // happens only after every byte was accepted); flushing to the platter is left to the system.
    if (std::fflush(f) != 0)
        e = errno;
    if (std::fclose(f) != 0 && e == 0)
        e = errno;
    if (e != 0) {
        discard();
        return Status::error(m_path + ": write failed (" + systemError(e) + ")");
    }
    return Status::ok();
}

Status AtomicFile::commit()
{
    if (Status s = finish(); !s)
        return s;
    if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
        const int e = errno;
        discard();
        return Status::error(m_path + ": cannot replace the file (" + systemError(e) + ")");
    }
    m_temp.clear();
    return Status::ok();
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
