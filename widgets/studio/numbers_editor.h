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
class QLabel;

namespace pmis {

struct NumberField
{
    QString label;
    std::function<double(const Scenario &)> get;
    std::function<void(Scenario &, double)> set;
    int decimals = 0;
    double step = 1;
    QString toolTip;
    QString suffix;       // the unit after the number (" %")
    bool grouped = false; // thousands separators in the interface language (counts, not years)
    // Asked of the edited scenario before it is applied: a plain sentence refuses it (shown under
    // the field), an empty string lets the document's checks decide.
    std::function<QString(const Scenario &)> refuse;
    // Asked of the current scenario: a plain sentence is a warning shown under the field.
    std::function<QString(const Scenario &)> note;
    // Asked of the current scenario: a short text shown beside the field (a weight's share).
    std::function<QString(const Scenario &)> beside;
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
    // The message shown under `spin`'s field after a refused value; empty when none.
    QString fieldError(const QDoubleSpinBox *spin) const;
    // The warning shown under `spin`'s field; empty when none.
    QString fieldNote(const QDoubleSpinBox *spin) const;
    // The text shown beside `spin` (a weight's share); empty when none.
    QString besideText(const QDoubleSpinBox *spin) const;

protected:
    void refresh() override;
    void retranslateUi() override { refresh(); }

private:
    void rebuild(std::vector<NumberField> fields);
    // Shows why the value of field `i` was refused, under the field, and puts back the value the
    // scenario holds; an empty reason clears the message.
    void setFieldError(std::size_t i, const QString &reason);

    FieldsFn m_fieldsFn;
    QFormLayout *m_form;
    std::vector<NumberField> m_fields;
    std::vector<QDoubleSpinBox *> m_spins;
    std::vector<QLabel *> m_errors;
    std::vector<QLabel *> m_notes;
    std::vector<QLabel *> m_besides; // null where the field has no `beside`
};

} // namespace pmis
