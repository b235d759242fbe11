#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/export_job.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pmis;

class TestExportJob : public QObject
{
    Q_OBJECT
private:
    ExportRequest m_base;

    static int lineCount(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(f.readAll().count('\n'));
    }

    // Runs the export `r` (into a JSON file) and reads back what it wrote.
    static QJsonObject exportedJson(const ExportRequest &r)
    {
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start(r);
        if (!finished.wait(30000))
            return {};
        QFile f(r.path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto s = loadPreset("demo-small");
        QVERIFY(s);
        auto d = generateDataset(*s);
        QVERIFY(d);
        m_base.dataset = std::make_shared<const Dataset>(d.takeValue());
        m_base.scenario = *s;
    }

    void fileExportsCreateMissingFolders_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("table") << int(ExportScope::CurrentTable) << QStringLiteral("csv")
                               << QStringLiteral("enhanced_students.csv");
        QTest::newRow("sqlite") << int(ExportScope::AllTables) << QStringLiteral("sqlite")
                                << QStringLiteral("pmis.sqlite");
        QTest::newRow("metadata") << int(ExportScope::AllTables) << QStringLiteral("json")
                                  << QStringLiteral("meta.json");
    }

    void fileExportsCreateMissingFolders()
    {
        QFETCH(int, scope);
        QFETCH(QString, format);
        QFETCH(QString, name);
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope(scope), format.toStdString()};
        r.table = QStringLiteral("students");
        r.path = dir.filePath(QStringLiteral("new/deeper/") + name);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("new"))).exists());
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start(r);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(QFile::exists(r.path));
    }

    void writesAllTables()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::AllTables, "csv"};
        r.path = dir.filePath(QStringLiteral("out"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progress);
        job.start(r);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toStringList().size(), 6);
        QVERIFY(progress.count() > 0);
        for (const char *t : {"companies", "students", "internships", "interactions", "outcomes"}) {
            const QString path = QDir(r.path).filePath(QString::fromStdString(csvFileName(t)));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(lineCount(path), int(r.dataset->find(t)->rowCount()) + 1);
        }
        QVERIFY(QFile::exists(QDir(r.path).filePath(QString::fromLatin1(kMetadataFileName))));
    }

    void writesTheShownRowsOfOneTable()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::CurrentTable, "csv"};
        r.table = QStringLiteral("students");
        r.rows = std::make_shared<const std::vector<std::uint32_t>>(
                std::vector<std::uint32_t>{9, 0, 4});
        r.path = dir.filePath(QStringLiteral("shown.csv"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start(r);
        QVERIFY(finished.wait(30000));
        QCOMPARE(lineCount(r.path), 4);
        QFile f(r.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[1].startsWith("STU_00010,"));
        QVERIFY(lines[2].startsWith("STU_00001,"));
    }

    void writesMetadata()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::AllTables, "json"};
        r.path = dir.filePath(QStringLiteral("meta.json"));
        const QJsonObject meta = exportedJson(r);
        QVERIFY(meta.contains(QStringLiteral("scenario")));
        // The job computes the quality report the metadata carry.
        QVERIFY(meta.value(QStringLiteral("quality"))
                        .toObject()
                        .contains(QStringLiteral("summary")));
    }

    // Imported data without a scenario of their own: the metadata say where they came from and
    // hold no target vs realized shares (the open scenario is not theirs).
    void importedDataAreNotComparedWithTheOpenScenario()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::AllTables, "json"};
        r.path = dir.filePath(QStringLiteral("meta.json"));
        r.origin = QStringLiteral("imported from /data/pilot");
        const QJsonObject meta = exportedJson(r);
        QCOMPARE(meta.value(QStringLiteral("selection")).toString(), r.origin);
        QVERIFY(meta.value(QStringLiteral("distributions")).toArray().isEmpty());
        // The generated data's own metadata do compare.
        r.origin.clear();
        const QJsonObject own = exportedJson(r);
        QVERIFY(own.contains(QStringLiteral("scenario")));
        QVERIFY(!own.contains(QStringLiteral("selection")));
        QVERIFY(!own.value(QStringLiteral("distributions")).toArray().isEmpty());
    }

    void writesSqlite()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::AllTables, "sqlite"};
        r.path = dir.filePath(QStringLiteral("data.sqlite"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start(r);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 30000);
        QCOMPARE(failed.count(), 0);
        QFile f(r.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16).startsWith("SQLite format 3"));
    }

    void failureNamesTheFile()
    {
        ExportRequest r = m_base;
        r.choice = {ExportScope::CurrentTable, "csv"};
        r.table = QStringLiteral("students");
        // A folder cannot be made under a file, even by root.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        r.path = file + QStringLiteral("/sub/x.csv");
        ExportJob job;
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start(r);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).toString().contains(file),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void cancels()
    {
        QTemporaryDir dir;
        ExportRequest r = m_base;
        r.choice = {ExportScope::AllTables, "csv"};
        r.path = dir.filePath(QStringLiteral("out"));
        ExportJob job;
        QSignalSpy cancelled(&job, &ExportJob::cancelled);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start(r);
        job.cancel(); // before the first progress check: nothing is written
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() + finished.count() == 1, 30000);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!QFile::exists(QDir(r.path).filePath(QStringLiteral("enhanced_students.csv"))));
    }
};

QTEST_MAIN(TestExportJob)
#include "test_export_job.moc"
