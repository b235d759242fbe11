// SQLite export, import and quality report speed. Prints medians of 3 runs; not a pass/fail test.
//   bench_sqlite [folder]   (default: a temporary folder; the 10M-interaction file takes ~2.5 GB)
#include "core/gen/generator.h"
#include "core/io/dataset_import.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double seconds(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

// CPU seconds of this process (all threads), to tell the work from waiting on a busy machine.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

void run(const char *label, const Scenario &scenario, const std::string &folder, bool importToo)
{
    auto data = generateDataset(scenario, {0, {}});
    if (!data) {
        std::printf("%s: %s\n", label, data.error().c_str());
        return;
    }
    const double rows = double(data->totalRows());
    const std::string path = folder + "/bench.sqlite";
    std::vector<double> write, cpu, check;
    for (int run = 0; run < 3; ++run) {
        auto start = Clock::now();
        const double cpu0 = cpuSeconds();
        auto written = exportSqlite(*data, &scenario, path);
        write.push_back(seconds(start));
        cpu.push_back(cpuSeconds() - cpu0);
        if (!written) {
            std::printf("%s: %s\n", label, written.error().c_str());
            return;
        }
        start = Clock::now();
        auto report = quality::computeQuality(*data, &scenario);
        check.push_back(seconds(start));
    }
    const double bytes = double(std::filesystem::file_size(path));
    std::printf(
            "%-18s %9.0f rows  sqlite write %6.2f s = %8.0f rows/s (cpu %6.2f s = %8.0f rows/cpu-s, %.0f MB)"
            "  quality report %5.2f s  [load %.1f]\n",
            label, rows, median(write), rows / median(write), median(cpu), rows / median(cpu),
            bytes / 1e6, median(check), loadAverage());
    std::fflush(stdout);
    if (importToo) {
        const auto start = Clock::now();
        auto imported = importSqlite(path);
        const double s = seconds(start);
        std::printf("%-18s %9s       sqlite read  %6.2f s = %8.0f rows/s (%s)\n", "", "", s,
                    rows / s, imported ? "ok" : imported.error().c_str());
    }
    std::filesystem::remove(path);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string folder = argc > 1 ? argv[1] : std::filesystem::temp_directory_path().string();
    auto preset = loadPreset("pmis-2025");
    if (!preset)
        return 1;
    run("pmis-2025", *preset, folder, true);
    Scenario big = *preset;
    big.students = 200000;
    big.internships = 20000;
    big.interactions = 10000000;
    run("10M interactions", big, folder, false);
    return 0;
}
