// The registry of export formats: the built-in entries and their order, lookup, the --format list
// parsed through it, registration from outside core (duplicates and incomplete entries refused,
// concurrent registration), and the built-in entries writing what the direct calls write.
#include "core/io/exporters.h"

#include "core/data/schemas.h"
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <fstream>
#include <thread>

using namespace pmis;

namespace {

std::vector<std::string> ids(const std::vector<const Exporter *> &list)
{
    std::vector<std::string> out;
    for (const Exporter *e : list)
        out.push_back(e->id);
    return out;
}

// A format that writes one line naming the tables into one file.
Exporter lineExporter(const std::string &id)
{
    Exporter e;
    e.id = id;
    e.name = "Table list";
    e.description = "The table names, one a line";
    e.extension = ".txt";
    e.defaultName = "tables.txt";
    e.write = [](const ExportInput &input, const std::string &path,
                 const ProgressFn &progress) -> Result<std::vector<WrittenFile>> {
        if (progress && !progress(0.0, "tables"))
            return Status::cancelled();
        std::ofstream out(path);
        for (const Table *t : input.data->tables())
            out << t->name << '\n';
        if (!out)
            return Status::error(path + ": cannot write");
        WrittenFile file;
        file.path = path;
        return std::vector<WrittenFile>{file};
    };
    return e;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsInOrder();
    void lookup_data();
    void lookup();
    void parsesLists_data();
    void parsesLists();
    void refusesUnknownNames_data();
    void refusesUnknownNames();
    void namesAndExtensions();
    void rejectsBadRegistrations_data();
    void rejectsBadRegistrations();
    void builtInsWriteWhatTheDirectCallsWrite();
    void registeredExporterIsUsed();
    void concurrentRegistration();
};

void TestExporters::builtInsInOrder()
{
    const auto all = exporters();
    QVERIFY(all.size() >= 3);
    QCOMPARE(ids({all[0], all[1], all[2]}), (std::vector<std::string>{"csv", "json", "sqlite"}));
    // The order is stable: a second call lists the same entries at the same addresses.
    QCOMPARE(exporters(), all);
    QCOMPARE(exporterIds("or"), std::string("csv, json or sqlite"));
    for (const Exporter *e : all) {
        QVERIFY(!e->name.empty());
        QVERIFY(!e->description.empty());
        QVERIFY(!e->defaultName.empty());
        QVERIFY(e->write);
    }
    // The studio's choices: every scope of CSV, then the two single files.
    const std::vector<ExportChoice> expected{{ExportScope::AllTables, "csv"},
                                             {ExportScope::CurrentTable, "csv"},
                                             {ExportScope::SelectionWithRelated, "csv"},
                                             {ExportScope::AllTables, "json"},
                                             {ExportScope::AllTables, "sqlite"}};
    QVERIFY(exportChoices() == expected);
}

void TestExporters::lookup_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("found");
    QTest::newRow("csv") << "csv" << true;
    QTest::newRow("json") << "json" << true;
    QTest::newRow("sqlite") << "sqlite" << true;
    QTest::newRow("upper case") << "CSV" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("unknown") << "xml" << false;
    QTest::newRow("extension") << ".csv" << false;
}

void TestExporters::lookup()
{
    QFETCH(QString, id);
    QFETCH(bool, found);
    const Exporter *e = findExporter(id.toStdString());
    QCOMPARE(e != nullptr, found);
    if (e)
        QCOMPARE(e->id, id.toStdString());
}

void TestExporters::parsesLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one") << "sqlite" << QStringList{QStringLiteral("sqlite")};
    QTest::newRow("registry order")
            << "sqlite,json,csv"
            << QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("sqlite")};
    QTest::newRow("each once") << "csv,csv,sqlite,csv"
                               << QStringList{QStringLiteral("csv"), QStringLiteral("sqlite")};
    QTest::newRow("trailing comma") << "json," << QStringList{QStringLiteral("json")};
}

void TestExporters::parsesLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto parsed = parseExporterList(text.toStdString());
    QVERIFY2(parsed, parsed.error().c_str());
    QStringList got;
    for (const Exporter *e : *parsed)
        got << QString::fromStdString(e->id);
    QCOMPARE(got, expected);
}

