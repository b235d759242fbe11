// Editor pages about students: population, colleges and tiers, cities, skills, demographics.
#include "widgets/studio/editor_pages.h"

#include "widgets/studio/keyed_list_editor.h"
#include "widgets/studio/normal_spec_editor.h"
#include "widgets/studio/population_editor.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/scenario_edits.h"
#include "widgets/studio/share_table_editor.h"

#include <QVBoxLayout>
#include <QWidget>

namespace pmis {

using namespace pages;

namespace {

std::vector<std::string> keysOf(const auto &pairs)
{
    std::vector<std::string> out;
    for (const auto &p : pairs)
        out.push_back(p.first);
    return out;
}

} // namespace

namespace pages {

std::vector<double> valuesWhere(const Table &table, const std::string &valueColumn,
                                const std::string &groupColumn, const std::string &label)
{
    std::vector<double> out;
    const Column *values = table.find(valueColumn);
    const Column *groups = table.find(groupColumn);
    if (!values || !groups || groups->spec.type != ColumnType::Category)
        return out;
    const auto code = groups->codeOf(label);
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (groups->codes[r] == code)
            out.push_back(values->number(r));
    return out;
}

QWidget *page(const std::vector<QWidget *> &editors)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    for (QWidget *e : editors) {
        e->setParent(w);
        layout->addWidget(e);
    }
    layout->addStretch();
    return w;
}

} // namespace pages

QWidget *buildPopulationPage(const EditorContext &c)
{
    auto *counts = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Counts"); },
            [](const Scenario &) {
                // Fewer internships can leave fewer seats than the success rate selects.
                NumberField internships = field(
                        ScenarioEditor::tr("Internships"),
                        [](Scenario & s) -> auto & { return s.internships; }, 0, 100);
                internships.note = seatShortage;
                std::vector<NumberField> fields{
                        field(
                                ScenarioEditor::tr("Students"),
                                [](Scenario & s) -> auto & { return s.students; }, 0, 100),
                        internships,
                        field(
                                ScenarioEditor::tr("Interactions"),
                                [](Scenario & s) -> auto & { return s.interactions; }, 0, 1000),
                        field(
                                ScenarioEditor::tr("Profiles created within (days)"),
                                [](Scenario & s) -> auto & { return s.student.createdWithinDays; }),
                };
                for (std::size_t i = 0; i < 3; ++i)
                    fields[i].grouped = true; // the three counts
                return fields;
            });
    return page({new PopulationEditor(c.document), counts});
}

QWidget *buildCollegesPage(const EditorContext &c)
{
    ShareTableEditor::LabelHooks tierHooks;
    tierHooks.editable = true;
    tierHooks.added = [](Scenario &s, const std::string &tier) {
        edits::findOrAdd(s.student.universities, tier, {tier + " University"});
        edits::addKeyLikeFirst(s.student.cgpa, tier, NormalSpec{7, 1, 5, 10});
    };
    tierHooks.renamed = [](Scenario &s, const std::string &from, const std::string &to) {
        edits::renameKey(s.student.universities, from, to);
        edits::renameKey(s.student.cgpa, from, to);
        edits::renameKey(s.outcome.tierBias, from, to);
    };
    tierHooks.removed = [](Scenario &s, const std::string &tier) {
        edits::removeKey(s.student.universities, tier);
        edits::removeKey(s.student.cgpa, tier);
        edits::removeKey(s.outcome.tierBias, tier);
    };
    auto *tiers = new ShareTableEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("College tiers"); },
            [](Scenario &s) -> ShareTable & { return s.student.tiers; }, "students", "college_tier",
            tierHooks);
    const auto tierKeys = [](const Scenario &s) { return s.student.tiers.labels(); };
    auto *universities = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Universities per tier"); }, tierKeys,
            [](Scenario &s, const std::string &k) {
                return edits::find(s.student.universities, k);
            });
    auto *cgpa = new NormalSpecEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("CGPA per tier"); }, tierKeys,
            [](Scenario &s, const std::string &k) { return edits::find(s.student.cgpa, k); },
            [](const PreviewData &p, const std::string &k) {
                return valuesWhere(p.data->students, "cgpa", "college_tier", k);
            },
            [] { return ScenarioEditor::tr("CGPA"); }, 2);

    ShareTableEditor::LabelHooks streamHooks;
    streamHooks.editable = true;
    streamHooks.added = [](Scenario &s, const std::string &k) {
        edits::addKeyLikeFirst(s.student.streamCategories, k);
    };
    streamHooks.renamed = [](Scenario &s, const std::string &from, const std::string &to) {
        edits::renameKey(s.student.streamCategories, from, to);
    };
    streamHooks.removed = [](Scenario &s, const std::string &k) {
        edits::removeKey(s.student.streamCategories, k);
    };
    auto *streams = new ShareTableEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("Streams"); },
            [](Scenario &s) -> ShareTable & { return s.student.streams; }, "students", "stream",
            streamHooks);
    auto *streamCats = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Skill categories per stream"); },
            [](const Scenario &s) { return s.student.streams.labels(); },
            [](Scenario &s, const std::string &k) {
                return edits::find(s.student.streamCategories, k);
            });
    streamCats->setChoices([](const Scenario &s) { return keysOf(s.skillCategories); });
    auto *ranges = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Skills per student"); },
            [](const Scenario &) {
                return std::vector<NumberField>{
                        field(
                                ScenarioEditor::tr("Skills, at least"), [](Scenario & s) -> auto & {
                                    return s.student.skillsPerStudent.min;
                                }),
                        field(
                                ScenarioEditor::tr("Skills, at most"), [](Scenario & s) -> auto & {
                                    return s.student.skillsPerStudent.max;
                                }),
                        field(
                                ScenarioEditor::tr("Interests, at least"),
                                [](Scenario & s) -> auto & {
                                    return s.student.interestsPerStudent.min;
                                }),
                        field(
                                ScenarioEditor::tr("Interests, at most"),
                                [](Scenario & s) -> auto & {
                                    return s.student.interestsPerStudent.max;
                                }),
                };
            });
    return page({tiers, universities, cgpa, streams, streamCats, ranges});
}

