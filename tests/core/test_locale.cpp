// Output never depends on the process locale: generating and exporting (CSV folder, metadata with
// the quality report, SQLite) under de_DE, tr_TR and ISO-8859 locales gives the bytes of the C
// locale. Qt's application object sets the process locale from the environment, so the studio runs
// core under such locales; this test sets them with std::setlocale the same way.
//
// Locales missing from the system are built with localedef into a temporary folder found through
// LOCPATH; a locale that cannot be built is skipped with a message.
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "core/util/ascii.h"
#include "core/util/file_util.h"
#include "core/util/process_locale.h"

#include <QtTest>

#include <clocale>
#include <filesystem>
#include <map>

using namespace pmis;
namespace fs = std::filesystem;

namespace {

struct LocaleSpec
{
    const char *name;    // as passed to setlocale
    const char *source;  // localedef -i
    const char *charmap; // localedef -f
};

// tr_TR lowers 'I' to a dotless i; de_DE writes "2,5"; ISO-8859 locales count the bytes of UTF-8
// text as letters.
const LocaleSpec kLocales[] = {{"de_DE.UTF-8", "de_DE", "UTF-8"},
                               {"tr_TR.UTF-8", "tr_TR", "UTF-8"},
                               {"tr_TR.ISO-8859-9", "tr_TR", "ISO-8859-9"},
                               {"de_DE.ISO-8859-1", "de_DE", "ISO-8859-1"}};

using Files = std::map<std::string, std::string>;

Files filesOf(const fs::path &folder)
{
    Files out;
    for (const auto &e : fs::directory_iterator(folder))
        out[e.path().filename().string()] = readWholeFile(e.path().string()).value();
    return out;
}

bool validUtf8(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int extra = c < 0x80         ? 0
                          : (c >> 5) == 6  ? 1
                          : (c >> 4) == 14 ? 2
                          : (c >> 3) == 30 ? 3
                                           : -1;
        if (extra < 0 || i + std::size_t(extra) >= text.size() + (extra == 0 ? 1 : 0))
            return false;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(text[i + std::size_t(k)]) >> 6) != 2)
                return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

} // namespace

class TestLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportIsLocaleFree_data();
    void exportIsLocaleFree();
    void asciiHelpers();
    void pinOutputLocale();

private:
    // Exports the dataset generated under the current process locale into `folder`.
    Files exportUnderCurrentLocale(const fs::path &folder);

    QTemporaryDir m_dir;
    Scenario m_scenario;
    Files m_reference;
    std::vector<std::string> m_available;
};

Files TestLocale::exportUnderCurrentLocale(const fs::path &folder)
{
    auto data = generateDataset(m_scenario, {2, {}});
    if (!data)
        qFatal("%s", data.error().c_str());
    // The quality report goes into both, as pmis-gen and the studio write it.
    auto report = quality::computeQuality(*data, &m_scenario);
    if (!report)
        qFatal("%s", report.error().c_str());
    MetadataExtras extras;
    extras.qualityJson = quality::qualityReportJson(*report);
    auto csv = exportCsvFolder(*data, m_scenario, folder.string(), {}, {}, {}, &extras);
    if (!csv)
        qFatal("%s", csv.error().c_str());
    SqliteOptions options;
    options.qualityJson = extras.qualityJson;
    auto db = exportSqlite(*data, &m_scenario, (folder / kSqliteFileName).string(), options);
    if (!db)
        qFatal("%s", db.error().c_str());
    return filesOf(folder);
}

void TestLocale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // With LOCPATH set glibc looks there only, so every locale goes there when any is missing.
    bool missing = false;
    for (const LocaleSpec &l : kLocales)
        missing = missing || !std::setlocale(LC_ALL, l.name);
    std::setlocale(LC_ALL, "C");
    if (missing) {
        const QString root = m_dir.filePath(QStringLiteral("locales"));
        QDir().mkpath(root);
        for (const LocaleSpec &l : kLocales) {
            QProcess localedef;
            localedef.start(QStringLiteral("localedef"),
                            {QStringLiteral("-c"), QStringLiteral("-i"),
                             QString::fromLatin1(l.source), QStringLiteral("-f"),
                             QString::fromLatin1(l.charmap),
                             root + QLatin1Char('/') + QString::fromLatin1(l.name)});
            if (!localedef.waitForFinished(120000))
                qInfo("localedef for %s did not run: %s", l.name,
                      qPrintable(localedef.errorString()));
        }
        qputenv("LOCPATH", root.toLocal8Bit());
    }
    for (const LocaleSpec &l : kLocales)
        if (std::setlocale(LC_ALL, l.name))
            m_available.push_back(l.name);
    std::setlocale(LC_ALL, "C");

    m_scenario = *loadPreset("demo-small");
    m_scenario.students = 400;
    m_scenario.internships = 40;
    m_scenario.interactions = 5000;
    m_reference = exportUnderCurrentLocale(m_dir.filePath(QStringLiteral("C")).toStdString());
    for (const auto &[name, bytes] : m_reference)
        if (name.ends_with(".csv") || name.ends_with(".json"))
            QVERIFY2(validUtf8(bytes), name.c_str());
}

