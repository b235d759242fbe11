#pragma once
// The evaluation panel: runs the offline evaluation off the GUI thread (progress, cancel) and shows
// the protocol and the blend weights it used, the metric table per method (precision, recall and
// AP only where several items can be relevant), the success model against the ground truth with
// counts (greyed when there are too few positives to judge), and charts of NDCG@K against K per
// method, the reliability diagram and the metrics per group.

#include "core/rec/evaluation.h"
#include "widgets/studio/ui_text.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pmis {

class RecChart;
class RecJob;

class RecEvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecEvaluationPanel(QWidget *parent = nullptr);
    ~RecEvaluationPanel() override;

    // The data to evaluate (null clears) and the options the recommender is trained with.
    void setData(std::shared_ptr<const rec::RecData> data);
    void setOptions(const rec::RecommenderOptions &options);
    void run();
    void cancel();
    RecJob *job() const { return m_job; }
    const std::optional<rec::EvaluationReport> &report() const { return m_report; }

Q_SIGNALS:
    void evaluationFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setStatus(UiText text);
    void showReport();
    void showGroupChart();

    std::shared_ptr<const rec::RecData> m_data;
    rec::RecommenderOptions m_options;
    std::optional<rec::EvaluationReport> m_report;
    QLabel *m_kLabel = nullptr;
    QLabel *m_bootstrapLabel = nullptr;
    UiText m_statusText;
    QString m_phase; // the evaluation phase last reported
    QSpinBox *m_k = nullptr;
    QSpinBox *m_bootstrap = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_metrics = nullptr;
    QTableWidget *m_success = nullptr;
    QTableWidget *m_groups = nullptr; // the success model per group, with counts
    QLabel *m_successNote = nullptr;
    RecChart *m_ndcgChart = nullptr;
    RecChart *m_reliabilityChart = nullptr;
    RecChart *m_groupChart = nullptr;
    QComboBox *m_groupMetric = nullptr;
    RecJob *m_job = nullptr;
};

} // namespace pmis
