// Generation and export speed and memory. Prints medians of several runs; not a pass/fail test.
//   bench_generate [runs]      (default 5 runs; the 10M-interaction scenario runs 3 times)
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

double seconds(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

// Runs `job` in a child process so its peak memory is its own; returns {seconds, peak MiB}.
template<typename Job>
std::pair<double, double> isolated(Job job)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {-1, -1};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const double s = job();
        (void)!write(fds[1], &s, sizeof s);
        _exit(0);
    }
    close(fds[1]);
    double s = -1;
    (void)!read(fds[0], &s, sizeof s);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {s, double(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const Scenario preset = *loadPreset("pmis-2025");
    const std::string out
            = (std::filesystem::temp_directory_path() / "pmis-bench-generate").string();
    std::printf("bench_generate: %d runs, %u hardware threads\n", runs,
                std::thread::hardware_concurrency());

    std::vector<double> gen, genExport;
    std::size_t rows = 0;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        auto d = generateDataset(preset);
        gen.push_back(seconds(t0));
        rows = d->totalRows();
        t0 = Clock::now();
        auto d2 = generateDataset(preset);
        auto s = exportCsvFolder(*d2, preset, out);
        genExport.push_back(seconds(t0));
        if (!s) {
            std::fprintf(stderr, "export failed: %s\n", s.error().c_str());
            return 1;
        }
    }
    std::printf("pmis-2025 (%zu rows) generated in memory:   median %.1f ms (%.2f M rows/s)\n",
                rows, 1e3 * median(gen), double(rows) / median(gen) / 1e6);
    std::printf("pmis-2025 generated + exported (CSV+JSON): median %.1f ms (%.2f M rows/s)\n",
                1e3 * median(genExport), double(rows) / median(genExport) / 1e6);

    Scenario big = preset;
    big.students = 1'000'000;
    big.internships = 20'000;
    big.interactions = 10'000'000;
    std::vector<double> bigTimes;
    double peak = 0;
    std::size_t bigRows = 0;
    const int bigRuns = std::min(runs, 3);
    for (int i = 0; i < bigRuns; ++i) {
        auto [s, mib] = isolated([&] {
            const auto t0 = Clock::now();
            auto d = generateDataset(big);
            const double took = seconds(t0);
            return d ? took : -1.0;
        });
        bigTimes.push_back(s);
        peak = std::max(peak, mib);
    }
    {
        auto d = generateDataset(big);
        bigRows = d->totalRows();
    }
    std::printf(
            "1M students / 20k internships / 10M interactions (%zu rows) in memory: median %.2f s "
            "(%.2f M rows/s), peak memory %.0f MiB\n",
            bigRows, median(bigTimes), double(bigRows) / median(bigTimes) / 1e6, peak);
    std::filesystem::remove_all(out);
    return 0;
}
