#pragma once
// Edits one enumerated scenario field with a combo box (the outcome mode).

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>

class QComboBox;

namespace pmis {

class ChoiceEditor : public FieldEditor
{
    Q_OBJECT
public:
    ChoiceEditor(StudioDocument *document, const QString &title, const QStringList &choices,
                 std::function<int(const Scenario &)> get, std::function<void(Scenario &, int)> set,
                 QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    std::function<int(const Scenario &)> m_get;
    std::function<void(Scenario &, int)> m_set;
    QComboBox *m_combo;
};

} // namespace pmis
