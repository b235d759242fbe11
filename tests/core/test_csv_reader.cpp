// The RFC 4180 reader: quoting, line ends, byte order marks, line numbers, and recovery from bad
// quoting with the problem located.
#include "core/io/csv_reader.h"

#include <QtTest>

using namespace pmis;

namespace {

using Records = QList<QByteArrayList>;

Records readAll(const QByteArray &text, QStringList *problems = nullptr,
                QList<int> *lines = nullptr)
{
    const std::string data = text.toStdString();
    CsvReader reader(data);
    std::vector<std::string_view> fields;
    Records out;
    while (reader.next(fields)) {
        QByteArrayList record;
        for (auto f : fields)
            record << QByteArray(f.data(), qsizetype(f.size()));
        out << record;
        if (lines)
            *lines << int(reader.recordLine());
    }
    if (problems)
        for (const CsvProblem &p : reader.problems())
            *problems << QStringLiteral("%1:%2 %3")
                                 .arg(p.line)
                                 .arg(p.field)
                                 .arg(QString::fromStdString(p.message));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void lineNumbers();
    void problems_data();
    void problems();
    void fieldsOutliveScratchGrowth();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Records>("expected");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a,b\n1,2\n")
                                     << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QByteArray("x\n\"a,b\"\n") << Records{{"x"}, {"a,b"}};
    QTest::newRow("doubled quote")
            << QByteArray("x\n\"say \"\"hi\"\"\"\n") << Records{{"x"}, {"say \"hi\""}};
    QTest::newRow("embedded LF") << QByteArray("x,y\n\"two\nlines\",z\n")
                                 << Records{{"x", "y"}, {"two\nlines", "z"}};
    QTest::newRow("embedded CRLF")
            << QByteArray("x\r\n\"a\r\nb\"\r\n") << Records{{"x"}, {"a\r\nb"}};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n")
                                  << Records{{"a", "b", "c"}, {"", "", ""}};
    QTest::newRow("trailing comma") << QByteArray("a,b\n1,\n") << Records{{"a", "b"}, {"1", ""}};
    QTest::newRow("empty quoted") << QByteArray("a\n\"\"\n") << Records{{"a"}, {""}};
    QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n1\n\r\n2\n") << Records{{"a"}, {"1"}, {"2"}};
    QTest::newRow("spaces kept") << QByteArray("a\n x \n") << Records{{"a"}, {" x "}};
    QTest::newRow("utf-8") << QByteArray("city\nनई दिल्ली\n") << Records{{"city"}, {"नई दिल्ली"}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, text);
    QFETCH(Records, expected);
    QStringList problems;
    QCOMPARE(readAll(text, &problems), expected);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCsvReader::lineNumbers()
{
    QList<int> lines;
    readAll("h\n\"a\nb\nc\"\nnext\n\nlast\n", nullptr, &lines);
    QCOMPARE(lines, (QList<int>{1, 2, 5, 7}));
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QString>("problem");
    QTest::newRow("quote inside a field")
            << QByteArray("a,b\n1,x\"y\n2,z\n") << Records{{"a", "b"}, {"1", "x\"y"}, {"2", "z"}}
            << QStringLiteral("2:2 a quote inside an unquoted field");
    QTest::newRow("text after the closing quote")
            << QByteArray("a,b\n\"x\"y,1\n2,3\n") << Records{{"a", "b"}, {"xy", "1"}, {"2", "3"}}
            << QStringLiteral("2:1 text after the closing quote");
    QTest::newRow("never closed: the rows after it still load")
            << QByteArray("a,b\n1,\"open\n2,3\n4,5\n")
            << Records{{"a", "b"}, {"1", "\"open"}, {"2", "3"}, {"4", "5"}}
            << QStringLiteral("2:2 a quoted field is never closed");
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(Records, expected);
    QFETCH(QString, problem);
    QStringList problems;
    QCOMPARE(readAll(text, &problems), expected);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
}

void TestCsvReader::fieldsOutliveScratchGrowth()
{
    // Quoted fields that need unescaping live in per-field buffers; a wide record must not move
    // the earlier ones while later ones are added.
    QByteArray line;
    for (int i = 0; i < 200; ++i)
        line += (i ? "," : "") + QByteArray("\"v\"\"") + QByteArray::number(i) + "\"";
    const Records records = readAll(line + "\n");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().size(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(records.first()[i], "v\"" + QByteArray::number(i));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
