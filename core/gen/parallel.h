#pragma once
// parallelFor: contiguous chunks on std::threads. Results must not depend on the chunking, which
// holds for counter-based generation.

#include <algorithm>
#include <thread>
#include <vector>

namespace pmis {

template<typename Body>
void parallelFor(std::size_t n, int threads, Body body)
{
    const std::size_t workers = std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1,
                                                        std::max<std::size_t>(1, n / 1024 + 1));
    if (workers <= 1) {
        body(std::size_t(0), n);
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    const std::size_t chunk = (n + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w) {
        const std::size_t begin = std::min(n, w * chunk);
        const std::size_t end = std::min(n, begin + chunk);
        pool.emplace_back([=, &body] { body(begin, end); });
    }
    body(0, std::min(n, chunk));
    for (auto &t : pool)
        t.join();
}

} // namespace pmis
