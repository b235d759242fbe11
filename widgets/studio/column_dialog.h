#pragma once
// Edit ▸ Add Column…: declares an attribute column of a table in the scenario (its name, unit and
// law), as a scenario file's "columns" entry does. The column is checked with the scenario's own
// rules before the dialog closes; a mistake is named under the fields and nothing is added.

#include "core/scenario/scenario.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pmis {

class AddColumnDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddColumnDialog(const Scenario &scenario, QWidget *parent = nullptr);

    // The column as filled in.
    ColumnDecl column() const;
    // The scenario with the column added (what accept() checked).
    Scenario edited() const;

    QComboBox *tableBox() const { return m_table; }
    QComboBox *lawBox() const { return m_law; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *valuesEdit() const { return m_values; }
    QDoubleSpinBox *meanBox() const { return m_mean; }
    QDoubleSpinBox *sdBox() const { return m_sd; }
    QDoubleSpinBox *minBox() const { return m_min; }
    QDoubleSpinBox *maxBox() const { return m_max; }
    QString errorText() const;

    void accept() override;

private:
    void showFieldsOfLaw();
    // The values and weights typed as "label = weight, …" (a label alone weighs 1); empty with
    // `error` set when a weight is not a number.
    std::vector<Share> shares(QString *error = nullptr) const;

    Scenario m_scenario;
    QFormLayout *m_form;
    QComboBox *m_table;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QComboBox *m_law;
    QLineEdit *m_values;
    QDoubleSpinBox *m_exponent;
    QDoubleSpinBox *m_mean;
    QDoubleSpinBox *m_sd;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QLabel *m_error;
};

} // namespace pmis
