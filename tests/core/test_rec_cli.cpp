// pmis-gen recommend | shortlist | evaluate as a user runs them: JSON that carries the figures,
// --data DIR giving the same answers as the same data generated in memory, one-line errors.
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run pmisGen(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PMIS_GEN_EXE), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// Equal up to a relative 1e-6 in numbers: the CSV export rounds decimals (CGPA to 2 places).
bool close(const QJsonValue &a, const QJsonValue &b, QString path, QString &where)
{
    if (a.isDouble() && b.isDouble()) {
        const bool ok
                = std::abs(a.toDouble() - b.toDouble()) <= 1e-6 * (1 + std::abs(a.toDouble()));
        if (!ok)
            where = path;
        return ok;
    }
    if (a.type() != b.type()) {
        where = path;
        return false;
    }
    if (a.isArray()) {
        QJsonArray x = a.toArray(), y = b.toArray();
        // Features are matched by name: one-hot levels may come in another order from an import.
        const auto byName = [](const QJsonArray &array) {
            QList<QJsonValue> items(array.begin(), array.end());
            std::sort(items.begin(), items.end(), [](const QJsonValue &p, const QJsonValue &q) {
                return p.toObject()[QStringLiteral("name")].toString()
                       < q.toObject()[QStringLiteral("name")].toString();
            });
            QJsonArray out;
            for (const QJsonValue &v : items)
                out.append(v);
            return out;
        };
        if (!x.isEmpty() && x.first().isObject()
            && x.first().toObject().contains(QStringLiteral("name"))) {
            x = byName(x);
            y = byName(y);
        }
        if (x.size() != y.size()) {
            where = path;
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!close(x[i], y[i], path + QStringLiteral("[%1]").arg(i), where))
                return false;
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) {
            where = path;
            return false;
        }
        for (const QString &k : x.keys())
            if (!close(x[k], y[k], path + QLatin1Char('.') + k, where))
                return false;
        return true;
    }
    if (a != b)
        where = path;
    return a == b;
}

void compareClose(const Run &a, const Run &b)
{
    QString where;
    QVERIFY2(close(QJsonValue(json(a)), QJsonValue(json(b)), QStringLiteral("$"), where),
             qPrintable(where));
}

} // namespace

class TestRecCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = pmisGen({key("generate"), key("--preset"), key("demo-small"), key("--out"),
                               m_dir.path(), key("--with-truth"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
    }

    void recommendJson()
    {
        const Run r
                = pmisGen({key("recommend"), key("--preset"), key("demo-small"), key("--student"),
                           key("STU_00042"), key("-k"), key("5"), key("--json"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = json(r);
        QCOMPARE(doc[key("student")].toObject()[key("id")].toString(), key("STU_00042"));
        QCOMPARE(doc[key("reference_date")].toString(), key("2025-09-23"));
        const QJsonArray items = doc[key("recommendations")].toArray();
        QCOMPARE(items.size(), 5);
        double previous = 2;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            double sum = 0;
            const QJsonObject components = item[key("components")].toObject();
            for (const char *c : {"content", "cf", "success", "popularity"})
                sum += components[key(c)].toObject()[key("contribution")].toDouble();
            QVERIFY(std::abs(sum - item[key("score")].toDouble()) < 1e-9);
            QVERIFY(item[key("score")].toDouble() <= previous);
            previous = item[key("score")].toDouble();
            const QJsonObject success = item[key("success_explanation")].toObject();
            double logit = success[key("base_logit")].toDouble();
            for (const QJsonValue &f : success[key("features")].toArray())
                logit += f.toObject()[key("contribution")].toDouble();
            QVERIFY(std::abs(logit - success[key("logit")].toDouble()) < 1e-9);
            QVERIFY(!item[key("reason")].toString().isEmpty());
        }
    }

    void dataFolderMatchesGenerated()
    {
        // The CSV round trip feeds the recommender the same data: the same JSON (to rounding).
        const QStringList tail
                = {key("--student"), key("STU_00007"), key("--json"), key("--quiet")};
        const Run generated
                = pmisGen(QStringList{key("recommend"), key("--preset"), key("demo-small")} + tail);
        const Run folder
                = pmisGen(QStringList{key("recommend"), key("--data"), m_dir.path()} + tail);
        QCOMPARE(generated.exitCode, 0);
        QCOMPARE(folder.exitCode, 0);
        compareClose(folder, generated);
        const QStringList shortlist
                = {key("--internship"),         key("INT_00003"), key("--fair"),
                   key("rural=0.35,tier3=0.5"), key("--json"),    key("--quiet")};
        const Run a = pmisGen(QStringList{key("shortlist"), key("--preset"), key("demo-small")}
                              + shortlist);
        const Run b
                = pmisGen(QStringList{key("shortlist"), key("--data"), m_dir.path()} + shortlist);
        QCOMPARE(a.exitCode, 0);
        compareClose(b, a);
    }

    void shortlistJson()
    {
        const Run r = pmisGen({key("shortlist"), key("--data"), m_dir.path(), key("--internship"),
                               key("INT_00010"), key("-k"), key("20"), key("--fair"),
                               key("rural=0.35"), key("--json"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = json(r);
        QCOMPARE(doc[key("method")].toString(), key("fa*ir"));
        QCOMPARE(doc[key("m_table")].toArray().size(), 20);
        QVERIFY(doc[key("after_satisfies")].toBool());
        QVERIFY(doc[key("fail_probability")].toDouble() <= 0.1);
        QCOMPARE(doc[key("after")].toArray().size(), 20);
        const QJsonObject group = doc[key("groups")].toArray()[0].toObject();
        QCOMPARE(group[key("share_by_prefix_after")].toArray().size(), 20);
        QCOMPARE(doc[key("exposure")].toArray().size(), 3);
    }

    void evaluateJson()
    {
        const Run r = pmisGen({key("evaluate"), key("--data"), m_dir.path(), key("--bootstrap"),
                               key("50"), key("--json"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = json(r);
        const QJsonArray methods = doc[key("ranking")].toObject()[key("methods")].toArray();
        QCOMPARE(methods.size(), 7);
        QCOMPARE(methods[0].toObject()[key("ndcg_by_k")].toArray().size(), 20);
        // The protocol is stated; several relevant items per student make precision and AP meaningful.
        const QJsonObject protocol = doc[key("protocol")].toObject();
        QCOMPARE(protocol[key("name")].toString(), key("temporal"));
        QCOMPARE(protocol[key("relevance")].toString(), key("application"));
        QVERIFY(protocol[key("several_relevant")].toBool());
        QVERIFY(methods[0].toObject()[key("at_k")].toObject().contains(key("precision")));
        QVERIFY(methods[0].toObject().contains(key("tie_rate")));
        QVERIFY(methods[0].toObject().contains(key("exposure_gini")));
        const QJsonObject blend = doc[key("blend")].toObject();
        QVERIFY(blend[key("learned")].toBool());
        const QJsonObject w = blend[key("weights")].toObject();
        QVERIFY(std::abs(w[key("content")].toDouble() + w[key("cf")].toDouble()
                         + w[key("success")].toDouble() - 1.0)
                < 1e-9);
        const QJsonObject success = doc[key("success_model")].toObject();
        const QJsonObject model = success[key("model")].toObject();
        QCOMPARE(model[key("positives")].toInt() + model[key("negatives")].toInt(),
                 model[key("n")].toInt());
        QCOMPARE(model[key("reliable")].toBool(), model[key("positives")].toInt() >= 30);
        QVERIFY(model.contains(key("bootstrap_dropped_one_class")));
        QVERIFY(success[key("calibrated")].isBool());
        QVERIFY(success[key("ground_truth")].isObject()); // exported --with-truth
        QCOMPARE(success[key("model")].toObject()[key("reliability")].toArray().size(), 10);
        QCOMPARE(doc[key("explanations")].toObject()[key("feature_vector_mismatches")].toInt(), 0);
    }

    void evaluateLeaveLastOutPrintsOnlyMeaningfulMetrics()
    {
        const Run r
                = pmisGen({key("evaluate"), key("--data"), m_dir.path(), key("--protocol"),
                           key("leave-last-out"), key("--bootstrap"), key("0"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(key("Protocol: per-student temporal leave-last-out")));
        QVERIFY(text.contains(key("NDCG@K")));
        QVERIFY(!text.contains(key("P@K")));
        QVERIFY(!text.contains(key("AP@K")));
        const Run j = pmisGen({key("evaluate"), key("--data"), m_dir.path(), key("--protocol"),
                               key("leave-last-out"), key("--bootstrap"), key("0"), key("--json"),
                               key("--quiet")});
        const QJsonObject atK = json(j)[key("ranking")]
                                        .toObject()[key("methods")]
                                        .toArray()[0]
                                        .toObject()[key("at_k")]
                                        .toObject();
        QVERIFY(atK.contains(key("mrr")) && !atK.contains(key("precision"))
                && !atK.contains(key("ap")));
        const Run bad = pmisGen(
                {key("evaluate"), key("--data"), m_dir.path(), key("--protocol"), key("random")});
        QCOMPARE(bad.exitCode, 2);
    }

    void legacyFolder()
    {
        // The old generator's layout (INT_ interaction IDs, fractional timestamps) imports and ranks.
        const Run r = pmisGen({key("recommend"), key("--data"),
                               QStringLiteral(PMIS_TEST_DATA "/legacy"), key("--student"),
                               key("STU_00001"), key("--json"), key("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)[key("recommendations")].toArray().size(), 10);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString d = m_dir.path();
        QTest::newRow("unknown student") << QStringList{key("recommend"), key("--data"), d,
                                                        key("--student"), key("STU_09999")}
                                         << 1 << key("no student 'STU_09999'");
        QTest::newRow("no student")
                << QStringList{key("recommend"), key("--data"), d} << 2 << key("needs --student");
        QTest::newRow("no data") << QStringList{key("recommend"), key("--student"),
                                                key("STU_00001")}
                                 << 1 << key("no data");
        QTest::newRow("missing folder")
                << QStringList{key("evaluate"), key("--data"), d + key("/nowhere")} << 1
                << key("no such file or folder");
        QTest::newRow("bad group")
                << QStringList{key("shortlist"),    key("--data"),    d,
                               key("--internship"), key("INT_00001"), key("--fair"),
                               key("martian=0.2")}
                << 2 << key("unknown group 'martian'");
        QTest::newRow("infeasible slate")
                << QStringList{key("shortlist"),      key("--data"),    d,
                               key("--internship"),   key("INT_00001"), key("--fair"),
                               key("rural=1,urban=1")}
                << 3 << key("cannot meet every group's FA*IR table");
        QTest::newRow("bad share")
                << QStringList{key("shortlist"),    key("--data"),    d,
                               key("--internship"), key("INT_00001"), key("--fair"),
                               key("rural=2")}
                << 2 << key("not a share in (0, 1]");
        QTest::newRow("bad weights")
                << QStringList{key("evaluate"), key("--data"), d, key("--weights"), key("1,x,2")}
                << 2 << key("--weights");
        QTest::newRow("both sources") << QStringList{key("evaluate"), key("--data"), d,
                                                     key("--preset"), key("demo-small")}
                                      << 1 << key("exclude each other");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = pmisGen(args + QStringList{key("--quiet")});
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecCli)
#include "test_rec_cli.moc"
