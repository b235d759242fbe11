#include "core/scenario/scenario_json.h"
#include "widgets/studio/keyed_list_editor.h"
#include "widgets/studio/numbers_editor.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/scenario_edits.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QToolBox>
#include <QWheelEvent>

using namespace pmis;

class TestScenarioEditor : public QObject
{
    Q_OBJECT
private:
    static Scenario preset()
    {
        auto s = loadPreset("pmis-2025");
        if (!s)
            qFatal("no preset");
        return *s;
    }

    static ShareTableEditor *shareEditor(ScenarioEditorDock &dock, const QString &title)
    {
        for (auto *e : dock.findChildren<ShareTableEditor *>())
            if (e->title() == title)
                return e;
        return nullptr;
    }

private Q_SLOTS:
    void everyNumericFieldIsUndoable()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        const std::string original = scenarioToJson(doc.scenario());
        int accepted = 0, refused = 0;
        for (auto *editor : dock.findChildren<NumbersEditor *>()) {
            for (auto *spin : editor->findChildren<QDoubleSpinBox *>()) {
                const std::string before = scenarioToJson(doc.scenario());
                const int steps = doc.undoStack()->index();
                spin->setValue(spin->value() + spin->singleStep());
                doc.closeMerge();
                if (doc.undoStack()->index() == steps + 1) {
                    ++accepted;
                    QVERIFY2(scenarioToJson(doc.scenario()) != before, qPrintable(spin->toolTip()));
                    doc.undoStack()->undo();
                    QCOMPARE(scenarioToJson(doc.scenario()), before);
                } else {
                    ++refused; // e.g. a minimum raised above its maximum: the reason is shown
                    QCOMPARE(scenarioToJson(doc.scenario()), before);
                    QVERIFY(!editor->fieldError(spin).isEmpty());
                }
            }
        }
        QVERIFY2(accepted >= 60, qPrintable(QString::number(accepted)));
        QCOMPARE(scenarioToJson(doc.scenario()), original);
    }

    // A refused value is explained under its field in plain words, the field goes back to what
    // the scenario holds, and the message goes once a valid value is applied.
    void refusedValueIsExplainedAtTheField()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        NumbersEditor *counts = nullptr;
        QDoubleSpinBox *students = nullptr;
        for (auto *editor : dock.findChildren<NumbersEditor *>())
            if (!students && (students = editor->spinBox(QStringLiteral("Students"))))
                counts = editor;
        QVERIFY(students);
        const auto held = doc.scenario().students;
        QVERIFY(counts->fieldError(students).isEmpty());

        students->setValue(0);
        QCOMPARE(doc.scenario().students, held);
        QCOMPARE(students->value(), double(held));
        const QString error = counts->fieldError(students);
        QVERIFY2(error.startsWith(QStringLiteral("Students")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('$')), qPrintable(error));
        QVERIFY(counts->errorText().isEmpty()); // not at the bottom of the group

        students->setValue(6000);
        QCOMPARE(doc.scenario().students, std::int64_t(6000));
        QVERIFY(counts->fieldError(students).isEmpty());
    }

    // Over a spin box that has no focus, the wheel scrolls the editor page; once the spin box has
    // focus, the wheel changes its value.
    void wheelScrollsThePageUnlessTheControlHasFocus()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        dock.resize(420, 360);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.showPage(5); // Companies & internships: far taller than the dock
        auto *scroll = qobject_cast<QScrollArea *>(dock.pages()->currentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QDoubleSpinBox *spin = nullptr;
        for (auto *s : scroll->widget()->findChildren<QDoubleSpinBox *>())
            if (!spin && s->isVisible()
                && s->visibleRegion().boundingRect().height() >= s->height() / 2)
                spin = s;
        QVERIFY(spin);
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!spin->hasFocus());

        const auto wheelDown = [](QWidget *target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QSpontaneKeyEvent::setSpontaneous(&event); // as from the window system: it propagates
            QApplication::sendEvent(target, &event);
        };
        const double value = spin->value();
        const int top = scroll->verticalScrollBar()->value();
        wheelDown(spin);
        QCOMPARE(spin->value(), value);
        QVERIFY(scroll->verticalScrollBar()->value() > top);

        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        const int scrolled = scroll->verticalScrollBar()->value();
        wheelDown(spin);
        QVERIFY(spin->value() != value);
        QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);
    }

    void renamingATierKeepsReferences()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        QVERIFY(tiers);
        const std::string before = scenarioToJson(doc.scenario());
        auto *label = tiers->findChildren<QLineEdit *>().front();
        QCOMPARE(label->text(), QStringLiteral("Tier-1"));
        label->setText(QStringLiteral("Elite"));
        Q_EMIT label->editingFinished();
        Scenario s = doc.scenario();
        QCOMPARE(s.student.tiers.shares[0].label, std::string("Elite"));
        QVERIFY(edits::find(s.student.universities, "Elite"));
        QVERIFY(edits::find(s.student.cgpa, "Elite"));
        QVERIFY(!edits::find(s.student.cgpa, "Tier-1"));
        doc.undoStack()->undo();
        QCOMPARE(scenarioToJson(doc.scenario()), before);
    }

    void addingAndRemovingACity()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *cities = shareEditor(dock, QStringLiteral("Home cities"));
        QVERIFY(cities);
        const std::size_t n = doc.scenario().student.cities.shares.size();
        QPushButton *add = nullptr;
        for (auto *b : cities->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Add"))
                add = b;
        QVERIFY(add);
        add->click();
        QCOMPARE(doc.scenario().student.cities.shares.size(), n + 1);
        QCOMPARE(doc.scenario().student.cities.shares.back().weight, 1.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().student.cities.shares.size(), n);
    }

    void duplicateLabelIsRefused()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        auto *label = tiers->findChildren<QLineEdit *>().front();
        label->setText(QStringLiteral("Tier-2"));
        Q_EMIT label->editingFinished();
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!tiers->errorText().isEmpty());
        QTRY_COMPARE(label->text(), QStringLiteral("Tier-1")); // what the scenario holds
    }

    // A refused weight: the reason without its JSON path, and the field back to the held weight.
    void negativeWeightIsRefusedInPlainWords()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        const auto spins = tiers->findChildren<QDoubleSpinBox *>();
        QVERIFY(spins.size() >= 3);
        const double held = doc.scenario().student.tiers.shares[2].weight;
        spins[2]->setValue(-0.1);
        QCOMPARE(doc.scenario().student.tiers.shares[2].weight, held);
        QVERIFY(!tiers->errorText().isEmpty());
        QVERIFY2(!tiers->errorText().contains(QLatin1Char('$')), qPrintable(tiers->errorText()));
        QTRY_COMPARE(spins[2]->value(), held);
        spins[2]->setValue(held + 0.05);
        QVERIFY(tiers->errorText().isEmpty());
    }

    void listEditorRenamesAnItem()
    {
        StudioDocument doc;
        doc.reset(preset());
        KeyedListEditor reasons(
                &doc, QStringLiteral("reasons"), {},
                [](Scenario &s, const std::string &) { return &s.outcome.rejectionReasons; });
        QListWidget *list = reasons.list();
        QCOMPARE(list->count(), int(doc.scenario().outcome.rejectionReasons.size()));
        list->item(0)->setText(QStringLiteral("Too late"));
        QCOMPARE(doc.scenario().outcome.rejectionReasons[0], std::string("Too late"));
        QCOMPARE(doc.undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "test_scenario_editor.moc"
