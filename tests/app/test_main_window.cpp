#include "app/studio/main_window.h"
#include "core/io/dataset_export.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pmis;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PMIS-test"));
        QCoreApplication::setApplicationName(QStringLiteral("studio-test"));
        QSettings().clear();
    }

    void opensWithPresetGeneratesAndExports()
    {
        MainWindow window;
        window.show();
        QCOMPARE(QString::fromStdString(window.document()->scenario().name),
                 QStringLiteral("pmis-2025"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("pmis-2025")));
        QVERIFY(!window.isWindowModified());

        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        QSignalSpy overview(window.overviewTab(), &OverviewTab::updated);
        window.generate();
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.dataTab()->currentTableName(), QStringLiteral("students"));
        QCOMPARE(window.dataTab()->model()->rowCount(), 5000);
        QVERIFY(window.statusSummary().contains(QStringLiteral("seed 42")));
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() == 1, 20000);

        QTemporaryDir dir;
        QSignalSpy exported(window.exportJob(), &ExportJob::finished);
        const QString folder = dir.filePath(QStringLiteral("export"));
        window.startExport(ExportRequest::Kind::AllTablesCsv, folder);
        QVERIFY(exported.wait(30000));
        for (const char *t : {"companies", "students", "internships", "interactions", "outcomes"})
            QVERIFY(QFile::exists(QDir(folder).filePath(QString::fromStdString(csvFileName(t)))));
        QVERIFY(QFile::exists(QDir(folder).filePath(QString::fromLatin1(kMetadataFileName))));
    }

    void titleShowsModifiedMark()
    {
        MainWindow window;
        Scenario s = window.document()->scenario();
        s.seed = 1234;
        QVERIFY(window.document()->applyEdit(QStringLiteral("seed"), s).isEmpty());
        QVERIFY(window.isWindowModified());
        window.document()->undoStack()->undo();
        QVERIFY(!window.isWindowModified());
    }

    void cancelKeepsThePreviousDataset()
    {
        MainWindow window;
        QSignalSpy finished(window.generateJob(), &GenerateJob::finished);
        window.generate();
        QVERIFY(finished.wait(60000));
        const auto before = window.document()->dataset();
        Scenario s = window.document()->scenario();
        s.students = 2'000'000;
        s.interactions = 20'000'000;
        QVERIFY(window.document()->applyEdit(QStringLiteral("big"), s).isEmpty());
        QSignalSpy cancelled(window.generateJob(), &GenerateJob::cancelled);
        window.generate();
        window.cancelJob();
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(window.document()->dataset(), before);
        QCOMPARE(window.dataTab()->model()->rowCount(), 5000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
