// pmis-gen as a user runs it: byte-identical output for any thread count, one-line errors with
// non-zero exit codes, progress on stderr, and the README's data dictionary in step with the schemas.
#include "tests/core/pmis_gen_runner.h"

#include <QtTest>

using pmis::test::pmisGen;
using pmis::test::Run;

namespace {

QMap<QString, QByteArray> folderHashes(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile f(dir + QLatin1Char('/') + name);
        f.open(QIODevice::ReadOnly);
        out[name] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalAcrossThreads_data();
    void identicalAcrossThreads();
    void seedChangesData();
    void errors_data();
    void errors();
    void progressAndSummary();
    void targetNotMetExitsOne();
    void countsBeyondMemory();
    void versionAndHelp();
    void readmeDictionaryInStep();

private:
    QTemporaryDir m_dir;
};

void TestCli::identicalAcrossThreads_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("demo-small") << "demo-small";
    QTest::newRow("pmis-2025") << "pmis-2025";
}

void TestCli::identicalAcrossThreads()
{
    QFETCH(QString, preset);
    QMap<QString, QByteArray> first;
    for (const QString &threads : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        const QString out = m_dir.filePath(preset + QLatin1Char('-') + threads);
        const Run r = pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"), preset,
                               QStringLiteral("--threads"), threads, QStringLiteral("--out"), out,
                               QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const auto hashes = folderHashes(out);
        QCOMPARE(hashes.size(), 6);
        if (first.isEmpty())
            first = hashes;
        else
            QCOMPARE(hashes, first);
    }
}

void TestCli::seedChangesData()
{
    const QString a = m_dir.filePath(QStringLiteral("seed7")),
                  b = m_dir.filePath(QStringLiteral("seed8"));
    QCOMPARE(pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"),
                      QStringLiteral("demo-small"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--out"), a, QStringLiteral("--quiet")})
                     .exitCode,
             0);
    QCOMPARE(pmisGen({QStringLiteral("generate"), QStringLiteral("--preset=demo-small"),
                      QStringLiteral("--seed=8"), QStringLiteral("--out"), b,
                      QStringLiteral("--quiet")})
                     .exitCode,
             0);
    const auto ha = folderHashes(a), hb = folderHashes(b);
    QVERIFY(ha[QStringLiteral("enhanced_students.csv")]
            != hb[QStringLiteral("enhanced_students.csv")]);
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString g = QStringLiteral("generate");
    QTest::newRow("no command") << QStringList{} << 2 << "usage: pmis-gen";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("make")} << 2
                                     << "pmis-gen: unknown command 'make' (see --help)";
    QTest::newRow("unknown option") << QStringList{g, QStringLiteral("--colour")} << 2
                                    << "pmis-gen: unknown option --colour (see --help)";
    QTest::newRow("missing value") << QStringList{g, QStringLiteral("--seed")} << 2
                                   << "pmis-gen: option --seed needs a value";
    QTest::newRow("unknown preset")
            << QStringList{g, QStringLiteral("--preset"), QStringLiteral("pmis-1999")} << 1
            << "pmis-gen: unknown preset \"pmis-1999\"; expected one of pmis-2025, demo-small";
    QTest::newRow("bad seed") << QStringList{g, QStringLiteral("--seed"), QStringLiteral("-3")} << 1
                              << "pmis-gen: --seed: '-3' is not a whole number >= 0";
    QTest::newRow("bad count") << QStringList{g, QStringLiteral("--students"), QStringLiteral("0")}
                               << 1 << "pmis-gen: --students: '0' is not a whole number > 0";
    QTest::newRow("bad rate") << QStringList{g, QStringLiteral("--success-rate"),
                                             QStringLiteral("1")}
                              << 1 << "pmis-gen: --success-rate: '1' is not a number in (0, 1)";
    QTest::newRow("bad threads")
            << QStringList{g, QStringLiteral("--threads"), QStringLiteral("zero")} << 2
            << "pmis-gen: --threads: 'zero' is not a whole number in [1, 1024]";
    QTest::newRow("missing scenario")
            << QStringList{g, QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")}
            << 1
            << "pmis-gen: /nonexistent.json: cannot open for reading (No such file or directory)";
    QTest::newRow("unwritable folder")
            << QStringList{g, QStringLiteral("--preset=demo-small"), QStringLiteral("--out"),
                           QStringLiteral("/proc/pmis-out"), QStringLiteral("--quiet")}
            << 1 << "pmis-gen: /proc/pmis-out: cannot create the folder";
    QTest::newRow("both sources") << QStringList{g, QStringLiteral("--preset=demo-small"),
                                                 QStringLiteral("--scenario=x.json")}
                                  << 1 << "pmis-gen: --preset and --scenario exclude each other";
    QTest::newRow("stray argument") << QStringList{g, QStringLiteral("extra")} << 2
                                    << "pmis-gen: unexpected argument 'extra' (see --help)";
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = pmisGen(args);
    QCOMPARE(r.exitCode, code);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    if (!args.isEmpty())
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
}

void TestCli::progressAndSummary()
{
    const QString out = m_dir.filePath(QStringLiteral("progress"));
    const Run r = pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"),
                           QStringLiteral("demo-small"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("generating interactions")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("100%")));
    QVERIFY(r.err.contains(QLatin1String("wrote ")));
    // A scenario file works like a preset.
    const QString scenario = m_dir.filePath(QStringLiteral("bad.pmis.json"));
    QFile f(scenario);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"schema_version\": 1, \"name\": \"x\"}");
    f.close();
    const Run bad = pmisGen({QStringLiteral("generate"), QStringLiteral("--scenario"), scenario});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.startsWith(QStringLiteral("pmis-gen: ") + scenario
                                + QStringLiteral(": $.seed: missing required key")),
             qPrintable(bad.err));
}

