#pragma once
// Edits a set of numeric scenario fields in a form: counts, rates, weights, ranges. The fields are
// listed by a function of the scenario, so keyed fields (bias per tier, positions per company size)
// follow the labels as they change; the function is asked again after a language change.

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>
#include <vector>

class QFormLayout;
class QDoubleSpinBox;

namespace pmis {

struct NumberField
{
    QString label;
    std::function<double(const Scenario &)> get;
    std::function<void(Scenario &, double)> set;
    int decimals = 0;
    double step = 1;
    QString toolTip;
};

class NumbersEditor : public FieldEditor
{
    Q_OBJECT
public:
    using FieldsFn = std::function<std::vector<NumberField>(const Scenario &)>;

    NumbersEditor(StudioDocument *document, UiText title, FieldsFn fields,
                  QWidget *parent = nullptr);

    // For tests: the spin box of the field labelled `label`, or null.
    QDoubleSpinBox *spinBox(const QString &label) const;

protected:
    void refresh() override;
    void retranslateUi() override { refresh(); }

private:
    void rebuild(std::vector<NumberField> fields);

    FieldsFn m_fieldsFn;
    QFormLayout *m_form;
    std::vector<NumberField> m_fields;
    std::vector<QDoubleSpinBox *> m_spins;
};

} // namespace pmis