void TestExporters::refusesUnknownNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "csv,xml"
                             << "unknown format 'xml'; expected csv, json or sqlite";
    QTest::newRow("case") << "CSV"
                          << "unknown format 'CSV'; expected csv, json or sqlite";
    QTest::newRow("empty name") << ",csv"
                                << "unknown format ''; expected csv, json or sqlite";
    QTest::newRow("none") << ""
                          << "expected csv, json and/or sqlite";
}

void TestExporters::refusesUnknownNames()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto parsed = parseExporterList(text.toStdString());
    QVERIFY(!parsed);
    QCOMPARE(QString::fromStdString(parsed.error()), message);
}

void TestExporters::namesAndExtensions()
{
    const Exporter &csv = *findExporter("csv");
    const Exporter &json = *findExporter("json");
    const Exporter &sqlite = *findExporter("sqlite");
    QVERIFY(csv.writesFolder);
    QVERIFY(!json.writesFolder && !sqlite.writesFolder);
    QCOMPARE(defaultExportName(csv, ExportScope::AllTables, "students"), std::string("pmis-data"));
    QCOMPARE(defaultExportName(csv, ExportScope::CurrentTable, "students"),
             csvFileName("students"));
    QCOMPARE(defaultExportName(csv, ExportScope::SelectionWithRelated, "students"),
             std::string("pmis-selection"));
    QCOMPARE(defaultExportName(json, ExportScope::AllTables, {}), std::string(kMetadataFileName));
    QCOMPARE(defaultExportName(sqlite, ExportScope::SelectionWithRelated, "students"),
             std::string("pmis_dataset.sqlite"));
    QVERIFY(hasExporterExtension(sqlite, "/tmp/x.sqlite"));
    QVERIFY(hasExporterExtension(sqlite, "/tmp/x.DB"));
    QVERIFY(!hasExporterExtension(sqlite, "/tmp/x.csv"));
    QVERIFY(!hasExporterExtension(sqlite, "db"));
    QVERIFY(hasExporterExtension(csv, "a.CSV"));
    // The CSV folder holds the metadata: asked for together, the JSON is not written again.
    QCOMPARE(csv.includes, std::vector<std::string>{"json"});
    QVERIFY(!json.writesRows);
    QVERIFY(csv.writeTable);
    QVERIFY(!sqlite.writeTable);
}

void TestExporters::rejectsBadRegistrations_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("flaw");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate") << "csv" << 0 << "export format 'csv': already registered";
    QTest::newRow("empty id") << "" << 0 << "expected an id of lower-case letters and digits";
    QTest::newRow("upper case") << "Pdf" << 0 << "expected an id of lower-case letters and digits";
    QTest::newRow("comma") << "a,b" << 0 << "expected an id of lower-case letters and digits";
    QTest::newRow("no write") << "nowrite" << 1 << "no write function";
    QTest::newRow("one table without its writer") << "notable" << 2 << "the current table";
    QTest::newRow("prepare without finish") << "halfdoc" << 3 << "only one of the prepare and";
    QTest::newRow("finish without prepare") << "halfdoc" << 4 << "only one of the prepare and";
    QTest::newRow("two phases for one table") << "tabledoc" << 5 << "offers every table only";
}

void TestExporters::rejectsBadRegistrations()
{
    QFETCH(QString, id);
    QFETCH(int, flaw);
    QFETCH(QString, message);
    const auto before = exporters();
    const Exporter *csv = findExporter("csv");
    Exporter e = lineExporter(id.toStdString());
    if (flaw == 1)
        e.write = nullptr;
    if (flaw == 2)
        e.scopes = {ExportScope::AllTables, ExportScope::CurrentTable};
    const auto prepare = [](const ExportInput &, const ProgressFn &) -> Result<std::any> {
        return std::any(1);
    };
    const auto finish = [](std::any &, const std::string &,
                           const ProgressFn &) -> Result<std::vector<WrittenFile>> {
        return std::vector<WrittenFile>{};
    };
    if (flaw == 3)
        e.prepare = prepare;
    if (flaw == 4)
        e.finish = finish;
    if (flaw == 5) {
        e.prepare = prepare;
        e.finish = finish;
        e.scopes = {ExportScope::AllTables, ExportScope::SelectionWithRelated};
    }
    const Status s = registerExporter(e);
    QVERIFY(!s);
    QVERIFY2(QString::fromStdString(s.message()).contains(message), s.message().c_str());
    // Nothing was added, and the entry of that id is still the built-in one.
    QCOMPARE(exporters(), before);
    QCOMPARE(findExporter("csv"), csv);
    QCOMPARE(findExporter("csv")->name, std::string("CSV"));
}

