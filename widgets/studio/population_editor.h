#pragma once
// The scenario's identity: name, description, seed (with a button for a new random seed) and the
// reference date every generated date is relative to.

#include "widgets/studio/field_editor.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pmis {

class PopulationEditor : public FieldEditor
{
    Q_OBJECT
public:
    PopulationEditor(StudioDocument *document, QWidget *parent = nullptr);

public Q_SLOTS:
    void newSeed();

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_seed;
    QDateEdit *m_date;
    QPushButton *m_newSeed;
    QLabel *m_labels[4];
};

} // namespace pmis
