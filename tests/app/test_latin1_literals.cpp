// No text outside ASCII goes through QLatin1String, QLatin1StringView, QLatin1Char or a _L1
// literal: those read each byte as one Latin-1 character, so the UTF-8 bytes of "·" or "—" in the
// source show as "Â·" or "â€”". Scans the sources of app/, widgets/ and core/.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// True when the C++ literal (with its quotes) holds a character outside ASCII, written as such or
// as an escape.
bool nonAsciiLiteral(const QByteArray &literal)
{
    for (const char c : literal)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    static const QRegularExpression escape(QStringLiteral(
            R"(\\(x0*[89a-fA-F][0-9a-fA-F]|x0*[0-9a-fA-F]{3,}|u|U|[2-3][0-7][0-7]))"));
    return escape.match(QString::fromLatin1(literal)).hasMatch();
}

// The Latin-1 literals of `source` that hold non-ASCII text, as "line: code".
QStringList offending(const QByteArray &source)
{
    static const QRegularExpression call(QStringLiteral(
            R"(QLatin1(?:String|StringView|Char)\s*[({]\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+|'(?:[^'\\\n]|\\.)*'))"));
    static const QRegularExpression suffix(QStringLiteral(R"(("(?:[^"\\\n]|\\.)*")_L1\b)"));
    // Latin-1 keeps every byte, so offsets match the source's bytes.
    const QString text = QString::fromLatin1(source);
    QStringList found;
    for (const QRegularExpression *re : {&call, &suffix}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (nonAsciiLiteral(m.captured(1).toLatin1())) {
                const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                found << QStringLiteral("%1: %2").arg(line).arg(m.captured(0));
            }
        }
    }
    return found;
}

} // namespace

class TestLatin1Literals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("bad");
        QTest::newRow("ascii string") << QByteArray(R"(x = QLatin1String(", ");)") << false;
        QTest::newRow("ascii char") << QByteArray(R"(QLatin1Char('\n'))") << false;
        QTest::newRow("middle dot") << QByteArray("QLatin1String(\" \xC2\xB7 \")") << true;
        QTest::newRow("em dash char") << QByteArray("QLatin1Char('\xE2\x80\x94')") << true;
        QTest::newRow("view") << QByteArray("QLatin1StringView(\"\xE2\x80\xA6\")") << true;
        QTest::newRow("hex escape") << QByteArray(R"(QLatin1String("\xb7"))") << true;
        QTest::newRow("octal escape") << QByteArray(R"(QLatin1Char('\267'))") << true;
        QTest::newRow("ascii hex escape") << QByteArray(R"(QLatin1String("\x41"))") << false;
        QTest::newRow("suffix") << QByteArray("auto s = \"\xC2\xB7\"_L1;") << true;
        QTest::newRow("utf8 literal") << QByteArray("QStringLiteral(\" \xC2\xB7 \")") << false;
        QTest::newRow("concatenated")
                << QByteArray("QLatin1String(\"a\"\n    \"\xC2\xB7\")") << true;
    }

    void detects()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, bad);
        QCOMPARE(!offending(source).isEmpty(), bad);
    }

    void sourcesHoldNone()
    {
        QStringList problems;
        int files = 0;
        for (const char *dir : {"app", "widgets", "core"}) {
            QDirIterator it(QStringLiteral(PMIS_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                ++files;
                for (const QString &p : offending(f.readAll()))
                    problems << QStringLiteral("%1:%2").arg(f.fileName(), p);
            }
        }
        QVERIFY2(files > 50, "the source tree was not found");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLatin1Literals)
#include "test_latin1_literals.moc"
