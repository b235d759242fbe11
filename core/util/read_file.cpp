#include "core/util/read_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace pmis {
namespace {

std::string sizeText(std::uint64_t bytes)
{
    if (bytes >= (std::uint64_t(1) << 30))
        return std::to_string(bytes >> 30) + " GiB";
    if (bytes >= (std::uint64_t(1) << 20))
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<std::string> readRegularFile(const std::string &path, std::uint64_t maxBytes)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (f.fd < 0)
        return Status::error(path + ": cannot open for reading (" + std::strerror(errno) + ")");
    struct stat st = {};
    if (::fstat(f.fd, &st) != 0)
        return Status::error(path + ": cannot read its attributes (" + std::strerror(errno) + ")");
    if (S_ISDIR(st.st_mode))
        return Status::error(path + ": a folder, not a file");
    if (!S_ISREG(st.st_mode))
        return Status::error(path
                             + ": not a regular file (a device, pipe or socket); expected a file");
    const auto size = std::uint64_t(st.st_size);
    if (size > maxBytes)
        return Status::error(path + ": " + sizeText(size) + ", larger than the "
                             + sizeText(maxBytes) + " this file may have");
    std::string out;
    try {
        out.resize(std::size_t(size));
    } catch (const std::bad_alloc &) {
        return Status::error(path + ": not enough memory to read its " + sizeText(size));
    }
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::read(f.fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Status::error(path + ": read error (" + std::string(std::strerror(errno)) + ")");
        if (n == 0)
            break; // the file shrank while being read
        done += std::size_t(n);
    }
    out.resize(done);
    // A file that grew while being read is read up to its size at the start: never more than maxBytes.
    return out;
}

} // namespace pmis
