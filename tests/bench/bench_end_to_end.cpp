// End-to-end speed of a preset: `pmis-gen generate --preset NAME --quiet` (five CSVs and the
// metadata with the quality report) run as a user runs it, then its phases in this process: the
// generation, the quality report and the CSV export. Prints medians; not a pass/fail test.
//   bench_end_to_end [runs] [path of pmis-gen] [preset]
// (default 11 runs, the pmis-gen of this build and pmis-2025; "" keeps a default)
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
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

struct Run
{
    double seconds = -1;
    double peakMiB = 0;
};

// Runs pmis-gen as a child process; seconds < 0 when it could not start or exited non-zero.
Run runPmisGen(const std::string &exe, const std::string &preset, const std::string &out)
{
    std::vector<std::string> args = {exe, "generate", "--preset", preset, "--out", out, "--quiet"};
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const auto t0 = Clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        return {};
    if (pid == 0) {
        execv(exe.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return {};
    Run run;
    run.seconds = seconds(t0);
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        run.seconds = -1;
    return run;
}

// Median milliseconds of `runs` calls of `job`; negative when one failed.
double medianMs(int runs, const std::function<bool()> &job)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        if (!job())
            return -1;
        times.push_back(1e3 * seconds(t0));
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
try {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 11;
    const std::string exe = argc > 2 && *argv[2] ? argv[2] : PMIS_GEN_EXE;
    const std::string name = argc > 3 && *argv[3] ? argv[3] : "pmis-2025";
    const std::filesystem::path out
            = std::filesystem::temp_directory_path() / "pmis-bench-end-to-end";
    std::filesystem::remove_all(out);
    std::printf("bench_end_to_end: %d runs, %u hardware threads, %s\n", runs,
                std::thread::hardware_concurrency(), exe.c_str());

    // One run first: the files then exist, so every timed run overwrites an export, as a user's
    // second run does, and the page cache holds the program.
    if (runPmisGen(exe, name, out.string()).seconds < 0) {
        std::fprintf(stderr, "%s generate failed\n", exe.c_str());
        return 1;
    }
    std::vector<double> wall;
    double peak = 0;
    for (int i = 0; i < runs; ++i) {
        const Run run = runPmisGen(exe, name, out.string());
        if (run.seconds < 0) {
            std::fprintf(stderr, "%s generate failed\n", exe.c_str());
            return 1;
        }
        wall.push_back(run.seconds);
        peak = std::max(peak, run.peakMiB);
    }
    std::sort(wall.begin(), wall.end());
    std::printf("pmis-gen generate --preset %s (CSV + metadata + quality report): "
                "median %.1f ms (min %.1f, max %.1f), peak memory %.0f MiB\n",
                name.c_str(), 1e3 * median(wall), 1e3 * wall.front(), 1e3 * wall.back(), peak);

    // The same work in this process, phase by phase (default thread count, as pmis-gen).
    const auto loaded = loadPreset(name);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.error().c_str());
        return 1;
    }
    const Scenario &preset = *loaded;
    const Dataset data = generateDataset(preset).takeValue();
    const double gen = medianMs(runs, [&] { return bool(generateDataset(preset)); });
    std::string quality;
    const double check = medianMs(runs, [&] {
        auto report = quality::computeQuality(data, &preset);
        if (report)
            quality = quality::qualityReportJson(*report);
        return bool(report);
    });
    MetadataExtras extras;
    extras.qualityJson = quality;
    const std::string folder = (out / "in-process").string();
    const double exported = medianMs(runs, [&] {
        auto s = exportCsvFolder(data, preset, folder, {}, {}, {}, &extras);
        if (!s)
            std::fprintf(stderr, "%s\n", s.error().c_str());
        return bool(s);
    });
    std::printf("  in process, medians: generate %.1f ms, quality report %.1f ms, CSV export "
                "(with fsync) %.1f ms; sum %.1f ms (%zu rows)\n",
                gen, check, exported, gen + check + exported, data.totalRows());
    std::filesystem::remove_all(out);
    return 0;
} catch (const std::exception &e) {
    std::fprintf(stderr, "bench_end_to_end: %s\n", e.what());
    return 1;
}