void TestLocale::cleanup()
{
    std::setlocale(LC_ALL, "C");
}

void TestLocale::exportIsLocaleFree_data()
{
    QTest::addColumn<QString>("locale");
    for (const LocaleSpec &l : kLocales)
        QTest::newRow(l.name) << QString::fromLatin1(l.name);
}

void TestLocale::exportIsLocaleFree()
{
    QFETCH(QString, locale);
    const std::string name = locale.toStdString();
    if (std::find(m_available.begin(), m_available.end(), name) == m_available.end())
        QSKIP(qPrintable(
                QStringLiteral("locale %1 is not installed and localedef could not build it")
                        .arg(locale)));
    QVERIFY(std::setlocale(LC_ALL, name.c_str()));
    const Files files = exportUnderCurrentLocale(m_dir.filePath(locale).toStdString());
    std::setlocale(LC_ALL, "C");
    QCOMPARE(files.size(), m_reference.size());
    for (const auto &[file, bytes] : m_reference) {
        const auto it = files.find(file);
        QVERIFY2(it != files.end(), file.c_str());
        QVERIFY2(it->second == bytes,
                 qPrintable(QStringLiteral("%1 differs under %2")
                                    .arg(QString::fromStdString(file), locale)));
    }
}

void TestLocale::asciiHelpers()
{
    if (std::find(m_available.begin(), m_available.end(), "tr_TR.ISO-8859-9") != m_available.end())
        std::setlocale(LC_ALL, "tr_TR.ISO-8859-9");
    QCOMPARE(asciiLower("INTERNSHIP Infosys-ÄÖ"), std::string("internship infosys-ÄÖ"));
    QVERIFY(asciiEqualsIgnoreCase("TIER-1", "tier-1"));
    QVERIFY(!isAsciiAlnum(char(0xC3))); // a UTF-8 lead byte, a letter in ISO-8859-1
    QVERIFY(isAsciiAlnum(std::string_view("Ab12Cd")));
    QVERIFY(!isAsciiAlnum(std::string_view("")));
    std::setlocale(LC_ALL, "C");
    if (std::find(m_available.begin(), m_available.end(), "de_DE.UTF-8") != m_available.end())
        std::setlocale(LC_ALL, "de_DE.UTF-8");
    QCOMPARE(parseAsciiDouble("2.5"), std::optional<double>(2.5));
    QCOMPARE(parseAsciiDouble("+2024"), std::optional<double>(2024));
    QCOMPARE(parseAsciiDouble("-1e3"), std::optional<double>(-1000));
    QVERIFY(!parseAsciiDouble("2,5"));
    QVERIFY(!parseAsciiDouble("2.5x"));
    QVERIFY(!parseAsciiDouble(""));
    QVERIFY(!parseAsciiDouble("+"));
}

void TestLocale::pinOutputLocale()
{
    if (std::find(m_available.begin(), m_available.end(), "de_DE.UTF-8") == m_available.end())
        QSKIP("de_DE.UTF-8 is not available");
    QVERIFY(std::setlocale(LC_ALL, "de_DE.UTF-8"));
    QCOMPARE(std::localeconv()->decimal_point, ",");
    pmis::pinOutputLocale();
    QCOMPARE(std::localeconv()->decimal_point, ".");
    const std::string ctype = std::setlocale(LC_CTYPE, nullptr);
    QVERIFY2(ctype == "C" || ctype == "C.UTF-8", ctype.c_str());
    QCOMPARE(std::string(std::setlocale(LC_MESSAGES, nullptr)),
             std::string("de_DE.UTF-8")); // left alone
}

QTEST_GUILESS_MAIN(TestLocale)
#include "test_locale.moc"
