#include "core/util/parallel.h"

namespace pmis {

int effectiveThreads(int requested)
{
    if (requested > 0)
        return requested;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : int(hw);
}

} // namespace pmis
