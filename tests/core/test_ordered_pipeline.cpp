// orderedPipeline: every item used once, in order, never made more than `depth` ahead of its use
// (so a slot is not overwritten before it is used); stopping early; exceptions reach the caller
// once the workers have stopped.
#include "core/util/ordered_pipeline.h"

#include <QtTest>

#include <atomic>
#include <new>

using namespace pmis;

class TestOrderedPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inOrderWithinDepth_data();
    void inOrderWithinDepth();
    void useStopsTheWork();
    void exceptionsReachTheCaller();
};

void TestOrderedPipeline::inOrderWithinDepth_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("items");
    for (int threads : {1, 2, 3, 8})
        for (int depth : {1, 2, 5})
            for (int items : {0, 1, 7, 300})
                QTest::addRow("%d threads, depth %d, %d items", threads, depth, items)
                        << threads << depth << items;
}

void TestOrderedPipeline::inOrderWithinDepth()
{
    QFETCH(int, threads);
    QFETCH(int, depth);
    QFETCH(int, items);
    std::vector<std::size_t> slots(std::size_t(depth), 0);
    std::atomic<std::size_t> used{0};
    std::atomic<bool> tooFarAhead{false};
    std::vector<std::size_t> order;
    const bool completed = orderedPipeline(
            std::size_t(items), threads, std::size_t(depth),
            [&](std::size_t i, std::size_t slot) {
                if (i >= used.load() + std::size_t(depth))
                    tooFarAhead = true;
                volatile std::size_t spin = 0; // uneven work, so the workers overtake each other
                for (std::size_t k = 0; k < (i * 7919) % 2000; ++k)
                    spin = spin + k;
                slots[slot] = i;
            },
            [&](std::size_t i, std::size_t slot) {
                order.push_back(slots[slot] == i ? i : std::size_t(-1));
                ++used;
                return true;
            });
    QVERIFY(completed);
    QVERIFY(!tooFarAhead);
    QCOMPARE(order.size(), std::size_t(items));
    for (std::size_t i = 0; i < order.size(); ++i)
        QCOMPARE(order[i], i);
}

void TestOrderedPipeline::useStopsTheWork()
{
    for (int threads : {1, 2, 4}) {
        std::atomic<std::size_t> made{0};
        std::size_t last = 0;
        const bool completed = orderedPipeline(
                1000, threads, 4, [&](std::size_t, std::size_t) { ++made; },
                [&](std::size_t i, std::size_t) {
                    last = i;
                    return i < 10;
                });
        QVERIFY(!completed);
        QCOMPARE(last, std::size_t(10));
        QVERIFY(made <= 10 + 1 + 4); // no more than `depth` beyond the last item used
    }
}

void TestOrderedPipeline::exceptionsReachTheCaller()
{
    for (int threads : {1, 2, 4}) {
        bool caught = false;
        std::size_t usedItems = 0;
        try {
            orderedPipeline(
                    100, threads, 3,
                    [&](std::size_t i, std::size_t) {
                        if (i == 20)
                            throw std::bad_alloc();
                    },
                    [&](std::size_t, std::size_t) {
                        ++usedItems;
                        return true;
                    });
        } catch (const std::bad_alloc &) {
            caught = true;
        }
        QVERIFY(caught);
        QVERIFY(usedItems <= 20); // nothing after the failed item is used
        caught = false;
        try {
            orderedPipeline(
                    100, threads, 3, [](std::size_t, std::size_t) {},
                    [](std::size_t i, std::size_t) -> bool {
                        if (i == 50)
                            throw std::runtime_error("use failed");
                        return true;
                    });
        } catch (const std::runtime_error &) {
            caught = true;
        }
        QVERIFY(caught);
    }
}

QTEST_GUILESS_MAIN(TestOrderedPipeline)
#include "test_ordered_pipeline.moc"
