#pragma once
// parallelFor: contiguous chunks on std::threads. Results must not depend on the chunking, which
// holds for counter-based generation. An exception thrown by the body (std::bad_alloc, say) reaches
// the caller once every chunk has ended; if no thread can be started, the chunks run on the caller.

#include <algorithm>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace pmis {

// The thread count to use: `requested` when > 0, else every core.
int effectiveThreads(int requested);

template<typename Body>
void parallelFor(std::size_t n, int threads, Body body)
{
    const std::size_t workers = std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1,
                                                        std::max<std::size_t>(1, n / 1024 + 1));
    if (workers <= 1) {
        body(std::size_t(0), n);
        return;
    }
    const std::size_t chunk = (n + workers - 1) / workers;
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto run = [&](std::size_t begin, std::size_t end) noexcept {
        try {
            body(begin, end);
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    std::size_t started = 1;
    try {
        pool.reserve(workers - 1);
        for (; started < workers; ++started) {
            const std::size_t begin = std::min(n, started * chunk);
            const std::size_t end = std::min(n, begin + chunk);
            pool.emplace_back([=, &run] { run(begin, end); });
        }
    } catch (const std::exception &) {
        // No more threads (std::system_error) or no memory for the pool: the rest runs here.
    }
    run(0, std::min(n, chunk));
    for (std::size_t w = started; w < workers; ++w) {
        const std::size_t begin = std::min(n, w * chunk);
        run(begin, std::min(n, begin + chunk));
    }
    for (auto &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace pmis
