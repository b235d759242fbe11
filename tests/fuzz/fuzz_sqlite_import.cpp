// libFuzzer harness: the SQLite importer. The input is a database file (mutated exports, files
// with views, triggers and recursive definitions); the import must finish within its step and
// memory budget without running a view or a trigger, and never write the file.
#include "core/io/dataset_import.h"
#include "core/stats/overview_stats.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const std::string &path()
{
    static const std::string file = [] {
        char name[] = "/tmp/pmis-fuzz-sqlite-XXXXXX";
        const int fd = ::mkstemp(name);
        if (fd < 0)
            std::abort();
        ::close(fd);
        std::atexit([] { std::remove(path().c_str()); });
        return std::string(name);
    }();
    return file;
}

std::string readBack()
{
    std::string out;
    if (std::FILE *f = std::fopen(path().c_str(), "rb")) {
        char buffer[65536];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
            out.append(buffer, n);
        std::fclose(f);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::FILE *f = std::fopen(path().c_str(), "wb");
    if (!f)
        std::abort();
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    std::error_code ec;
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        fs::remove(path() + suffix, ec);
    auto imported = pmis::importSqlite(path());
    if (imported)
        (void)pmis::computeOverview(imported->data);
    const std::string after = readBack();
    if (after.size() != size || (size && std::memcmp(after.data(), data, size) != 0))
        std::abort(); // the import wrote the file
    return 0;
}
