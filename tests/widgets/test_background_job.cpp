#include "widgets/studio/background_job.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <stdexcept>

using namespace pmis;

class TestBackgroundJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Progress at most once per percent and phase, then finished with the work's value, which
    // is handed over once.
    void finishesWithItsValue()
    {
        BackgroundJob job(JobKind::Compare);
        QSignalSpy started(&job, &BackgroundJob::started);
        QSignalSpy progress(&job, &BackgroundJob::progress);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        job.start([](const ProgressFn &report, std::string &) -> std::any {
            report(0.501, "reading");
            report(0.502, "reading"); // the same percent and phase: not signalled again
            report(0.503, "checking");
            return 42;
        });
        QCOMPARE(started.count(), 1);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.isRunning());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(0).at(1).toString(), QStringLiteral("reading"));
        QCOMPARE(progress.at(1).at(1).toString(), QStringLiteral("checking"));
        QCOMPARE(std::any_cast<int>(job.result()), 42);
        QCOMPARE(std::any_cast<int>(job.takeResult()), 42);
        QVERIFY(!job.result().has_value());
        QVERIFY(job.seconds() >= 0);
    }

    void failsWithTheWorksSentence()
    {
        BackgroundJob job(JobKind::Compare);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start([](const ProgressFn &, std::string &error) -> std::any {
            error = "/tmp/x: the disk is full";
            return {};
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("/tmp/x: the disk is full"));
        QCOMPARE(finished.count(), 0);

        // No sentence from the work: still a failure in words, never an empty message.
        job.start([](const ProgressFn &, std::string &) -> std::any { return {}; });
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(1).at(0).toString().isEmpty());
    }

    // Cancel makes the progress callback return false; the run then reports cancelled, once.
    void cancelEndsTheRunOnce()
    {
        BackgroundJob job(JobKind::Compare);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QSemaphore running;
        job.start([&running](const ProgressFn &report, std::string &) -> std::any {
            running.release();
            for (int i = 0; i < 1'000'000; ++i) {
                if (!report(0.1, "waiting"))
                    return {};
                QThread::msleep(1);
            }
            return 1;
        });
        QVERIFY(running.tryAcquire(1, 10000));
        job.cancel();
        QVERIFY(cancelled.wait(10000));
        QTest::qWait(50);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count() + failed.count(), 0);
    }

    // By default a start while a run is in progress is ignored.
    void ignoresAStartWhileRunning()
    {
        BackgroundJob job(JobKind::Compare);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSemaphore release;
        std::atomic<bool> secondRan{false};
        job.start([&release](const ProgressFn &, std::string &) -> std::any {
            release.acquire();
            return 1;
        });
        job.start([&secondRan](const ProgressFn &, std::string &) -> std::any {
            secondRan = true;
            return 2;
        });
        release.release();
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(std::any_cast<int>(job.result()), 1);
        QVERIFY(!secondRan);
    }

    // Supersede: the running work is cancelled and reports nothing, not even its progress; the
    // newest run reports.
    void supersededRunReportsNothing()
    {
        BackgroundJob job(JobKind::Compare, nullptr, BackgroundJob::WhileRunning::Supersede);
        QSignalSpy progress(&job, &BackgroundJob::progress);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSemaphore firstStarted, release;
        std::atomic<bool> firstSawCancel{false};
        job.start([&](const ProgressFn &report, std::string &) -> std::any {
            firstStarted.release();
            release.acquire();
            firstSawCancel = !report(0.7, "old");
            return 1;
        });
        QVERIFY(firstStarted.tryAcquire(1, 10000));
        job.start([](const ProgressFn &report, std::string &) -> std::any {
            report(0.3, "new");
            return 2;
        });
        release.release();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(firstSawCancel); // the old run has reported its progress by now...
        QTest::qWait(100);           // ...and its queued signals, had it any, have arrived
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(std::any_cast<int>(job.result()), 2);
        for (const auto &args : progress)
            QCOMPARE(args.at(1).toString(), QStringLiteral("new"));
    }

    // Work that throws fails in words; it is neither lost nor reported as cancelled.
    void throwingWorkFails()
    {
        BackgroundJob job(JobKind::Compare);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        job.start([](const ProgressFn &, std::string &) -> std::any {
            throw std::runtime_error("the table has no column 'cgpa'");
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the table has no column 'cgpa'"));
        QCOMPARE(cancelled.count(), 0);
    }

    // A cancel that comes after the work has done its part: by default the run is cancelled
    // (a generation is dropped); with setLateCancelKeepsResult it finished (an export's files are
    // in place and are reported).
    void lateCancel_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("dropped") << false;
        QTest::newRow("kept") << true;
    }

    void lateCancel()
    {
        QFETCH(bool, keep);
        BackgroundJob job(JobKind::Compare);
        job.setLateCancelKeepsResult(keep);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSemaphore done, release;
        job.start([&](const ProgressFn &, std::string &) -> std::any {
            done.release(); // the work is complete; it no longer asks whether to stop
            release.acquire();
            return 7;
        });
        QVERIFY(done.tryAcquire(1, 10000));
        job.cancel();
        release.release();
        QTRY_COMPARE(finished.count() + cancelled.count(), 1);
        QCOMPARE(finished.count(), keep ? 1 : 0);
        if (keep)
            QCOMPARE(std::any_cast<int>(job.result()), 7);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "test_background_job.moc"
