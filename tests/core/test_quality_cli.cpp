// pmis-gen validate, import and --format as a user runs them: exit codes, the report as a table or
// JSON, and the files each format writes.
#include "tests/core/pmis_gen_runner.h"

#include <QtTest>

using pmis::test::pmisGen;
using pmis::test::Run;

namespace {

const QString kLegacy = QStringLiteral(PMIS_TEST_DATA "/legacy");

} // namespace

class TestQualityCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateGeneratedPasses();
    void validateLegacyFails();
    void validateJson();
    void validateAgainstAPreset();
    void formats();
    void importToSqliteAndFolder();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestQualityCli::validateGeneratedPasses()
{
    const QString out = m_dir.filePath(QStringLiteral("generated"));
    QCOMPARE(pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"),
                      QStringLiteral("demo-small"), QStringLiteral("--out"), out,
                      QStringLiteral("--quiet")})
                     .exitCode,
             0);
    const Run r = pmisGen({QStringLiteral("validate"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("pass   distribution.students.college_tier")));
    QVERIFY2(r.out.contains(QStringLiteral("0 fail (targets: demo-small)")),
             qPrintable(r.out.right(200)));
}

void TestQualityCli::validateLegacyFails()
{
    const Run r = pmisGen({QStringLiteral("validate"), kLegacy, QStringLiteral("--problems")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("fail   integrity.id_prefixes")));
    QVERIFY(r.out.contains(QStringLiteral("fail   pileup.students.cgpa")));
    QVERIFY(!r.out.contains(QStringLiteral("pass   ")));
    QVERIFY(r.err.contains(QStringLiteral("import: 0 errors")));
    QVERIFY(r.err.contains(QStringLiteral("derived from the company names")));
}

void TestQualityCli::validateJson()
{
    const Run r = pmisGen({QStringLiteral("validate"), kLegacy, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isObject());
    const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
    QVERIFY(summary.value(QStringLiteral("fail")).toInt() >= 5);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
}

void TestQualityCli::validateAgainstAPreset()
{
    // The old files compared with the preset they were meant to follow: row counts differ.
    const Run r = pmisGen({QStringLiteral("validate"), kLegacy, QStringLiteral("--preset"),
                           QStringLiteral("pmis-2025"), QStringLiteral("--problems")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("fail   rows.students")));
    QVERIFY(r.out.contains(QStringLiteral("(targets: pmis-2025)")));
}

void TestQualityCli::formats()
{
    const QString out = m_dir.filePath(QStringLiteral("formats"));
    const Run r = pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"),
                           QStringLiteral("demo-small"), QStringLiteral("--format"),
                           QStringLiteral("sqlite,json"), QStringLiteral("--out"), out,
                           QStringLiteral("--quiet")});
    QCOMPARE(r.exitCode, 0);
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files, (QStringList{QStringLiteral("datasets_metadata.json"),
                                 QStringLiteral("pmis_dataset.sqlite")}));
    QFile meta(out + QStringLiteral("/datasets_metadata.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("quality"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("fail"))
                     .toInt(),
             0);
    QCOMPARE(pmisGen({QStringLiteral("validate"), out + QStringLiteral("/pmis_dataset.sqlite")})
                     .exitCode,
             0);
}

void TestQualityCli::importToSqliteAndFolder()
{
    const QString file = m_dir.filePath(QStringLiteral("legacy.sqlite"));
    Run r = pmisGen({QStringLiteral("import"), kLegacy, QStringLiteral("--out"), file,
                     QStringLiteral("--quiet")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(file));
    const QString folder = m_dir.filePath(QStringLiteral("legacy-csv"));
    r = pmisGen({QStringLiteral("import"), file, QStringLiteral("--out"), folder,
                 QStringLiteral("--quiet")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/enhanced_interactions.csv")));
    // The studio's own layout now, but the same defects: the report still fails them.
    r = pmisGen({QStringLiteral("validate"), folder, QStringLiteral("--problems")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("fail   integrity.id_prefixes")));
    QVERIFY(!r.out.contains(QStringLiteral("targets: pmis-2025"))); // imported data have no targets
}

void TestQualityCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate without a path")
            << QStringList{QStringLiteral("validate")} << QStringLiteral("validate needs one PATH");
    QTest::newRow("validate nowhere")
            << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/x")}
            << QStringLiteral("/nonexistent/x: no such file or folder");
    QTest::newRow("import without --out") << QStringList{QStringLiteral("import"), kLegacy}
                                          << QStringLiteral("import needs a PATH and --out TARGET");
    QTest::newRow("unknown format")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << QStringLiteral("--format: unknown format 'xml'");
}

void TestQualityCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = pmisGen(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestQualityCli)
#include "test_quality_cli.moc"
