#pragma once
// Edit ▸ Add Column…: declares an attribute column of a table in the scenario (its name, unit and
// law), as a scenario file's "columns" entry does. A categorical column may be conditional on a
// categorical column of its table or of a parent row: one list of values per value of the
// condition, or none to leave those rows empty. The column is checked with the scenario's own
// rules before the dialog closes; a mistake is named under the fields and nothing is added.

#include "core/scenario/scenario.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

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
    QCheckBox *protectedBox() const { return m_protected; }
    // "Given": the column the law depends on (data: its name as the scenario writes it, empty for
    // none); the table below it holds the values per value of the condition.
    QComboBox *givenBox() const { return m_given; }
    QTableWidget *lawsTable() const { return m_laws; }
    QDoubleSpinBox *meanBox() const { return m_mean; }
    QDoubleSpinBox *sdBox() const { return m_sd; }
    QDoubleSpinBox *minBox() const { return m_min; }
    QDoubleSpinBox *maxBox() const { return m_max; }
    QString errorText() const;

    void accept() override;

private:
    // The fields the law needs; "protected" only for a categorical column of students.
    void showFieldsOfLaw();
    // The values and weights typed as "label = weight, …" (a label alone weighs 1); empty with
    // `error` set when a weight is not a number.
    std::vector<Share> shares(QString *error = nullptr) const;
    // The same for any text.
    static std::vector<Share> parseShares(const QString &text, QString *error = nullptr);
    // Fills the Given box with the categorical columns the table's column may depend on.
    void listConditions();
    // One row per value of the condition picked.
    void listConditionValues();

    Scenario m_scenario;
    QFormLayout *m_form;
    QComboBox *m_table;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QComboBox *m_law;
    QLineEdit *m_values;
    QCheckBox *m_protected;
    QComboBox *m_given;
    QTableWidget *m_laws;
    QDoubleSpinBox *m_exponent;
    QDoubleSpinBox *m_mean;
    QDoubleSpinBox *m_sd;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QLabel *m_error;
};

} // namespace pmis