// One seat per internship cannot give 35% of the applications a place: the data are written, the
// run exits 1 and names the failing check.
void TestCli::targetNotMetExitsOne()
{
    QFile preset(QStringLiteral(PMIS_SOURCE_DIR "/resources/presets/demo-small.json"));
    QVERIFY(preset.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(preset.readAll()).object();
    QJsonObject internships = doc[QStringLiteral("internships")].toObject();
    QJsonObject positions = internships[QStringLiteral("positions")].toObject();
    for (const QString &size : positions.keys())
        positions[size] = QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 1}};
    internships[QStringLiteral("positions")] = positions;
    doc[QStringLiteral("internships")] = internships;
    QJsonObject outcomes = doc[QStringLiteral("outcomes")].toObject();
    outcomes[QStringLiteral("success_rate")] = 0.35;
    doc[QStringLiteral("outcomes")] = outcomes;
    const QString scenario = m_dir.filePath(QStringLiteral("one-seat.json"));
    QFile f(scenario);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();

    const QString out = m_dir.filePath(QStringLiteral("one-seat"));
    const Run r = pmisGen({QStringLiteral("generate"), QStringLiteral("--scenario"), scenario,
                           QStringLiteral("--out"), out, QStringLiteral("--quiet")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("pmis-gen: the data were written to ") + out),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("outcome.success_rate")), qPrintable(r.err));
    QVERIFY(QFile::exists(out + QStringLiteral("/enhanced_outcomes.csv")));
    // The same scenario with an attainable rate passes.
    outcomes[QStringLiteral("success_rate")] = 0.02;
    doc[QStringLiteral("outcomes")] = outcomes;
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    const Run ok = pmisGen({QStringLiteral("generate"), QStringLiteral("--scenario"), scenario,
                            QStringLiteral("--out"), out, QStringLiteral("--quiet")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
}

// Counts the rules accept but this process cannot hold end in one plain error, not an abort.
void TestCli::countsBeyondMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("an address-space limit cannot be combined with AddressSanitizer's shadow memory");
#else
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    QProcess p;
    p.start(QStringLiteral("prlimit"),
            {QStringLiteral("--as=1500000000"), QStringLiteral(PMIS_GEN_EXE),
             QStringLiteral("generate"), QStringLiteral("--preset"), QStringLiteral("demo-small"),
             QStringLiteral("--students"), QStringLiteral("50000000"), QStringLiteral("--quiet"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("huge"))});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.startsWith(
                     QLatin1String("pmis-gen: not enough memory to generate 50000000 students")),
             qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
#endif
}

void TestCli::versionAndHelp()
{
    const Run v = pmisGen({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QLatin1String("pmis-gen ")));
    const Run h = pmisGen({QStringLiteral("generate"), QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains(QLatin1String("--threads N")));
}

void TestCli::readmeDictionaryInStep()
{
    QFile readme(QStringLiteral(PMIS_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString begin = QStringLiteral("<!-- data-dictionary:begin -->\n");
    const QString end = QStringLiteral("<!-- data-dictionary:end -->");
    const auto from = text.indexOf(begin), to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "README.md lacks the data dictionary markers");
    const QString copy = text.mid(from + begin.size(), to - from - begin.size());
    const Run r = pmisGen({QStringLiteral("schema"), QStringLiteral("--markdown")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(copy == r.out,
             "README.md's data dictionary differs from 'pmis-gen schema --markdown'; "
             "run scripts/update-readme-dictionary.sh");
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
