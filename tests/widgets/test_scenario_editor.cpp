#include "core/scenario/scenario_json.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/keyed_list_editor.h"
#include "widgets/studio/normal_spec_editor.h"
#include "widgets/studio/numbers_editor.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/scenario_edits.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QSlider>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QToolBox>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

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
        QCOMPARE(tiers->rowError(0),
                 QStringLiteral("Tier-2 is already a label; choose another name"));
        QCOMPARE(label->text(), QStringLiteral("Tier-1")); // what the scenario holds
        label->setText(QStringLiteral("Tier-A"));
        Q_EMIT label->editingFinished();
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(tiers->rowError(0).isEmpty());
    }

    // Adding to a table of whole-number labels continues the numbers, so the row is accepted.
    void addingAGraduationYearContinuesTheYears()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *years = shareEditor(dock, QStringLiteral("Graduation year"));
        QVERIFY(years);
        const auto labels = doc.scenario().student.graduationYear.labels();
        int top = 0;
        for (const auto &l : labels)
            top = std::max(top, std::stoi(l));
        QPushButton *add = nullptr;
        for (auto *b : years->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Add"))
                add = b;
        QVERIFY(add);
        add->click();
        QVERIFY2(years->errorText().isEmpty(), qPrintable(years->errorText()));
        QCOMPARE(doc.scenario().student.graduationYear.labels().size(), labels.size() + 1);
        QCOMPARE(doc.scenario().student.graduationYear.labels().back(), std::to_string(top + 1));
    }

    // A refused weight: a plain sentence under its row (not at the bottom of the group), the row
    // back to the held weight, and the sentence gone once a valid weight is applied.
    void negativeWeightIsRefusedAtTheRow()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        QVERIFY(tiers);
        QDoubleSpinBox *spin = tiers->spinBox(2);
        QVERIFY(spin);
        const double held = doc.scenario().student.tiers.shares[2].weight;
        QVERIFY(tiers->rowError(2).isEmpty());
        spin->setValue(-0.1);
        QCOMPARE(doc.scenario().student.tiers.shares[2].weight, held);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(tiers->rowError(2), QStringLiteral("Tier-3's weight cannot be negative"));
        QVERIFY(tiers->rowError(1).isEmpty());
        QVERIFY(tiers->errorText().isEmpty());
        QCOMPARE(spin->value(), held); // what the scenario holds, not the refused value
        spin->setValue(held + 0.05);
        QCOMPARE(doc.scenario().student.tiers.shares[2].weight, held + 0.05);
        QVERIFY(tiers->rowError(2).isEmpty());
    }

    // Every weight shows its normalised share beside it, and the total is shown.
    void weightsShowTheirShare()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        const auto shareOf = [&](int i) {
            return QStringLiteral("%1%").arg(QLocale().toString(
                    doc.scenario().student.tiers.probabilities()[std::size_t(i)] * 100, 'f', 1));
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(tiers->shareText(i), shareOf(i));
        tiers->setWeight(0, 0.4);
        QCOMPARE(doc.scenario().student.tiers.shares[0].weight, 0.4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(tiers->shareText(i), shareOf(i));
        double total = 0;
        for (const Share &sh : doc.scenario().student.tiers.shares)
            total += sh.weight;
        QVERIFY2(tiers->totalText().startsWith(QLocale().toString(total, 'f', 3)),
                 qPrintable(tiers->totalText()));
        QVERIFY(tiers->totalText().contains(QStringLiteral("100")));
    }

    // Typed as a percentage, a share is met exactly and the other rows rescale in proportion;
    // the edit is one undo step.
    // Weights in a form (company sizes per group) also show their share of the group and the
    // total, and follow an edit.
    void groupSizeWeightsShowTheirShare()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        const CompanyCategory &g = doc.scenario().companyCategories.at(0);
        const QString label = QStringLiteral("%1: %2 weight")
                                      .arg(QString::fromStdString(g.label),
                                           QString::fromStdString(g.size.shares.at(0).label));
        NumbersEditor *editor = nullptr;
        QDoubleSpinBox *weight = nullptr;
        for (auto *e : dock.findChildren<NumbersEditor *>())
            if (!weight && (weight = e->spinBox(label)))
                editor = e;
        QVERIFY(weight);
        const auto expected = [&] {
            const ShareTable &t = doc.scenario().companyCategories[0].size;
            double total = 0;
            for (const Share &sh : t.shares)
                total += sh.weight;
            return QStringLiteral("%1% of the group (total %2)")
                    .arg(QLocale().toString(t.probabilities()[0] * 100, 'f', 1),
                         QLocale().toString(total, 'f', 2));
        };
        const QString before = editor->besideText(weight);
        QCOMPARE(before, expected());
        weight->setValue(weight->value() + 1);
        QCOMPARE(editor->besideText(weight), expected());
        QVERIFY(editor->besideText(weight) != before);
    }

    void editingInPercentRescalesTheOthers()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        const ShareTable before = doc.scenario().student.tiers;
        const auto p0 = before.probabilities();
        tiers->setPercentMode(true);
        QCOMPARE(tiers->spinBox(0)->value(), std::round(p0[0] * 1000) / 10);
        tiers->spinBox(0)->setValue(50);
        const auto p = doc.scenario().student.tiers.probabilities();
        QVERIFY(std::abs(p[0] - 0.5) < 1e-9);
        QVERIFY(std::abs(p[1] / p[2] - p0[1] / p0[2]) < 1e-9);
        QVERIFY(std::abs(p[1] + p[2] - 0.5) < 1e-9);
        QCOMPARE(tiers->spinBox(0)->value(), 50.0);
        QCOMPARE(doc.undoStack()->count(), 1);
        tiers->spinBox(1)->setValue(120);
        QVERIFY(!tiers->rowError(1).isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().student.tiers.probabilities(), p0);
    }

    // The slider sets the row's share: after the release the handle stays where it was let go.
    void sliderHandleStaysWhereReleased()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        ShareTableEditor *tiers = shareEditor(dock, QStringLiteral("College tiers"));
        auto *slider = tiers->findChildren<QSlider *>().front();
        slider->setSliderDown(true);
        slider->setValue(400);
        slider->setValue(420);
        slider->setSliderDown(false);
        Q_EMIT slider->sliderReleased();
        QCOMPARE(slider->value(), 420);
        QVERIFY(std::abs(doc.scenario().student.tiers.probabilities()[0] - 0.42) < 1e-9);
        QCOMPARE(doc.undoStack()->count(), 1); // one drag, one step
    }

    // Adding to a skill pool offers the known skills not yet in the pool, and adds the picked one.
    void skillPickerAddsAKnownSkill()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        KeyedListEditor *pool = nullptr;
        for (auto *e : dock.findChildren<KeyedListEditor *>())
            if (e->title() == QLatin1String("Skill pool per internship domain"))
                pool = e;
        QVERIFY(pool && pool->picker());
        const std::string domain = doc.scenario().internship.domains.labels().front();
        const auto poolOf = [&] {
            Scenario copy = doc.scenario();
            return *edits::find(copy.internship.domainSkills, domain);
        };
        const auto held = poolOf();
        const auto known = doc.scenario().allSkills();
        QComboBox *picker = pool->picker();
        QCOMPARE(picker->count(), int(known.size() - held.size()));
        for (int i = 0; i < picker->count(); ++i) {
            const std::string skill = picker->itemText(i).toStdString();
            QVERIFY(std::find(known.begin(), known.end(), skill) != known.end());
            QVERIFY(std::find(held.begin(), held.end(), skill) == held.end());
        }
        picker->setCurrentIndex(picker->count() - 1);
        const std::string picked = picker->currentText().toStdString();
        pool->addButton()->click();
        const auto now = poolOf();
        QCOMPARE(now.size(), held.size() + 1);
        QCOMPARE(now.back(), picked);
        QVERIFY(pool->errorText().isEmpty());
        QCOMPARE(picker->findText(QString::fromStdString(picked)), -1);
        doc.undoStack()->undo();
        QCOMPARE(poolOf(), held);
    }

    // A success rate that shortlist cannot carry is refused at the field, in plain words naming
    // the highest rate; so is a shortlist share that the rate then cannot meet.
    void funnelConflictIsExplainedWhereEdited()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        NumbersEditor *model = nullptr;
        QDoubleSpinBox *rate = nullptr;
        for (auto *e : dock.findChildren<NumbersEditor *>())
            if (!rate && (rate = e->spinBox(QStringLiteral("Success rate"))))
                model = e;
        QVERIFY(rate);
        const Scenario held = doc.scenario();
        QCOMPARE(rate->value(), std::round(held.outcome.successRate * 1e5) / 1e3);
        const auto p = held.interaction.types.probabilities();
        const double limit = p[std::size_t(held.interaction.types.indexOf("shortlist"))]
                             / p[std::size_t(held.interaction.types.indexOf("apply"))];
        rate->setValue(std::ceil(limit * 100) + 1);
        QCOMPARE(doc.scenario().outcome.successRate, held.outcome.successRate);
        QCOMPARE(rate->value(), std::round(held.outcome.successRate * 1e5) / 1e3);
        const QString error = model->fieldError(rate);
        QVERIFY2(error.contains(QStringLiteral("shortlist")), qPrintable(error));
        QVERIFY2(error.contains(QLocale().toString(limit * 100, 'f', 1)), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('$')), qPrintable(error));

        ShareTableEditor *types = shareEditor(dock, QStringLiteral("Interaction types"));
        QVERIFY(types);
        const int shortlist = held.interaction.types.indexOf("shortlist");
        types->setWeight(shortlist, 0.0);
        QCOMPARE(doc.scenario().interaction.types.shares[std::size_t(shortlist)].weight,
                 held.interaction.types.shares[std::size_t(shortlist)].weight);
        const QString rowError = types->rowError(shortlist);
        QVERIFY2(rowError.contains(QStringLiteral("success rate")), qPrintable(rowError));
    }

    // A share edited in percent is refused in percent, not as a fraction.
    void percentFieldIsRefusedInPercent()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        NumbersEditor *editor = nullptr;
        QDoubleSpinBox *active = nullptr;
        for (auto *e : dock.findChildren<NumbersEditor *>())
            if (!active && (active = e->spinBox(QStringLiteral("Active share"))))
                editor = e;
        QVERIFY(active);
        const double held = doc.scenario().internship.activeShare;
        QCOMPARE(active->value(), std::round(held * 1000) / 10);
        active->setValue(150);
        QCOMPARE(doc.scenario().internship.activeShare, held);
        const QString error = editor->fieldError(active);
        QVERIFY2(error.contains(QStringLiteral("100%"))
                         && !error.contains(QStringLiteral("[0, 1]")),
                 qPrintable(error));
        active->setValue(50);
        QCOMPARE(doc.scenario().internship.activeShare, 0.5);
        QVERIFY(editor->fieldError(active).isEmpty());
    }

    // When the rate selects more applications than there are seats, the success rate field says
    // so (the edit itself is kept), and the warning goes when seats suffice again.
    void seatShortageIsShownAtTheSuccessRate()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        NumbersEditor *model = nullptr;
        QDoubleSpinBox *rate = nullptr;
        for (auto *e : dock.findChildren<NumbersEditor *>())
            if (!rate && (rate = e->spinBox(QStringLiteral("Success rate"))))
                model = e;
        QVERIFY(rate);
        QVERIFY(model->fieldNote(rate).isEmpty());
        QVERIFY(doc.scenario().outcome.successRate * expectedApplications(doc.scenario())
                < expectedSeats(doc.scenario()));
        Scenario fewer = doc.scenario();
        fewer.internships = 10;
        for (auto &[size, range] : fewer.internship.positions)
            range = {1, 1};
        QCOMPARE(expectedSeats(fewer), 10.0);
        QVERIFY(fewer.outcome.successRate * expectedApplications(fewer) > expectedSeats(fewer));
        QVERIFY(doc.applyEdit(QStringLiteral("fewer internships"), fewer).isEmpty());
        const QString note = model->fieldNote(rate);
        QVERIFY2(note.contains(QStringLiteral("seats")), qPrintable(note));
        QVERIFY2(note.contains(QLocale().toString(std::llround(expectedSeats(fewer)))),
                 qPrintable(note));
        doc.undoStack()->undo();
        QVERIFY(model->fieldNote(rate).isEmpty());
    }

    // The other editors name and tint the refused field, show the reason next to the fields
    // (above the chart), put back the held value, and clear the message once a value is applied.
    void normalSpecRefusalNamesTheField()
    {
        StudioDocument doc;
        doc.reset(preset());
        ScenarioEditorDock dock(&doc);
        NormalSpecEditor *cgpa = nullptr;
        for (auto *e : dock.findChildren<NormalSpecEditor *>())
            if (e->title() == QLatin1String("CGPA per tier"))
                cgpa = e;
        QVERIFY(cgpa);
        const auto spins = cgpa->findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 4);
        QDoubleSpinBox *sd = spins[1];
        const double held = sd->value();
        sd->setValue(-1);
        QVERIFY2(cgpa->errorText().startsWith(QStringLiteral("SD was not changed: ")),
                 qPrintable(cgpa->errorText()));
        QVERIFY(!cgpa->errorText().contains(QLatin1Char('$')));
        QVERIFY(!sd->findChild<QLineEdit *>()->styleSheet().isEmpty());
        QTRY_COMPARE(sd->value(), held);
        cgpa->resize(400, 600);
        cgpa->show();
        QLabel *error = nullptr;
        for (auto *l : cgpa->findChildren<QLabel *>())
            if (l->text() == cgpa->errorText())
                error = l;
        QVERIFY(error);
        QVERIFY(error->y() < cgpa->findChild<ChartWidget *>()->y());
        QVERIFY(error->y() > sd->y());
        sd->setValue(held + 0.1);
        QVERIFY(cgpa->errorText().isEmpty());
        QVERIFY(sd->findChild<QLineEdit *>()->styleSheet().isEmpty());
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
