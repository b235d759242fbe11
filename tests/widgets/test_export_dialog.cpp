#include "widgets/studio/export_dialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace pmis;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hintIsPlainText()
    {
        ExportDialog dialog(ExportChoice{ExportScope::AllTables, "csv"}, QStringLiteral("students"),
                            10, QStringLiteral("/tmp/exports"));
        QLabel *hint = dialog.hintLabel();
        QCOMPARE(hint->textFormat(), Qt::PlainText);
        QVERIFY(hint->text().contains(QStringLiteral("enhanced_<table>.csv")));
        // Rendered, the label shows the whole name: its width is that of the plain text.
        dialog.show();
        QVERIFY(hint->sizeHint().width()
                >= hint->fontMetrics().horizontalAdvance(QStringLiteral("enhanced_<table>.csv")));
    }

    void keepsTheFolderAcrossKinds()
    {
        ExportDialog dialog(ExportChoice{ExportScope::AllTables, "csv"}, QStringLiteral("students"),
                            10, QStringLiteral("/tmp/exports"));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/exports/pmis-data"));
        dialog.setPath(QStringLiteral("/srv/data/pmis-data"));
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 5);
        radios.at(1)->setChecked(true); // the current table
        QCOMPARE(dialog.choice(), (ExportChoice{ExportScope::CurrentTable, "csv"}));
        QCOMPARE(dialog.path(), QStringLiteral("/srv/data/enhanced_students.csv"));
        QCOMPARE(dialog.folder(), QStringLiteral("/srv/data"));
        radios.at(4)->setChecked(true); // SQLite
        QCOMPARE(dialog.path(), QStringLiteral("/srv/data/pmis_dataset.sqlite"));
        radios.at(0)->setChecked(true);
        QCOMPARE(dialog.path(), QStringLiteral("/srv/data/pmis-data"));
        QCOMPARE(dialog.folder(), QStringLiteral("/srv/data"));
    }

    void groundTruthIsNotACsvOption()
    {
        ExportDialog dialog(ExportChoice{ExportScope::AllTables, "sqlite"},
                            QStringLiteral("students"), 10, QStringLiteral("/tmp"));
        QCheckBox *truth = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text().contains(QStringLiteral("true_probability")))
                truth = box;
        if (!truth)
            QFAIL("no ground-truth check box");
        auto *group = qobject_cast<QGroupBox *>(truth->parentWidget());
        QVERIFY(group);
        QVERIFY(!group->title().contains(QStringLiteral("CSV")));
        // It applies to the SQLite database, whose CSV options are off.
        QVERIFY(truth->isEnabled());
        truth->setChecked(true);
        QVERIFY(dialog.options().includeGroundTruth);
    }

    void addsTheExtension_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const int table = int(ExportScope::CurrentTable);
        const int all = int(ExportScope::AllTables);
        QTest::newRow("csv") << table << "csv"
                             << "/tmp/a"
                             << "/tmp/a.csv";
        QTest::newRow("csv kept") << table << "csv"
                                  << "/tmp/a.CSV"
                                  << "/tmp/a.CSV";
        QTest::newRow("sqlite") << all << "sqlite"
                                << "/tmp/db"
                                << "/tmp/db.sqlite";
        QTest::newRow("db kept") << all << "sqlite"
                                 << "/tmp/x.db"
                                 << "/tmp/x.db";
        QTest::newRow("json") << all << "json"
                              << "/tmp/meta"
                              << "/tmp/meta.json";
        QTest::newRow("folder") << all << "csv"
                                << "/tmp/out"
                                << "/tmp/out";
    }

    void addsTheExtension()
    {
        QFETCH(int, scope);
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const ExportChoice choice{ExportScope(scope), format.toStdString()};
        QCOMPARE(ExportDialog::withExtension(path, choice), expected);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
