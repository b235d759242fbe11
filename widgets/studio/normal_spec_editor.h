#pragma once
// Edits a truncated normal (mean, sd, min, max), optionally one of several chosen by a key (CGPA
// per tier, stipend per company group). The chart draws the target density as a curve and the
// values realized by the preview sample as a histogram under it.

#include "core/scenario/scenario.h"
#include "widgets/studio/field_editor.h"

#include <functional>
#include <string>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace pmis {

class ChartWidget;

class NormalSpecEditor : public FieldEditor
{
    Q_OBJECT
public:
    using KeysFn = std::function<std::vector<std::string>(const Scenario &)>;
    using Accessor = std::function<NormalSpec *(Scenario &, const std::string &key)>;
    using RealizedFn
            = std::function<std::vector<double>(const PreviewData &, const std::string &key)>;

    // `unit` names the values on the chart's x axis.
    NormalSpecEditor(StudioDocument *document, PreviewService *preview, UiText title, KeysFn keys,
                     Accessor field, RealizedFn realized, UiText unit, int decimals,
                     QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }

protected:
    void refresh() override;
    void showPreview(const PreviewData &preview) override;
    void retranslateUi() override;

private:
    std::string currentKey() const;
    void setLabelTexts();
    void edit(int which, double value);
    void updateChart();

    KeysFn m_keys;
    Accessor m_field;
    RealizedFn m_realizedFn;
    UiText m_unit;
    QComboBox *m_key;
    QLabel *m_names[4];
    QDoubleSpinBox *m_spins[4];
    ChartWidget *m_chart;
};

} // namespace pmis
