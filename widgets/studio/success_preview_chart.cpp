#include "widgets/studio/success_preview_chart.h"

#include "widgets/studio/chart_widget.h"
#include "widgets/studio/preview_service.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pmis {

SuccessPreviewChart::SuccessPreviewChart(StudioDocument *document, PreviewService *preview,
                                         QWidget *parent)
    : FieldEditor(document, preview,
                  UiText([] { return tr("Success probability by group (preview sample)"); }),
                  parent)
{
    m_chart = new ChartWidget(this);
    m_chart->setMinimumHeight(200);
    body()->addWidget(m_chart);
    start();
}

void SuccessPreviewChart::retranslateUi()
{
    if (preview() && preview()->latest())
        showPreview(*preview()->latest());
}

void SuccessPreviewChart::showPreview(const PreviewData &preview)
{
    const Dataset &d = *preview.data;
    const Column &probability = d.outcomes.at("true_probability");
    const Column &student = d.outcomes.at("student_id");
    QStringList labels;
    QVector<double> values;
    for (const char *name : {"college_tier", "gender", "rural_urban"}) {
        const Column &group = d.students.at(name);
        std::vector<double> sum(group.dict.size(), 0), count(group.dict.size(), 0);
        for (std::size_t r = 0; r < probability.size(); ++r) {
            const auto row = std::size_t(student.ints[r] - 1);
            if (row >= group.size() || probability.isNull(r))
                continue;
            sum[std::size_t(group.codes[row])] += probability.reals[r];
            count[std::size_t(group.codes[row])] += 1;
        }
        const auto &order = group.spec.allowed.empty() ? group.dict : group.spec.allowed;
        for (const auto &label : order) {
            const auto code = group.codeOf(label);
            if (code < 0 || count[std::size_t(code)] == 0)
                continue;
            labels << QString::fromStdString(label);
            values << 100.0 * sum[std::size_t(code)] / count[std::size_t(code)];
        }
    }
    m_chart->showGroupedBars(labels, {values}, {}, tr("mean P(success) %"));
}

} // namespace pmis
