#pragma once
// The end of a background job's run: what its finished watcher holds, taken out so that nothing
// keeps the result (a whole dataset, say) alive once the job has reported it.

#include <QFutureWatcher>

namespace pmis {

// The run's outcome, or a cancelled one when the run gave none. Clears `running` and `current`
// (when it is this watcher) and schedules the watcher's deletion, with its future.
template<typename Outcome>
Outcome takeOutcome(QFutureWatcher<Outcome> *watcher, QFutureWatcher<Outcome> *&current,
                    bool &running)
{
    running = false;
    Outcome out;
    if (watcher->future().resultCount() > 0)
        out = watcher->result();
    else
        out.cancelled = true;
    if (current == watcher)
        current = nullptr;
    watcher->deleteLater();
    return out;
}

} // namespace pmis
