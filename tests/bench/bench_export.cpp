// Export speed with everything flushed to the disk: the CSV folder (five tables and the metadata,
// with a quality report computed beforehand) and the SQLite file, for pmis-2025 and for 10M interactions. The data are generated once; each
// export runs several times into a folder that already holds the previous export (the usual
// overwrite), and the median is printed. Not a pass/fail test.
//   bench_export [runs] [--big] [--sqlite-big]   (default 5 runs; the 10M cases run 3 times)
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

// Median seconds of `runs` calls of `job`; negative when one failed.
double timed(int runs, const std::function<bool()> &job)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        if (!job())
            return -1;
        times.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return median(times);
}

void report(const char *what, std::size_t rows, double s)
{
    if (s < 0)
        std::printf("%-58s failed\n", what);
    else
        std::printf("%-58s median %8.1f ms (%.2f M rows/s)\n", what, 1e3 * s,
                    double(rows) / s / 1e6);
    std::fflush(stdout);
}

void exportBoth(const char *label, const Dataset &data, const Scenario &scenario, int runs,
                bool sqlite, const std::filesystem::path &out)
{
    const std::string folder = (out / label).string();
    std::filesystem::create_directories(folder);
    const std::size_t rows = data.totalRows();
    // The quality report is computed once, as pmis-gen and the studio do: the export alone is timed.
    const std::string quality
            = quality::qualityReportJson(quality::computeQuality(data, &scenario).takeValue());
    MetadataExtras extras;
    extras.qualityJson = quality;
    SqliteOptions sqliteOptions;
    sqliteOptions.qualityJson = quality;
    const std::string csvLabel = std::string(label) + ": CSV folder + metadata";
    report(csvLabel.c_str(), rows, timed(runs, [&] {
               auto s = exportCsvFolder(data, scenario, folder, {}, {}, {}, &extras);
               if (!s)
                   std::fprintf(stderr, "%s\n", s.error().c_str());
               return bool(s);
           }));
    if (!sqlite)
        return;
    const std::string sqliteLabel = std::string(label) + ": SQLite";
    report(sqliteLabel.c_str(), rows, timed(runs, [&] {
               auto s = exportSqlite(data, &scenario, folder + "/" + kSqliteFileName,
                                     sqliteOptions);
               if (!s)
                   std::fprintf(stderr, "%s\n", s.error().c_str());
               return bool(s);
           }));
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 5;
    bool big = false, sqliteBig = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--big") == 0)
            big = true;
        else if (std::strcmp(argv[i], "--sqlite-big") == 0)
            big = sqliteBig = true;
        else
            runs = std::max(1, std::atoi(argv[i]));
    }
    const std::filesystem::path out = std::filesystem::temp_directory_path() / "pmis-bench-export";
    std::filesystem::remove_all(out);
    std::printf("bench_export: %d runs, into %s\n", runs, out.c_str());

    const Scenario preset = *loadPreset("pmis-2025");
    {
        const Dataset data = generateDataset(preset).takeValue();
        exportBoth("pmis-2025", data, preset, runs, true, out);
    }
    if (big) {
        Scenario s = preset;
        s.students = 200'000;
        s.internships = 20'000;
        s.interactions = 10'000'000;
        const Dataset data = generateDataset(s).takeValue();
        exportBoth("10M interactions", data, s, std::min(runs, 3), sqliteBig, out);
    }
    std::filesystem::remove_all(out);
    return 0;
}
