#pragma once
// The Recommender tab: trains the hybrid recommender on a dataset off the GUI thread, then offers
// the student view, the employer view with fair re-ranking, and the evaluation panel. The blend
// weights and the collaborative method at the top apply to all three.

#include "core/data/table.h"
#include "core/rec/recommender.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/ui_text.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace pmis {

class RecEmployerPanel;
class RecEvaluationPanel;
class RecJob;
class RecStudentPanel;

class RecommenderView : public QWidget
{
    Q_OBJECT
public:
    explicit RecommenderView(QWidget *parent = nullptr);
    ~RecommenderView() override;

    // Trains on `data` in the background; the scenario's reference date decides which internships
    // have expired. A null dataset clears the view.
    void setDataset(std::shared_ptr<const pmis::Dataset> data, const pmis::Scenario &scenario);

    // Releases the trained model while a new dataset is generated, so that regenerating holds one
    // dataset and what the new one needs; resume() trains again on the same data (after a
    // cancelled or failed generation).
    void suspend();
    void resume();

    bool isReady() const { return m_recommender != nullptr; }
    bool isTraining() const;
    rec::BlendWeights weights() const;
    void setWeights(const rec::BlendWeights &weights);
    std::shared_ptr<const rec::Recommender> recommender() const { return m_recommender; }
    RecStudentPanel *studentPanel() const { return m_student; }
    RecEmployerPanel *employerPanel() const { return m_employer; }
    RecEvaluationPanel *evaluationPanel() const { return m_evaluation; }

Q_SIGNALS:
    void ready();                        // trained: the panels are usable
    void failed(const QString &message); // the data cannot feed the recommender
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The status line; produced again after a language change.
    void setStatus(UiText text);
    void train();
    rec::RecommenderOptions options() const;
    void applyWeights();

    std::shared_ptr<const Dataset> m_data;
    std::int64_t m_referenceTime = 0;
    bool m_suspended = false; // between suspend() and resume() or new data
    std::shared_ptr<const rec::Recommender> m_recommender;
    QDoubleSpinBox *m_weight[rec::ComponentCount] = {};
    QLabel *m_weightLabel[rec::ComponentCount] = {};
    QLabel *m_blendLabel = nullptr;
    QLabel *m_cfLabel = nullptr;
    UiText m_statusText;
    QString m_phase; // the training phase last reported
    QComboBox *m_cf = nullptr;
    QCheckBox *m_balanced = nullptr;
    // Learn the blend weights on the newest applications when training.
    QCheckBox *m_learn = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecStudentPanel *m_student = nullptr;
    RecEmployerPanel *m_employer = nullptr;
    RecEvaluationPanel *m_evaluation = nullptr;
    RecJob *m_train = nullptr;
};

} // namespace pmis
