#include "widgets/studio/job_pools.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <array>

namespace pmis {

namespace {

struct Pools
{
    std::array<QThreadPool, std::size_t(JobKind::Compare) + 1> pools;
    Pools()
    {
        // A kind may have two runs at once (a superseded run still stopping, or the data tab's
        // query beside its column statistics); more would only share the same cores.
        for (QThreadPool &pool : pools)
            pool.setMaxThreadCount(2);
        // The threads end with the application, as those of Qt's own pool do: after it, the
        // libraries' exit handlers (OpenSSL's frees every thread's state) find no worker alive.
        qAddPostRoutine(&Pools::joinAll);
    }
    static Pools &instance()
    {
        static Pools all;
        return all;
    }
    static void joinAll()
    {
        for (QThreadPool &pool : instance().pools)
            pool.waitForDone();
    }
};

} // namespace

QThreadPool *jobPool(JobKind kind)
{
    return &Pools::instance().pools.at(std::size_t(kind));
}

} // namespace pmis
