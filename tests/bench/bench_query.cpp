// Filter, sort and column statistics speed on 10,000,000 interactions. Prints medians of several
// runs; not a pass/fail test.
//   bench_query [runs]      (default 5)
#include "core/gen/generator.h"
#include "core/query/column_stats.h"
#include "core/query/filter.h"
#include "core/query/sort.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

// Median wall time of `runs` calls of `job`, in milliseconds.
double timeMs(int runs, const std::function<void()> &job)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        job();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    Scenario scenario = *loadPreset("pmis-2025");
    scenario.students = 1'000'000;
    scenario.internships = 20'000;
    scenario.interactions = 10'000'000;
    std::printf("bench_query: %d runs, %u hardware threads\n", runs,
                std::thread::hardware_concurrency());

    const auto t0 = Clock::now();
    auto data = generateDataset(scenario);
    if (!data) {
        std::fprintf(stderr, "generation failed: %s\n", data.error().c_str());
        return 1;
    }
    const Table &t = data->interactions;
    std::printf("generated %zu interactions in %.1f s (not part of the figures)\n", t.rowCount(),
                std::chrono::duration<double>(Clock::now() - t0).count());

    const char *expression = "interaction_type = \"apply\" and time_spent > 600";
    std::vector<std::uint32_t> rows;
    const double compile = timeMs(runs, [&] { (void)query::compileFilter(t, expression); });
    auto filter = query::compileFilter(t, expression);
    if (!filter) {
        std::fprintf(stderr, "%s\n", filter.error().c_str());
        return 1;
    }
    const double filterAll = timeMs(runs, [&] { rows = filter->matchingRows(t, 0); });
    const double filterOne = timeMs(runs, [&] { rows = filter->matchingRows(t, 1); });
    std::printf("filter  %-52s %8.1f ms (all threads), %8.1f ms (1 thread), compile %.3f ms; %zu "
                "rows match\n",
                expression, filterAll, filterOne, compile, rows.size());

    auto sortFigure = [&](const char *column, bool ascending,
                          const std::vector<std::uint32_t> *subset) {
        const auto index = std::size_t(t.indexOf(column));
        std::vector<std::uint32_t> order;
        const double ms
                = timeMs(runs, [&] { order = query::sortedRows(t, index, ascending, subset); });
        std::printf("sort    %-16s %-11s %-24s %8.1f ms (%zu rows)\n", column,
                    ascending ? "ascending" : "descending",
                    subset ? "over the filtered rows" : "over all rows", ms, order.size());
    };
    sortFigure("timestamp", true, nullptr);
    sortFigure("timestamp", false, nullptr);
    sortFigure("device_type", true, nullptr);
    sortFigure("interaction_type", false, nullptr);
    sortFigure("user_agent", true, nullptr);
    sortFigure("time_spent", true, &rows);

    for (const char *column : {"time_spent", "interaction_type", "timestamp"}) {
        const auto index = std::size_t(t.indexOf(column));
        const double ms = timeMs(runs, [&] { (void)query::columnStats(t, index); });
        std::printf("stats   %-52s %8.1f ms\n", column, ms);
    }
    return 0;
}
