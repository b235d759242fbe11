#pragma once
// Edits one enumerated scenario field with a combo box (the outcome mode).

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <QStringList>

#include <functional>

class QComboBox;

namespace pmis {

class ChoiceEditor : public FieldEditor
{
    Q_OBJECT
public:
    // `choices` returns the entries in the current language, in the order of the field's values.
    ChoiceEditor(StudioDocument *document, UiText title, std::function<QStringList()> choices,
                 std::function<int(const Scenario &)> get, std::function<void(Scenario &, int)> set,
                 QWidget *parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    std::function<QStringList()> m_choices;
    std::function<int(const Scenario &)> m_get;
    std::function<void(Scenario &, int)> m_set;
    QComboBox *m_combo;
};

} // namespace pmis
