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

// The CSV field of a cell as RFC 4180 and the neutralisation define it, written the plain way: the
// writer's faster paths must give the same bytes.
std::string referenceField(const Column &column, std::size_t row, bool neutralise)
{
    std::string text = column.text(row);
    const ColumnType type = column.spec.type;
    const bool isText = type == ColumnType::Text || type == ColumnType::Category
                        || type == ColumnType::StringList || type == ColumnType::Id;
    if (neutralise && isText && !text.empty()
        && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
        text.insert(text.begin(), '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// A table with a column of every type, holding values that need quoting, neutralising or both,
// and nulls.
Table hostileTable()
{
    const std::vector<std::string> words
            = {"plain", "=cmd", "a,b", "say \"hi\"", "-1", "", "line\nbreak", "@x", "\tx", "नमस्ते"};
    Table t;
    t.name = std::string("hostile");
    for (ColumnType type :
         {ColumnType::Int64, ColumnType::Double, ColumnType::Category, ColumnType::Text,
          ColumnType::Timestamp, ColumnType::Date, ColumnType::Bool, ColumnType::StringList})
        t.add(spec(std::string(columnTypeName(type)), type));
    const std::vector<std::string> prefixes = {"STU_", "", "=X", "a,b", "q\"", "-"};
    for (std::size_t p = 0; p < prefixes.size(); ++p) {
        ColumnSpec id = spec("id" + std::to_string(p), ColumnType::Id);
        id.idPrefix = prefixes[p];
        id.idWidth = int(p);
        t.add(id);
    }
    const std::size_t rows = 60;
    for (Column &c : t.columns) {
        if (c.spec.type == ColumnType::Category || c.spec.type == ColumnType::StringList)
            c.dict = words;
        if (c.spec.type == ColumnType::StringList)
            c.offsets.push_back(0);
        for (std::size_t r = 0; r < rows; ++r) {
            const auto signedRow = std::int64_t(r) - 20;
            switch (c.spec.type) {
            case ColumnType::Double:
                c.reals.push_back(r == 7   ? std::numeric_limits<double>::infinity()
                                  : r == 8 ? std::numeric_limits<double>::quiet_NaN()
                                           : -0.37 * double(signedRow));
                break;
            case ColumnType::Category:
                c.codes.push_back(std::int32_t(r % words.size()));
                break;
            case ColumnType::Text:
                c.texts.push_back(words[r % words.size()] + words[(r / 3) % words.size()]);
                break;
            case ColumnType::StringList:
                for (std::size_t i = 0; i < r % 4; ++i)
                    c.codes.push_back(std::int32_t((r + 3 * i) % words.size()));
                c.offsets.push_back(std::uint32_t(c.codes.size()));
                break;
            case ColumnType::Timestamp:
            case ColumnType::Date:
                // Years far outside 0000-9999 too, whose digits are not digits.
                c.ints.push_back(signedRow * 86400 * 365 * (r % 5 == 0 ? 700 : 1) + 3671);
                break;
            case ColumnType::Bool:
                c.ints.push_back(std::int64_t(r % 2));
                break;
            default:
                c.ints.push_back(r == 5 ? -42 : signedRow * 1'000'003);
            }
        }
        c.nulls.assign(rows, 0);
        for (std::size_t r = c.spec.name.size() % 7; r < rows; r += 11)
            c.nulls[r] = 1;
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
    void everyColumnTypeAsItsText();
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

void TestCsv::everyColumnTypeAsItsText()
{
    const Table t = hostileTable();
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("h.csv")).toStdString();
    for (bool neutralise : {true, false}) {
        for (int threads : {1, 2}) {
            std::string expected;
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                if (c)
                    expected += ',';
                std::string name;
                appendCsvField(name, t.columns[c].spec.name);
                expected += name;
            }
            expected += "\r\n";
            for (std::size_t r = 0; r < t.rowCount(); ++r) {
                for (std::size_t c = 0; c < t.columns.size(); ++c) {
                    if (c)
                        expected += ',';
                    expected += referenceField(t.columns[c], r, neutralise);
                }
                expected += "\r\n";
            }
            CsvOptions options;
            options.neutraliseFormulas = neutralise;
            options.threads = threads;
            auto written = writeCsvFile(path, t, options);
            QVERIFY2(written.isOk(), written.error().c_str());
            const std::string actual = *readWholeFile(path);
            QCOMPARE(actual.size(), expected.size());
            QVERIFY(actual == expected);
        }
    }
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
