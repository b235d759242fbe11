#pragma once
// orderedPipeline: items made on worker threads and used on the calling thread in order, with a
// bounded number made ahead (formatting chunks of a file while the caller writes earlier ones).

#include "core/util/parallel.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace pmis {

// Calls make(i, slot) for every i in [0, n) on up to `threads` worker threads (effectiveThreads)
// and use(i, slot) on the calling thread in the order of i, where slot = i % depth: at most `depth`
// items are made ahead of the one in use, so `depth` buffers indexed by slot suffice. `use`
// returning false stops the work (no later item is used) and makes the call return false. An
// exception from `make` or `use` reaches the caller once the workers have stopped. With one
// thread, or when no thread can be started, everything runs on the calling thread.
template<typename Make, typename Use>
bool orderedPipeline(std::size_t n, int threads, std::size_t depth, Make make, Use use)
{
    depth = std::max<std::size_t>(depth, 1);
    const std::size_t workers = std::min<std::size_t>(std::size_t(effectiveThreads(threads)), n);
    const auto serial = [&](std::size_t from) {
        for (std::size_t i = from; i < n; ++i) {
            make(i, i % depth);
            if (!use(i, i % depth))
                return false;
        }
        return true;
    };
    if (workers <= 1)
        return serial(0);

    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next = 0;              // the next item to make
    std::size_t used = 0;              // items used so far
    std::vector<char> ready(depth, 0); // per slot: its item is made
    bool stop = false;
    std::exception_ptr failure;
    const auto work = [&]() noexcept {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] { return stop || next >= n || next < used + depth; });
            if (stop || next >= n)
                return;
            const std::size_t i = next++;
            lock.unlock();
            try {
                make(i, i % depth);
            } catch (...) {
                lock.lock();
                if (!failure)
                    failure = std::current_exception();
                stop = true;
                changed.notify_all();
                return;
            }
            lock.lock();
            ready[i % depth] = 1;
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(workers);
        for (std::size_t w = 0; w < workers; ++w)
            pool.emplace_back(work);
    } catch (const std::exception &) {
        // No more threads (std::system_error) or no memory for the pool: fewer workers.
    }
    if (pool.empty())
        return serial(0);

    bool completed = true;
    const auto finish = [&] {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        for (std::thread &t : pool)
            t.join();
    };
    try {
        for (std::size_t i = 0; i < n && completed; ++i) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || ready[i % depth]; });
                if (stop)
                    break; // a worker failed
            }
            completed = use(i, i % depth);
            {
                const std::lock_guard lock(mutex);
                ready[i % depth] = 0;
                used = i + 1;
            }
            changed.notify_all();
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
    if (failure)
        std::rethrow_exception(failure);
    return completed;
}

} // namespace pmis
