#pragma once
// Dynamic work sharing for the recommender's loops: chunks of `grain` indices handed out by an
// atomic counter to up to `threads` workers. Unlike parallelFor it splits small counts too (an
// item-kNN block of 150 items is heavy work). Results must only depend on the index, never on the
// worker, so they do not depend on the thread count.

#include "core/util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace pmis::rec {

// body(begin, end, worker) with worker in [0, workers); returns the number of workers used.
template<typename Body>
std::size_t parallelTasks(std::size_t n, int threads, std::size_t grain, Body body)
{
    grain = std::max<std::size_t>(grain, 1);
    const std::size_t chunks = (n + grain - 1) / grain;
    const std::size_t workers = std::clamp<std::size_t>(std::size_t(effectiveThreads(threads)), 1,
                                                        std::max<std::size_t>(chunks, 1));
    std::atomic<std::size_t> next{0};
    const auto run = [&](std::size_t worker) {
        for (;;) {
            const std::size_t c = next.fetch_add(1);
            if (c >= chunks)
                return;
            body(c * grain, std::min(n, (c + 1) * grain), worker);
        }
    };
    if (workers <= 1) {
        run(0);
        return 1;
    }
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w)
        pool.emplace_back(run, w);
    run(0);
    for (auto &t : pool)
        t.join();
    return workers;
}

// The number of workers parallelTasks will use for `threads`, to size per-worker scratch.
inline std::size_t taskWorkers(int threads)
{
    return std::size_t(std::max(1, effectiveThreads(threads)));
}

} // namespace pmis::rec
