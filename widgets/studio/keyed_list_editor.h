#pragma once
// Edits a list of names, optionally one of several chosen by a key (universities per tier, skills
// per category, company names per group): add, rename in place, remove. When the keys themselves
// are editable (skill categories), they can be added, renamed and removed too.

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>
#include <string>
#include <vector>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace pmis {

struct ListKeyHooks
{
    std::function<void(Scenario &, const std::string &)> added;
    std::function<void(Scenario &, const std::string &from, const std::string &to)> renamed;
    std::function<void(Scenario &, const std::string &)> removed;
};

class KeyedListEditor : public FieldEditor
{
    Q_OBJECT
public:
    using KeysFn = std::function<std::vector<std::string>(const Scenario &)>;
    using Accessor = std::function<std::vector<std::string> *(Scenario &, const std::string &key)>;
    using KeyHooks = ListKeyHooks;
    // `keys` empty: a single list. `keyHooks` set: the keys are editable.

    KeyedListEditor(StudioDocument *document, UiText title, KeysFn keys, Accessor field,
                    KeyHooks keyHooks = {}, QWidget *parent = nullptr);

    // The values a list may hold (skills known to the scenario, skill categories); for such lists
    // Add offers a picker of the values not yet in the list instead of a placeholder name.
    using ChoicesFn = std::function<std::vector<std::string>(const Scenario &)>;
    void setChoices(ChoicesFn choices);

    QListWidget *list() const { return m_list; }
    // The picker next to Add; null unless choices were set.
    QComboBox *picker() const { return m_pick; }
    // For tests: the Add button.
    QPushButton *addButton() const { return m_addItem; }

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    std::string currentKey() const;
    void addItem();
    void fillPicker();
    void removeItem();
    void itemEdited(QListWidgetItem *item);
    void addKey();
    void renameKey();
    void removeKey();

    KeysFn m_keys;
    Accessor m_field;
    KeyHooks m_keyHooks;
    QComboBox *m_key;
    QComboBox *m_pick = nullptr;
    ChoicesFn m_choices;
    QListWidget *m_list;
    QPushButton *m_newKey = nullptr, *m_renameKey = nullptr, *m_deleteKey = nullptr;
    QPushButton *m_addItem, *m_removeItem;
    bool m_filling = false;
};

} // namespace pmis