QWidget *buildCitiesPage(const EditorContext &c)
{
    ShareTableEditor::LabelHooks hooks;
    hooks.editable = true;
    auto *cities = new ShareTableEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("Home cities"); },
            [](Scenario &s) -> ShareTable & { return s.student.cities; }, "students", "location",
            hooks);
    return page({cities});
}

QWidget *buildSkillsPage(const EditorContext &c)
{
    KeyedListEditor::KeyHooks hooks;
    hooks.added = [](Scenario &s, const std::string &k) {
        s.skillCategories.emplace_back(k, std::vector<std::string>{k + " basics"});
    };
    hooks.renamed = [](Scenario &s, const std::string &from, const std::string &to) {
        edits::renameKey(s.skillCategories, from, to);
        for (auto &[stream, cats] : s.student.streamCategories)
            edits::renameValue(cats, from, to);
    };
    hooks.removed = [](Scenario &s, const std::string &k) {
        edits::removeKey(s.skillCategories, k);
        for (auto &[stream, cats] : s.student.streamCategories)
            edits::removeValue(cats, k);
    };
    auto *skills = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Skills by category"); },
            [](const Scenario &s) { return keysOf(s.skillCategories); },
            [](Scenario &s, const std::string &k) { return edits::find(s.skillCategories, k); },
            hooks);
    auto *domainSkills = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Skill pool per internship domain"); },
            [](const Scenario &s) { return s.internship.domains.labels(); },
            [](Scenario &s, const std::string &k) {
                return edits::find(s.internship.domainSkills, k);
            });
    domainSkills->setChoices([](const Scenario &s) { return s.allSkills(); });
    auto *required = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Required skills per internship"); },
            [](const Scenario &) {
                return std::vector<NumberField>{
                        field(
                                ScenarioEditor::tr("At least"), [](Scenario & s) -> auto & {
                                    return s.internship.requiredSkills.min;
                                }),
                        field(
                                ScenarioEditor::tr("At most"), [](Scenario & s) -> auto & {
                                    return s.internship.requiredSkills.max;
                                }),
                };
            });
    return page({skills, domainSkills, required});
}

QWidget *buildDemographicsPage(const EditorContext &c)
{
    ShareTableEditor::LabelHooks genderHooks;
    genderHooks.editable = true;
    genderHooks.renamed = [](Scenario &s, const std::string &from, const std::string &to) {
        edits::renameKey(s.outcome.genderBias, from, to);
    };
    genderHooks.removed
            = [](Scenario &s, const std::string &k) { edits::removeKey(s.outcome.genderBias, k); };
    ShareTableEditor::LabelHooks free;
    free.editable = true;
    auto share = [&](UiText title, ShareTable &(*acc)(Scenario &), const char *column,
                     ShareTableEditor::LabelHooks hooks = {}) {
        return new ShareTableEditor(c.document, c.preview, std::move(title), acc, "students",
                                    column, hooks);
    };
    return page({
            share([] { return ScenarioEditor::tr("Gender"); },
                  [](Scenario &s) -> ShareTable & { return s.student.gender; }, "gender",
                  genderHooks),
            share([] { return ScenarioEditor::tr("Rural / urban"); },
                  [](Scenario &s) -> ShareTable & { return s.student.ruralUrban; }, "rural_urban"),
            share([] { return ScenarioEditor::tr("Graduation year"); },
                  [](Scenario &s) -> ShareTable & { return s.student.graduationYear; },
                  "graduation_year", free),
            share([] { return ScenarioEditor::tr("Previous experience"); },
                  [](Scenario &s) -> ShareTable & { return s.student.experience; },
                  "previous_experience", free),
    });
}

} // namespace pmis
