// How soon generation stops after a cancel: the longest time between two progress reports of a
// full run, and the time from a cancel request (at evenly spaced moments of the run, from another
// thread, as the studio's Cancel does) until generateDataset returns. Prints figures; not a test.
//   bench_cancel [students internships interactions]   (default 1,000,000 / 20,000 / 10,000,000)
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <thread>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

} // namespace

int main(int argc, char **argv)
try {
    auto scenario = loadPreset("pmis-2025");
    if (!scenario) {
        std::fprintf(stderr, "%s\n", scenario.error().c_str());
        return 1;
    }
    if (argc != 1 && argc != 4) {
        std::fprintf(stderr, "usage: bench_cancel [students internships interactions]\n");
        return 2;
    }
    scenario->students = argc > 3 ? std::atoll(argv[1]) : 1000000;
    scenario->internships = argc > 3 ? std::atoll(argv[2]) : 20000;
    scenario->interactions = argc > 3 ? std::atoll(argv[3]) : 10000000;

    // A full run: its length and the longest silence between reports, with the phase it ended.
    GenerateOptions options;
    auto last = Clock::now();
    double longest = 0;
    std::string where;
    options.progress = [&](double, const std::string &phase) {
        const double gap = since(last);
        if (gap > longest) {
            longest = gap;
            where = phase;
        }
        last = Clock::now();
        return true;
    };
    const auto start = Clock::now();
    if (!generateDataset(*scenario, options)) {
        std::fprintf(stderr, "generation failed\n");
        return 1;
    }
    const double full = since(start);
    std::printf("%lld students, %lld internships, %lld interactions: %.2f s\n",
                static_cast<long long>(scenario->students),
                static_cast<long long>(scenario->internships),
                static_cast<long long>(scenario->interactions), full);
    std::printf("longest time between progress reports: %.3f s (ending in '%s')\n", longest,
                where.c_str());

    // Cancels at 1/9 ... 8/9 of the run.
    std::vector<double> latencies;
    for (int k = 1; k <= 8; ++k) {
        std::atomic<bool> cancel{false};
        options.progress = [&](double, const std::string &) { return !cancel.load(); };
        Clock::time_point requested;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::duration<double>(full * k / 9.0));
            requested = Clock::now();
            cancel = true;
        });
        const auto result = generateDataset(*scenario, options);
        const auto returned = Clock::now();
        canceller.join();
        if (!result.isCancelled()) {
            std::printf("cancel at %d/9: the run ended first\n", k);
            continue;
        }
        latencies.push_back(std::chrono::duration<double>(returned - requested).count());
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty())
        std::printf("cancel to return, %zu requests: median %.3f s, longest %.3f s\n",
                    latencies.size(), latencies[latencies.size() / 2], latencies.back());
    return 0;
} catch (const std::exception &e) {
    std::fprintf(stderr, "bench_cancel: %s\n", e.what());
    return 1;
}
