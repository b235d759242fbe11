// CSV output: RFC 4180 quoting round trips (commas, quotes, CR, LF), formula neutralisation only
// on text cells, ground truth left out unless asked for, and atomic replacement.
#include "core/gen/generator.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"

#include <QtTest>

using namespace pmis;

namespace {

// A strict RFC 4180 reader for the round trip: records of fields, CRLF record ends.
std::vector<std::vector<std::string>> parseCsv(const std::string &text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            fieldStarted = false;
            rows.emplace_back();
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

ColumnSpec spec(std::string name, ColumnType type)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = type;
    s.decimals = 1;
    return s;
}

Table textTable(const std::vector<std::string> &values)
{
    Table t;
    t.name = std::string("t");
    t.add(spec("id", ColumnType::Int64));
    t.add(spec("text", ColumnType::Text));
    t.add(spec("value", ColumnType::Double));
    Column &ids = t.columns[0], &texts = t.columns[1], &reals = t.columns[2];
    for (std::size_t i = 0; i < values.size(); ++i) {
        ids.ints.push_back(std::int64_t(i));
        texts.texts.push_back(values[i]);
        reals.reals.push_back(-1.5 * double(i));
    }
    return t;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void roundTrip();
    void formulas();
    void groundTruthOnRequest();
    void exportFolderAndHashes();
    void failedWriteKeepsOldFile();
};

void TestCsv::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "IIT Delhi"
                           << "IIT Delhi";
    QTest::newRow("comma") << "python, sql"
                           << "\"python, sql\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("devanagari") << "नमस्ते"
                                << "नमस्ते";
}

void TestCsv::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    std::string out;
    appendCsvField(out, field.toStdString());
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestCsv::roundTrip()
{
    const std::vector<std::string> values
            = {"plain", "a,b",      "\"quoted\"",        "line\nbreak", "cr\rlf\r\n",
               "",      " spaced ", "mixed \"x\", y\nz", "ऑनलाइन"};
    const Table t = textTable(values);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("t.csv")).toStdString();
    auto written = writeCsvFile(path, t, CsvOptions{});
    QVERIFY2(written.isOk(), written.error().c_str());
    QCOMPARE(written->rows, values.size());
    const auto rows = parseCsv(*readWholeFile(path));
    QCOMPARE(rows.size(), values.size() + 1);
    QCOMPARE(rows[0], (std::vector<std::string>{"id", "text", "value"}));
    for (std::size_t i = 0; i < values.size(); ++i) {
        QCOMPARE(rows[i + 1].size(), std::size_t(3));
        QCOMPARE(rows[i + 1][1], values[i]);
    }
}

void TestCsv::formulas()
{
    const Table t = textTable({"=SUM(A1:A9)", "+91 98", "-cmd", "@import", "\tx", "safe=1"});
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("f.csv")).toStdString();
    QVERIFY(writeCsvFile(path, t, CsvOptions{}).isOk());
    auto rows = parseCsv(*readWholeFile(path));
    QCOMPARE(rows[1][1], std::string("'=SUM(A1:A9)"));
    QCOMPARE(rows[2][1], std::string("'+91 98"));
    QCOMPARE(rows[3][1], std::string("'-cmd"));
    QCOMPARE(rows[4][1], std::string("'@import"));
    QCOMPARE(rows[5][1], std::string("'\tx"));
    QCOMPARE(rows[6][1], std::string("safe=1"));
    QCOMPARE(rows[2][2], std::string("-1.5")); // numbers are never touched
    CsvOptions raw;
    raw.neutraliseFormulas = false;
    QVERIFY(writeCsvFile(path, t, raw).isOk());
    rows = parseCsv(*readWholeFile(path));
    QCOMPARE(rows[1][1], std::string("=SUM(A1:A9)"));
}

void TestCsv::groundTruthOnRequest()
{
    auto s = loadPreset("demo-small");
    auto d = generateDataset(*s, {2, {}});
    QVERIFY(d.isOk());
    const auto without = exportedColumns(d->outcomes, CsvOptions{});
    CsvOptions with;
    with.includeGroundTruth = true;
    const auto all = exportedColumns(d->outcomes, with);
    QCOMPARE(all.size(), without.size() + 1);
    for (std::size_t c : without)
        QVERIFY(d->outcomes.columns[c].spec.name != "true_probability");
}

void TestCsv::exportFolderAndHashes()
{
    auto s = loadPreset("demo-small");
    auto d = generateDataset(*s, {2, {}});
    QTemporaryDir dir;
    auto summary = exportCsvFolder(*d, *s, dir.path().toStdString());
    QVERIFY2(summary.isOk(), summary.error().c_str());
    QCOMPARE(summary->files.size(), std::size_t(6));
    const QStringList expected = {
            QStringLiteral("datasets_metadata.json"),    QStringLiteral("enhanced_companies.csv"),
            QStringLiteral("enhanced_interactions.csv"), QStringLiteral("enhanced_internships.csv"),
            QStringLiteral("enhanced_outcomes.csv"),     QStringLiteral("enhanced_students.csv")};
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
             expected); // no temporary files left
    const QByteArray meta = [&] {
        QFile f(dir.filePath(QStringLiteral("datasets_metadata.json")));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const QJsonObject root = QJsonDocument::fromJson(meta).object();
    QCOMPARE(
            root.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("seed")).toInt(),
            42);
    for (const QJsonValue &file : root.value(QStringLiteral("files")).toArray()) {
        QFile f(dir.filePath(file.toObject().value(QStringLiteral("name")).toString()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray hash
                = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromLatin1(hash),
                 file.toObject().value(QStringLiteral("sha256")).toString());
    }
}

void TestCsv::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("keep.csv")).toStdString();
    QVERIFY(writeFileAtomically(path, "old contents\n").isOk());
    const Table t = textTable({"a", "b", "c"});
    int calls = 0;
    auto cancelled = writeCsvFile(path, t, CsvOptions{}, nullptr,
                                  [&](double, const std::string &) { return ++calls > 5; });
    QVERIFY(cancelled.isCancelled());
    QCOMPARE(*readWholeFile(path), std::string("old contents\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
             1); // the temporary file is gone
    auto bad = writeCsvFile("/nonexistent-folder/x.csv", t, CsvOptions{});
    QVERIFY(!bad.isOk());
    QVERIFY(QString::fromStdString(bad.error())
                    .startsWith(QStringLiteral("/nonexistent-folder/x.csv: cannot create a file")));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
