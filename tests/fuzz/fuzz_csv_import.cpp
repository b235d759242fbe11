// libFuzzer harness: the CSV folder importer. The input is split at lines "=====" into the files of a
// dataset folder (datasets_metadata.json, then enhanced_companies, students, internships,
// interactions and outcomes .csv); the folder is imported, the Overview computed and every cell
// formatted again. (The metadata of imported data, which holds their labels, is left to
// test_hostile_input: it would make each run several times slower.)
#include "core/io/csv_writer.h"
#include "core/io/dataset_import.h"
#include "core/stats/overview_stats.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const char *const kFiles[]
        = {"datasets_metadata.json",   "enhanced_companies.csv",    "enhanced_students.csv",
           "enhanced_internships.csv", "enhanced_interactions.csv", "enhanced_outcomes.csv"};

const fs::path &folder()
{
    static const fs::path dir = [] {
        char name[] = "/tmp/pmis-fuzz-csv-XXXXXX";
        if (!::mkdtemp(name))
            std::abort();
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(folder(), ec);
        });
        return fs::path(name);
    }();
    return dir;
}

void writeFile(const fs::path &path, std::string_view text)
{
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        std::abort();
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view rest(reinterpret_cast<const char *>(data), size);
    constexpr std::string_view kSeparator = "\n=====\n";
    for (const char *name : kFiles) {
        const fs::path path = folder() / name;
        std::error_code ec;
        fs::remove(path, ec);
        if (rest.data() == nullptr)
            continue;
        const auto at = rest.find(kSeparator);
        const std::string_view part = rest.substr(0, at);
        if (!part.empty())
            writeFile(path, part);
        rest = at == std::string_view::npos ? std::string_view()
                                            : rest.substr(at + kSeparator.size());
    }
    auto imported = pmis::importCsvFolder(folder().string());
    if (!imported)
        return 0;
    const pmis::Dataset &d = imported->data;
    (void)pmis::computeOverview(d);
    std::string cell, csv;
    for (const pmis::Table *t : d.tables())
        for (std::size_t r = 0; r < t->rowCount(); ++r)
            for (const pmis::Column &c : t->columns) {
                cell.clear();
                c.appendText(cell, r);
                csv.clear();
                pmis::appendCsvField(csv, cell);
            }
    return 0;
}