void TestExporters::builtInsWriteWhatTheDirectCallsWrite()
{
    auto scenario = loadPreset("demo-small");
    QVERIFY(scenario);
    auto data = generateDataset(*scenario);
    QVERIFY(data);
    QTemporaryDir dir;
    ExportInput input;
    input.data = &*data;
    input.scenario = &*scenario;
    input.extras.qualityJson = R"({"summary":{"fail":0}})";

    const std::string json = QDir(dir.path()).filePath(QStringLiteral("m.json")).toStdString();
    auto written = findExporter("json")->write(input, json, {});
    QVERIFY2(written, written.error().c_str());
    QCOMPARE(written->size(), std::size_t(1));
    QCOMPARE(written->front().path, json);
    QFile file(QString::fromStdString(json));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().toStdString(), metadataJson(*data, *scenario, {}, {}, &input.extras));

    const std::string folder = QDir(dir.path()).filePath(QStringLiteral("csv")).toStdString();
    written = findExporter("csv")->write(input, folder, {});
    QVERIFY2(written, written.error().c_str());
    QCOMPARE(written->size(), data->tables().size() + 1); // the CSVs and the metadata
    QVERIFY(QFile::exists(QString::fromStdString(folder + "/" + csvFileName("students"))));

    // A cancel leaves nothing behind.
    const std::string cancelled
            = QDir(dir.path()).filePath(QStringLiteral("c.sqlite")).toStdString();
    written = findExporter("sqlite")->write(input, cancelled,
                                            [](double, const std::string &) { return false; });
    QVERIFY(written.isCancelled());
    QVERIFY(!QFile::exists(QString::fromStdString(cancelled)));
}

void TestExporters::registeredExporterIsUsed()
{
    QVERIFY(!findExporter("tablelist"));
    const Status s = registerExporter(lineExporter("tablelist"));
    QVERIFY2(s, s.message().c_str());
    const Exporter *e = findExporter("tablelist");
    QVERIFY(e);
    QCOMPARE(e->name, std::string("Table list"));
    // Listed after the built-in ones, and offered wherever the formats are listed.
    QCOMPARE(exporters().back(), e);
    QCOMPARE(exporterIds("or"), std::string("csv, json, sqlite or tablelist"));
    QVERIFY(exportChoices().back() == (ExportChoice{ExportScope::AllTables, "tablelist"}));
    auto parsed = parseExporterList("tablelist,csv");
    QVERIFY2(parsed, parsed.error().c_str());
    QCOMPARE(ids(*parsed), (std::vector<std::string>{"csv", "tablelist"}));
    QCOMPARE(parseExporterList("pdf").error(),
             std::string("unknown format 'pdf'; expected csv, json, sqlite or tablelist"));
    // A second registration of the same id is refused; the first stays.
    QVERIFY(!registerExporter(lineExporter("tablelist")));
    QCOMPARE(findExporter("tablelist"), e);

    // Its write function is the one called through the registry.
    auto scenario = loadPreset("demo-small");
    QVERIFY(scenario);
    Dataset data = emptyDataset(*scenario);
    ExportInput input;
    input.data = &data;
    QTemporaryDir dir;
    const std::string path
            = QDir(dir.path()).filePath(QString::fromStdString(e->defaultName)).toStdString();
    auto written = (*parsed)[1]->write(input, path, {});
    QVERIFY2(written, written.error().c_str());
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected;
    for (const Table *t : data.tables())
        expected += QByteArray::fromStdString(t->name) + '\n';
    QCOMPARE(file.readAll(), expected);
}

void TestExporters::concurrentRegistration()
{
    // Eight threads register the same id and one each of their own: one wins the shared id.
    std::atomic<int> shared{0};
    std::atomic<int> own{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([i, &shared, &own] {
            if (registerExporter(lineExporter("shared")))
                ++shared;
            if (registerExporter(lineExporter("own" + std::to_string(i))))
                ++own;
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(shared.load(), 1);
    QCOMPARE(own.load(), 8);
    int sharedEntries = 0;
    for (const Exporter *e : exporters())
        sharedEntries += e->id == "shared" ? 1 : 0;
    QCOMPARE(sharedEntries, 1);
}

QTEST_GUILESS_MAIN(TestExporters)
#include "test_exporters.moc"
