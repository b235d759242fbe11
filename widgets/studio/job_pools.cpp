#include "widgets/studio/job_pools.h"

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
    }
};

} // namespace

QThreadPool *jobPool(JobKind kind)
{
    static Pools all;
    return &all.pools.at(std::size_t(kind));
}

} // namespace pmis
