#pragma once
// The Outcomes page's live chart: the generator's mean success probability of an application in
// the preview sample, by tier, gender and rural/urban, so the effect of weights and bias terms
// shows at once (the sample is too small to count successes at realistic rates).

#include "widgets/studio/field_editor.h"

namespace pmis {

class ChartWidget;

class SuccessPreviewChart : public FieldEditor
{
    Q_OBJECT
public:
    SuccessPreviewChart(StudioDocument *document, PreviewService *preview,
                        QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }

protected:
    void refresh() override {}
    void showPreview(const PreviewData &preview) override;
    void retranslateUi() override;

private:
    ChartWidget *m_chart;
};

} // namespace pmis
