// The import job: a folder the studio exported comes back whole, with its scenario as targets; a
// damaged file comes back with issues; a missing folder fails with its path; cancel cancels.
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/import_job.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pmis;

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pmis::ImportedDataset>();
        m_scenario = *loadPreset("demo-small");
        auto data = generateDataset(m_scenario, {2, {}});
        QVERIFY(data.isOk());
        QVERIFY(exportCsvFolder(*data, m_scenario,
                                m_dir.filePath(QStringLiteral("good")).toStdString())
                        .isOk());
    }

    void importsAnExportedFolder()
    {
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(m_dir.filePath(QStringLiteral("good")));
        QVERIFY(finished.wait(30000));
        const auto result = finished.front().front().value<ImportedDataset>();
        QCOMPARE(result.dataset->students.rowCount(), std::size_t(500));
        QCOMPARE(result.dataset->interactions.rowCount(), std::size_t(5000));
        QVERIFY(result.scenario.has_value());
        QCOMPARE(result.scenario->name, std::string("demo-small"));
        QVERIFY(result.hasTargets);
        QCOMPARE(result.errors, std::size_t(0));
    }

    void damagedFileGivesIssues()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name :
             QDir(m_dir.filePath(QStringLiteral("good"))).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("good/") + name),
                                folder + QLatin1Char('/') + name));
        QFile students(folder + QStringLiteral("/enhanced_students.csv"));
        QVERIFY(students.open(QIODevice::Append));
        students.write("STU_99999,Tier-1,IIT Delhi,not-a-number\r\n");
        students.close();
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(folder);
        QVERIFY(finished.wait(30000));
        const auto result = finished.front().front().value<ImportedDataset>();
        QVERIFY(result.errors > 0);
        QVERIFY(!result.issues.isEmpty());
        QVERIFY2(result.issues.front().contains(QLatin1String("enhanced_students.csv:502")),
                 qPrintable(result.issues.front()));
        QCOMPARE(result.dataset->students.rowCount(), std::size_t(501)); // the rest still loads
    }

    void missingFolderFails()
    {
        ImportJob job;
        QSignalSpy failed(&job, &ImportJob::failed);
        job.start(QStringLiteral("/nonexistent/pmis-data"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(
                failed.front().front().toString().contains(QLatin1String("/nonexistent/pmis-data")),
                qPrintable(failed.front().front().toString()));
    }

private:
    QTemporaryDir m_dir;
    Scenario m_scenario;
};

QTEST_MAIN(TestImportJob)
#include "test_import_job.moc"
