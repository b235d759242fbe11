#include "core/scenario/scenario_json.h"
#include "widgets/studio/numbers_editor.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/studio_document.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pmis;

class TestStudioDocument : public QObject
{
    Q_OBJECT
private:
    Scenario preset()
    {
        auto s = loadPreset("pmis-2025");
        if (!s)
            qFatal("no preset");
        return *s;
    }

private Q_SLOTS:
    void editingAShareIsUndoable()
    {
        StudioDocument doc;
        doc.reset(preset());
        ShareTableEditor editor(
                &doc, nullptr, QStringLiteral("tiers"),
                [](Scenario &s) -> ShareTable & { return s.student.tiers; }, "students",
                "college_tier");
        const std::string before = scenarioToJson(doc.scenario());
        QSignalSpy changed(&doc, &StudioDocument::scenarioChanged);
        QVERIFY(!doc.isModified());
        editor.setWeight(0, 0.4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc.scenario().student.tiers.shares[0].weight, 0.4);
        QVERIFY(doc.isModified());
        const std::string after = scenarioToJson(doc.scenario());
        QVERIFY(after != before);
        doc.undoStack()->undo();
        QCOMPARE(scenarioToJson(doc.scenario()), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(scenarioToJson(doc.scenario()), after);
    }

    void dragIsOneStep()
    {
        StudioDocument doc;
        doc.reset(preset());
        const std::string before = scenarioToJson(doc.scenario());
        for (double w : {0.2, 0.25, 0.3, 0.35}) {
            Scenario s = doc.scenario();
            s.student.tiers.shares[0].weight = w;
            QVERIFY(doc.applyEdit(QStringLiteral("drag"), s, QStringLiteral("share/tiers/0"))
                            .isEmpty());
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.scenario().student.tiers.shares[0].weight, 0.35);
        doc.closeMerge(); // the slider was released: the next drag is a new step
        Scenario s = doc.scenario();
        s.student.tiers.shares[0].weight = 0.5;
        QVERIFY(doc.applyEdit(QStringLiteral("drag"), s, QStringLiteral("share/tiers/0"))
                        .isEmpty());
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(scenarioToJson(doc.scenario()), before);
    }

    void invalidEditIsRefusedWithReason()
    {
        StudioDocument doc;
        doc.reset(preset());
        const std::string before = scenarioToJson(doc.scenario());
        NumbersEditor editor(&doc, QStringLiteral("outcomes"), [](const Scenario &) {
            NumberField f;
            f.label = QStringLiteral("Success rate");
            f.get = [](const Scenario &s) { return s.outcome.successRate; };
            f.set = [](Scenario &s, double v) { s.outcome.successRate = v; };
            f.decimals = 4;
            return std::vector<NumberField>{f};
        });
        QDoubleSpinBox *spin = editor.spinBox(QStringLiteral("Success rate"));
        QVERIFY(spin);
        const double held = spin->value();
        spin->setValue(1.5);           // not clamped by the widget: refused by the document
        QCOMPARE(spin->value(), held); // the field shows what the scenario holds
        QCOMPARE(scenarioToJson(doc.scenario()), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        const QString error = editor.fieldError(spin); // at the field, without the JSON path
        QVERIFY2(error.startsWith(QStringLiteral("Success rate"))
                         && !error.contains(QLatin1Char('$')),
                 qPrintable(error));

        Scenario s = doc.scenario();
        s.student.tiers.shares[1].weight = -1;
        QVERIFY(!doc.applyEdit(QStringLiteral("bad"), s).isEmpty());
        QCOMPARE(scenarioToJson(doc.scenario()), before);
    }

    void saveAndLoadRoundTrip()
    {
        StudioDocument doc;
        doc.reset(preset());
        Scenario s = doc.scenario();
        s.seed = 777;
        QVERIFY(doc.applyEdit(QStringLiteral("seed"), s).isEmpty());
        const QString path = QDir::temp().filePath(
                QStringLiteral("pmis-test-%1.pmis.json").arg(QCoreApplication::applicationPid()));
        QSignalSpy pathChanged(&doc, &StudioDocument::filePathChanged);
        QVERIFY(doc.save(path).isEmpty());
        QVERIFY(!doc.isModified());
        QCOMPARE(pathChanged.count(), 1);
        StudioDocument other;
        QVERIFY(other.load(path).isEmpty());
        QCOMPARE(other.scenario().seed, std::uint64_t(777));
        QCOMPARE(other.displayName(), QFileInfo(path).fileName());
        QFile::remove(path);
        QVERIFY(!other.load(path).isEmpty());
    }

    // Save As names the scenario after its file, and replaces the description of the original
    // once the scenario was edited; both are one undo step and saved in the file. A name the user
    // set is kept.
    void saveAsNamesTheScenarioAfterItsFile()
    {
        QTemporaryDir dir;
        StudioDocument doc;
        doc.reset(preset());
        const Scenario original = doc.scenario();
        Scenario s = doc.scenario();
        s.outcome.successRate = 0.0015;
        QVERIFY(doc.applyEdit(QStringLiteral("rate"), s).isEmpty());
        const QString path = dir.filePath(QStringLiteral("low-rate.pmis.json"));
        QVERIFY(doc.save(path).isEmpty());
        QCOMPARE(doc.scenario().name, std::string("low-rate"));
        QVERIFY(doc.scenario().description != original.description);
        QVERIFY(QString::fromStdString(doc.scenario().description)
                        .contains(QString::fromStdString(original.name)));
        QVERIFY(!doc.isModified());
        StudioDocument reloaded;
        QVERIFY(reloaded.load(path).isEmpty());
        QCOMPARE(reloaded.scenario().name, std::string("low-rate"));
        QCOMPARE(reloaded.scenario().description, doc.scenario().description);

        // Undo takes the name back (the document is then modified), and redo restores it.
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().name, original.name);
        QCOMPARE(doc.scenario().outcome.successRate, 0.0015);
        QVERIFY(doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.scenario().name, std::string("low-rate"));

        // A name the user typed is kept by the next Save As; an unedited copy keeps its text.
        s = doc.scenario();
        s.name = "my own name";
        QVERIFY(doc.applyEdit(QStringLiteral("name"), s).isEmpty());
        QVERIFY(doc.save(dir.filePath(QStringLiteral("copy.pmis.json"))).isEmpty());
        QCOMPARE(doc.scenario().name, std::string("my own name"));
        doc.reset(original);
        QVERIFY(doc.save(dir.filePath(QStringLiteral("same.json"))).isEmpty());
        QCOMPARE(doc.scenario().name, std::string("same"));
        QCOMPARE(doc.scenario().description, original.description);
    }

    // The dataset generated from the scenario takes its new name, so Quality and exports name the
    // scenario the title bar shows.
    void datasetFollowsTheNewName()
    {
        QTemporaryDir dir;
        StudioDocument doc;
        doc.reset(preset());
        doc.setDataset(std::make_shared<Dataset>(), doc.scenario());
        QSignalSpy renamed(&doc, &StudioDocument::datasetRenamed);
        QVERIFY(doc.save(dir.filePath(QStringLiteral("trial.pmis.json"))).isEmpty());
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(doc.datasetScenario().name, std::string("trial"));
        QVERIFY(doc.save(dir.filePath(QStringLiteral("trial.pmis.json"))).isEmpty());
        QCOMPARE(renamed.count(), 1);
    }

    void previewFollowsTheLatestEdit()
    {
        PreviewService preview;
        QSignalSpy ready(&preview, &PreviewService::previewReady);
        Scenario s = preset();
        preview.request(s);
        s.seed = 5;
        preview.request(s);
        s.seed = 6;
        preview.request(s); // collapses with the previous request
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2 && !preview.isBusy(), 20000);
        QCOMPARE(ready.count(), 2);
        QCOMPARE(preview.latest()->scenario.seed, std::uint64_t(6));
        QCOMPARE(preview.latest()->data->students.rowCount(), std::size_t(3000));
        QVERIFY(preview.latest()->find("students", "college_tier"));
    }
};

QTEST_MAIN(TestStudioDocument)
#include "test_studio_document.moc"
