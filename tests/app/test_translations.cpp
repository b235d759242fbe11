// The committed catalogues against the sources: lupdate runs on a temporary copy of each .ts (the
// committed file is never touched), and every message must come out translated, with no source
// string left unfinished and no stale (vanished or obsolete) entry. The translations must keep
// the source's placeholders and accelerators, fill every plural form, and be Hindi rather than a
// copy of the English.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // the translation, or each plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context,
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                out << m;
            } else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
                out << m;
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1..%99, %n and %Ln, each once: a translation must use the same set as its source.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?n|L?[1-9][0-9]?)"));
    QSet<QString> out;
    for (const auto &match : re.globalMatch(text))
        out << match.captured(1);
    return out;
}

// A mnemonic: '&' before a letter or digit ("&File", "फ़ाइल(&F)"); "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[\\p{L}\\p{N}]"));
    return re.match(text).hasMatch();
}

bool hasDevanagari(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueMatchesSources_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : QStringLiteral(PMIS_TS_FILES).split(QLatin1Char('|')))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void catalogueMatchesSources()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same sources and options as the update_translations target, without -no-obsolete,
        // so entries whose source string is gone show up as vanished.
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PMIS_LUPDATE_EXE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("@" PMIS_I18N_SOURCE_LIST), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(log));

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(log));

        QStringList problems;
        const QString fix = QStringLiteral(
                "run `cmake --build build --target update_translations`, translate, commit");
        for (const Message &m : messages) {
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("untranslated %1").arg(describe(m));
                continue;
            }
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                problems << QStringLiteral("stale (no longer in the sources) %1").arg(describe(m));
                continue;
            }
            if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("%1 plural forms instead of 2 (Hindi: one, other) %2")
                                    .arg(m.forms.size())
                                    .arg(describe(m));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation %1").arg(describe(m));
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ in \"%1\" %2")
                                        .arg(form, describe(m));
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << QStringLiteral("accelerator (&) kept or dropped in \"%1\" %2")
                                        .arg(form, describe(m));
                // Hindi, not English left as it was: a translation without Devanagari is only
                // allowed for a notation (CGPA, NDCG@K, "%1 (%2)", "CSV (*.csv)"), i.e. a source
                // with no lower-case word of prose once file patterns are set aside.
                static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
                static const QRegularExpression pattern(QStringLiteral("\\(\\*\\.[^)]*\\)"));
                QString prose = m.source;
                prose.remove(pattern);
                if (!hasDevanagari(form) && word.match(prose).hasMatch())
                    problems << QStringLiteral("not translated to Hindi: \"%1\" %2")
                                        .arg(form, describe(m));
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2 (%3):\n  %4")
                                     .arg(problems.size())
                                     .arg(QFileInfo(ts).fileName(), fix,
                                          problems.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
