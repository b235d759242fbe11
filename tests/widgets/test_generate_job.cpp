#include "core/scenario/scenario_json.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/job_pools.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace pmis;

class TestGenerateJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsProgressAndFinishes()
    {
        auto s = loadPreset("pmis-2025");
        QVERIFY(s);
        GenerateJob job;
        QSignalSpy progress(&job, &GenerateJob::progress);
        QSignalSpy finished(&job, &GenerateJob::finished);
        QSignalSpy failed(&job, &GenerateJob::failed);
        job.start(*s);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!job.isRunning());
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() > 0);
        const auto data = finished.at(0).at(0).value<std::shared_ptr<const Dataset>>();
        QVERIFY(data);
        QCOMPARE(data->students.rowCount(), std::size_t(5000));
        QCOMPARE(finished.at(0).at(1).value<Scenario>().seed, s->seed);
        QVERIFY(finished.at(0).at(2).toDouble() > 0);
    }

    void keepsNoDatasetOnceHandedOver()
    {
        auto s = loadPreset("demo-small");
        QVERIFY(s);
        GenerateJob job;
        std::weak_ptr<const Dataset> handed;
        connect(&job, &GenerateJob::finished, this,
                [&](std::shared_ptr<const Dataset> data) { handed = data; });
        QSignalSpy finished(&job, &GenerateJob::finished);
        job.start(*s);
        QVERIFY(finished.wait(30000));
        finished.clear(); // the spy's copy of the arguments
        // Whoever received the dataset let it go: the finished job must not keep it alive.
        QTRY_VERIFY(handed.expired());
    }

    void cancels()
    {
        auto s = loadPreset("pmis-2025");
        QVERIFY(s);
        s->students = 2'000'000;
        s->interactions = 20'000'000;
        GenerateJob job;
        QSignalSpy progress(&job, &GenerateJob::progress);
        QSignalSpy finished(&job, &GenerateJob::finished);
        QSignalSpy cancelled(&job, &GenerateJob::cancelled);
        connect(&job, &GenerateJob::progress, &job, &GenerateJob::cancel);
        job.start(*s);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(progress.count() >= 1);
        QVERIFY(!job.isRunning());
    }

    // A generation starts at once while the quality report and the recommender's training (and
    // anything else on Qt's shared pool) hold every thread they may use.
    void startsWhileLongWorkHoldsTheOtherThreads()
    {
        auto s = loadPreset("demo-small");
        QVERIFY(s);
        QSemaphore release;
        const auto hold = [&release](QThreadPool *pool) {
            for (int i = 0; i < std::max(2, pool->maxThreadCount()); ++i)
                pool->start([&release] { release.acquire(); });
            return std::max(2, pool->maxThreadCount());
        };
        int held = hold(jobPool(JobKind::Quality));
        held += hold(jobPool(JobKind::Recommender));
        held += hold(QThreadPool::globalInstance());
        GenerateJob job;
        QSignalSpy finished(&job, &GenerateJob::finished);
        job.start(*s);
        const bool done = finished.wait(30000);
        release.release(held);
        jobPool(JobKind::Quality)->waitForDone();
        jobPool(JobKind::Recommender)->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(done);
    }

    void reportsFailure()
    {
        Scenario s; // an empty scenario cannot be generated
        GenerateJob job;
        QSignalSpy failed(&job, &GenerateJob::failed);
        QSignalSpy finished(&job, &GenerateJob::finished);
        job.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + finished.count() == 1, 10000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }
};

QTEST_MAIN(TestGenerateJob)
#include "test_generate_job.moc"
