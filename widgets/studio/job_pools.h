#pragma once
// Threads for the studio's background work, one pool per kind of work. A generation, an export
// or the live preview must start when the user asks for it, not wait in a queue behind the long
// work that follows every new dataset (the quality report, the recommender's training): with one
// shared pool of as many threads as cores, two such jobs on a 2-core machine held every thread for
// minutes and a Cancel waited for them.

class QThreadPool;

namespace pmis {

enum class JobKind {
    Generate,
    Import,
    Export,
    Preview,
    Overview,
    Table, // the data tab's filter, sort and column statistics
    Quality,
    Recommender,
    Compare,
};

// The pool `kind` runs on, alive until the program ends (its destruction waits for its runs).
QThreadPool *jobPool(JobKind kind);

} // namespace pmis
