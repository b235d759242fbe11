#pragma once
// Edits one share table: a spin box and a slider per label, exact/sampled mode, and (when allowed)
// adding, renaming and removing labels. Its chart shows the target shares as bars and the shares
// realized by the preview sample as markers over them.

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>
#include <string>
#include <vector>

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

    ChartWidget *chart() const { return m_chart; }
    // For tests: sets the weight of row `i` as a user edit would.
    void setWeight(int i, double weight);

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
    };
    const ShareTable &current() const;
    void setControlTexts();
    void rebuild();
    void updateValues();
    void updateChart();
    void editWeight(int i, double weight, bool fromSlider);
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
    ChartWidget *m_chart;
    std::vector<Row> m_rows;
    std::vector<std::string> m_labels;
    std::vector<double> m_realized;
    double m_sliderScale = 1;
    bool m_dragging = false;
};

} // namespace pmis
