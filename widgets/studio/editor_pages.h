#pragma once
// The pages of the scenario editor, one per group of tunables (Population, Colleges & tiers, ...).
// Each returns a widget holding the editors of its group; the editors talk to the document
// themselves.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/numbers_editor.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <type_traits>
#include <vector>

class QWidget;

namespace pmis {

class PreviewService;
class StudioDocument;

// The translation context of the editor pages' texts.
class ScenarioEditor
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioEditor)
};

struct EditorContext
{
    StudioDocument *document = nullptr;
    PreviewService *preview = nullptr;
};

QWidget *buildPopulationPage(const EditorContext &context);
QWidget *buildCollegesPage(const EditorContext &context);
QWidget *buildCitiesPage(const EditorContext &context);
QWidget *buildSkillsPage(const EditorContext &context);
QWidget *buildDemographicsPage(const EditorContext &context);
QWidget *buildCompaniesPage(const EditorContext &context);
QWidget *buildEngagementPage(const EditorContext &context);
QWidget *buildOutcomesPage(const EditorContext &context);

namespace pages {

// A numeric field of the scenario given by a reference accessor.
template<typename Ref>
NumberField field(const QString &label, Ref ref, int decimals = 0, double step = 1,
                  const QString &toolTip = {})
{
    NumberField f;
    f.label = label;
    f.get = [ref](const Scenario &s) { return double(ref(const_cast<Scenario &>(s))); };
    f.set = [ref](Scenario &s, double v) {
        using T = std::remove_reference_t<decltype(ref(s))>;
        ref(s) = T(v);
    };
    f.decimals = decimals;
    f.step = step;
    f.toolTip = toolTip;
    return f;
}

// A share of the scenario (a fraction in [0, 1]) edited in percent.
NumberField percentField(const QString &label, double &(*ref)(Scenario &), int decimals,
                         double step, const QString &toolTip = {});

// Values of `valueColumn` in the rows whose category `groupColumn` equals `label`.
std::vector<double> valuesWhere(const Table &table, const std::string &valueColumn,
                                const std::string &groupColumn, const std::string &label);

// Why a candidate scenario's funnel targets cannot all be met, in plain words; empty when they
// can.
QString funnelProblem(const Scenario &candidate);
// A warning when the success rate selects more applications than the internships offer seats;
// empty otherwise.
QString seatShortage(const Scenario &scenario);

// A vertical page with the given editors, for a scroll area.
QWidget *page(const std::vector<QWidget *> &editors);

} // namespace pages
} // namespace pmis
