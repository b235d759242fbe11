#pragma once
// Shared by the hostile-input tests: a small demo-small export to copy and break, and helpers that
// read, rewrite and query the broken copies.
#include "tests/core/file_text.h"

#include "core/gen/generator.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/io/dataset_export.h"
#include "core/io/dataset_import.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"
#include "core/util/read_file.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace pmis::hostile {

namespace fs = std::filesystem;
using testing::readText;
using testing::writeText;

// Removes one column from a CSV file the studio wrote (no quoted line breaks in these tables).
inline void dropColumn(const fs::path &file, const std::string &column)
{
    const std::string text = readText(file);
    std::string out;
    std::vector<std::string_view> fields;
    CsvReader reader(text);
    std::size_t drop = std::string::npos;
    while (reader.next(fields)) {
        if (drop == std::string::npos)
            drop = std::size_t(std::find(fields.begin(), fields.end(), column) - fields.begin());
        bool first = true;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i == drop)
                continue;
            if (!first)
                out += ',';
            first = false;
            appendCsvField(out, fields[i]);
        }
        out += "\r\n";
    }
    writeText(file, out);
}

// A CSV text (CRLF lines) with one more column: `first` on the first data row, `rest` on the others.
inline std::string withColumn(const std::string &text, const std::string &name,
                              const std::string &first, const std::string &rest)
{
    std::string out;
    std::size_t line = 0;
    for (std::size_t begin = 0; begin < text.size(); ++line) {
        const std::size_t end = text.find("\r\n", begin);
        out += text.substr(begin, end - begin) + ","
               + (line == 0   ? name
                  : line == 1 ? first
                              : rest)
               + "\r\n";
        begin = end + 2;
    }
    return out;
}

inline std::string allIssues(const ImportResult &r)
{
    std::string out;
    for (const ImportIssue &i : r.issues)
        out += i.text() + "\n";
    return out;
}

inline bool hasIssue(const ImportResult &r, const std::string &fragment)
{
    return allIssues(r).find(fragment) != std::string::npos;
}

// Runs SQL on a new or existing SQLite file.
inline void execSql(const fs::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.c_str());
}

inline std::string nested(std::size_t depth, const std::string &open, const std::string &inner,
                          const std::string &close)
{
    std::string out;
    for (std::size_t i = 0; i < depth; ++i)
        out += open;
    out += inner;
    for (std::size_t i = 0; i < depth; ++i)
        out += close;
    return out;
}

// demo-small cut to 30 students, 8 internships and 120 interactions, exported to `folder("base")`.
class DemoExport
{
protected:
    void setUp();
    fs::path folder(const std::string &name) const
    {
        return fs::path(m_dir.path().toStdString()) / name;
    }
    // A fresh copy of the base export under `name`.
    fs::path exportCopy(const std::string &name) const;

    QTemporaryDir m_dir;
    Scenario m_scenario;
    Dataset m_data;
};

inline void DemoExport::setUp()
{
    QVERIFY(m_dir.isValid());
    m_scenario = *loadPreset("demo-small");
    m_scenario.students = 30;
    m_scenario.internships = 8;
    m_scenario.interactions = 120;
    auto d = generateDataset(m_scenario, {1, {}});
    QVERIFY(d.isOk());
    m_data = d.takeValue();
    QVERIFY(exportCsvFolder(m_data, m_scenario, folder("base").string()).isOk());
}

inline fs::path DemoExport::exportCopy(const std::string &name) const
{
    const fs::path to = folder(name);
    fs::remove_all(to);
    fs::copy(folder("base"), to);
    return to;
}

} // namespace pmis::hostile
