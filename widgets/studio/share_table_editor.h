#pragma once
// Edits one share table: a spin box, its normalised share and a slider per label, the total,
// exact/sampled mode, and (when allowed) adding, renaming and removing labels. Weights can be typed
// as weights or as percentages (the other labels then rescale to keep the total at 100%); the slider
// always sets the share. A refused value is explained under its row and the row shows what the
// scenario holds. Its chart shows the target shares as bars and the shares realized by the preview
// sample as markers over them.

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QDoubleSpinBox;
class QSlider;
class QPushButton;

namespace pmis {

class ChartWidget;

// Keeps the rest of the scenario consistent when labels change; any may be empty.
struct ShareLabelHooks
{
    bool editable = false;
    std::function<void(Scenario &, const std::string &)> added;
    std::function<void(Scenario &, const std::string &from, const std::string &to)> renamed;
    std::function<void(Scenario &, const std::string &)> removed;
};

class ShareTableEditor : public FieldEditor
{
    Q_OBJECT
public:
    using Accessor = std::function<ShareTable &(Scenario &)>;
    using LabelHooks = ShareLabelHooks;

    ShareTableEditor(StudioDocument *document, PreviewService *preview, UiText title,
                     Accessor field, std::string table, std::string column, LabelHooks hooks = {},
                     QWidget *parent = nullptr);

    // A plain sentence for a candidate scenario that must be refused, or an empty string.
    using Check = std::function<QString(const Scenario &)>;

    ChartWidget *chart() const { return m_chart; }
    // `refuse` is asked before an edited weight is applied: a non-empty answer refuses it and is
    // shown under the row. `note` is asked of the current scenario: a non-empty answer is a warning
    // shown under the table (the edit is kept).
    void setChecks(Check refuse, Check note);
    // For tests: sets the weight of row `i` as a user edit would.
    void setWeight(int i, double weight);
    // Typing shares in percent instead of weights.
    void setPercentMode(bool on);
    bool percentMode() const;
    // For tests: the spin box of row `i`, the share shown beside it, the message under it (empty
    // when none), the total shown under the rows and the warning under the table.
    QDoubleSpinBox *spinBox(int i) const;
    QString shareText(int i) const;
    QString rowError(int i) const;
    QString totalText() const;
    QString noteText() const;

protected:
    void refresh() override;
    void showPreview(const PreviewData &preview) override;
    void retranslateUi() override;

private:
    struct Row
    {
        QWidget *label = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QSlider *slider = nullptr;
        QPushButton *remove = nullptr;
        QLabel *share = nullptr;
        QLabel *error = nullptr;
    };
    const ShareTable &current() const;
    void setControlTexts();
    void rebuild();
    void updateValues();
    void updateChart();
    void editWeight(int i, double weight, bool fromSlider);
    // Sets row `i` to `share` (0..1) and rescales the others so the total weight stays the same.
    void editShare(int i, double share, bool fromSlider);
    // Applies an edit of row `i`; a refusal is shown under the row. True when applied.
    bool apply(int i, const Scenario &edited, const QString &text, const QString &mergeKey);
    void setRowError(int i, const QString &sentence);
    void updateNote();
    QString rowLabel(int i) const;
    void addLabel();
    void renameLabel(int i, const QString &to);
    void removeLabel(int i);

    Accessor m_field;
    std::string m_table, m_column;
    LabelHooks m_hooks;
    QGridLayout *m_grid;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QPushButton *m_add = nullptr;
    QCheckBox *m_percent;
    QLabel *m_totalLabel = nullptr, *m_total = nullptr;
    QLabel *m_note;
    Check m_refuse, m_noteFn;
    ChartWidget *m_chart;
    std::vector<Row> m_rows;
    std::vector<std::string> m_labels;
    std::vector<double> m_realized;
};

} // namespace pmis
