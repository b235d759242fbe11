#include "widgets/rec/recommender_view.h"

#include "widgets/rec/rec_texts.h"

#include "core/rec/evaluation.h"

#include "widgets/rec/rec_employer_panel.h"
#include "widgets/rec/rec_evaluation_panel.h"
#include "widgets/rec/rec_job.h"
#include "widgets/rec/rec_student_panel.h"
#include "widgets/studio/phase_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

namespace pmis {

namespace {

struct Trained
{
    std::shared_ptr<const rec::Recommender> recommender;
    std::optional<rec::BlendSearch> search; // when the weights were learned
};

// The view's content. A layout with word-wrapped labels reports a height for each width, and a
// scroll area then makes the view as tall as its preferred height (through the tab widget, that of
// the tallest page). Without it the scroll area goes by the minimum size, so the view fills the
// window and scrolls only when the page shown needs more.
class Content : public QWidget
{
public:
    using QWidget::QWidget;
    bool hasHeightForWidth() const override { return false; }
};

} // namespace

RecommenderView::RecommenderView(QWidget *parent)
    : QWidget(parent)
{
    const rec::BlendWeights defaults;
    const double values[rec::ComponentCount]
            = {defaults.content, defaults.cf, defaults.success, defaults.popularity};
    const char *objectNames[rec::ComponentCount]
            = {"weightContent", "weightCf", "weightSuccess", "weightPopularity"};
    auto *top = new QHBoxLayout;
    m_blendLabel = new QLabel(this);
    top->addWidget(m_blendLabel);
    for (int c = 0; c < rec::ComponentCount; ++c) {
        m_weight[c] = new QDoubleSpinBox(this);
        m_weight[c]->setObjectName(QString::fromLatin1(objectNames[c]));
        m_weight[c]->setRange(0.0, 1.0);
        m_weight[c]->setSingleStep(0.05);
        m_weight[c]->setValue(values[c]);
        m_weightLabel[c] = new QLabel(this);
        top->addWidget(m_weightLabel[c]);
        top->addWidget(m_weight[c]);
        connect(m_weight[c], &QDoubleSpinBox::valueChanged, this, [this] {
            const QSignalBlocker block(
                    m_learn); // weights set by hand are no longer the learned ones
            m_learn->setChecked(false);
            applyWeights();
        });
    }
    top->addStretch(1);
    // The model options on a row of their own: one row of both is wider than the tab leaves at
    // 1280×720 beside the editor, in Hindi.
    auto *optionRow = new QHBoxLayout;
    m_learn = new QCheckBox(this);
    m_learn->setObjectName(QStringLiteral("learnWeights"));
    m_learn->setChecked(true);
    optionRow->addWidget(m_learn);
    m_cf = new QComboBox(this);
    m_cf->setObjectName(QStringLiteral("cfMethod"));
    m_cf->addItem(QString());
    m_cf->addItem(QString());
    // Follows its item texts when the language changes (the default sizes it once, when shown).
    m_cf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cf->setCurrentIndex(
            1); // implicit ALS: item-kNN does not beat popularity on the presets' data
    optionRow->addSpacing(12);
    m_cfLabel = new QLabel(this);
    optionRow->addWidget(m_cfLabel);
    optionRow->addWidget(m_cf);
    optionRow->addSpacing(12);
    m_balanced = new QCheckBox(this);
    m_balanced->setObjectName(QStringLiteral("balancedWeights"));
    optionRow->addWidget(m_balanced);
    optionRow->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    optionRow->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recommenderStatus"));
    m_status->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_student = new RecStudentPanel(this);
    m_employer = new RecEmployerPanel(this);
    m_evaluation = new RecEvaluationPanel(this);
    m_tabs->addTab(m_student, QString());
    m_tabs->addTab(m_employer, QString());
    m_tabs->addTab(m_evaluation, QString());
    // A tab widget is as tall as its tallest page: only the page shown counts here, so the student
    // view fits a 1280×720 window whole while the taller employer and evaluation views scroll.
    const auto sizeByCurrentPage = [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            const auto policy
                    = i == m_tabs->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_tabs->widget(i)->setSizePolicy(policy, policy);
        }
        m_tabs->updateGeometry();
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, sizeByCurrentPage);
    sizeByCurrentPage();

    auto *content = new Content(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addLayout(optionRow);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_train = new RecJob(this);
    connect(m_train, &RecJob::progress, this, [this](double f, const QString &phase) {
        m_progress->setValue(int(f * 100));
        m_phase = phase;
        m_progress->setFormat(tr("Training: %1 %p%").arg(phaseText(phase)));
    });
    connect(m_train, &RecJob::finished, this, [this] {
        m_progress->setVisible(false);
        const Trained trained = std::any_cast<Trained>(m_train->takeResult());
        m_recommender = trained.recommender;
        const auto recommender = m_recommender;
        const std::optional<rec::BlendSearch> search = trained.search;
        if (search) {
            const bool learn = m_learn->isChecked();
            setWeights(search->chosen); // unchecks the box through the spin boxes' handler
            const QSignalBlocker block(m_learn);
            m_learn->setChecked(learn);
        }
        setStatus([recommender, search] {
            const rec::RecData &d = recommender->data();
            QString text = tr("%L1 students, %L2 internships, %L3 interactions, %L4 outcomes. %5.")
                                   .arg(d.students)
                                   .arg(d.internships)
                                   .arg(d.events.size())
                                   .arg(d.outcomes.size())
                                   .arg(RecTexts::calibration(recommender->success()));
            if (search)
                text += QLatin1Char(' ')
                        + tr("Blend weights learned on the newest 10% of applications (%L1 "
                             "students, NDCG@10 %2): "
                             "content %3, CF %4, P(success) %5.")
                                  .arg(search->students)
                                  .arg(search->chosenNdcg, 0, 'f', 4)
                                  .arg(search->chosen.content, 0, 'f', 1)
                                  .arg(search->chosen.cf, 0, 'f', 1)
                                  .arg(search->chosen.success, 0, 'f', 1);
            return text;
        });
        m_student->setRecommender(m_recommender, m_referenceTime);
        m_employer->setRecommender(m_recommender, m_referenceTime);
        m_evaluation->setData(m_recommender->sharedData());
        m_evaluation->setOptions(options());
        Q_EMIT busyChanged(false);
        Q_EMIT ready();
    });
    connect(m_train, &RecJob::failed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        setStatus(
                [message] { return tr("The recommender cannot use this data: %1").arg(message); });
        Q_EMIT busyChanged(false);
        Q_EMIT failed(message);
    });
    connect(m_train, &RecJob::cancelled, this, [this] {
        m_progress->setVisible(false);
        Q_EMIT busyChanged(false);
        if (m_data && !m_suspended) // a newer dataset or method replaced the cancelled run
            train();
    });
    connect(m_cf, &QComboBox::currentIndexChanged, this, [this] { train(); });
    connect(m_balanced, &QCheckBox::toggled, this, [this] { train(); });
    connect(m_learn, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            train();
    });
    setStatus([] { return tr("No data yet: generate or import a dataset."); });
    retranslateUi();
}

void RecommenderView::retranslateUi()
{
    m_blendLabel->setText(tr("Blend weights:"));
    const QString names[rec::ComponentCount]
            = {tr("Content"), tr("CF"), tr("Success"), tr("Popularity")};
    const QString scores[rec::ComponentCount] = {tr("content score"), tr("collaborative score"),
                                                 tr("success score"), tr("popularity score")};
    for (int c = 0; c < rec::ComponentCount; ++c) {
        m_weightLabel[c]->setText(names[c]);
        m_weight[c]->setToolTip(
                tr("Weight of the min-max normalised %1 in the hybrid").arg(scores[c]));
    }
    m_cf->setItemText(0, tr("item-kNN"));
    m_cf->setItemText(1, tr("implicit ALS"));
    m_cfLabel->setText(tr("Collaborative:"));
    m_balanced->setText(tr("Balanced class weights"));
    m_learn->setText(tr("Learn weights"));
    m_learn->setToolTip(
            tr("Choose the blend weights that rank the newest 10% of applications best (NDCG@10), "
               "with models trained on the events before them"));
    m_balanced->setToolTip(
            tr("Weight successes and failures equally when fitting the success model"));
    m_tabs->setTabText(0, tr("Student view"));
    m_tabs->setTabText(1, tr("Employer view && fairness"));
    m_tabs->setTabText(2, tr("Evaluation"));
    m_status->setText(m_statusText.text());
    if (!m_phase.isEmpty())
        m_progress->setFormat(tr("Training: %1 %p%").arg(phaseText(m_phase)));
}

void RecommenderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecommenderView::setStatus(UiText text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText.text());
}

RecommenderView::~RecommenderView()
{
    m_train->cancel();
    m_train->wait();
}

bool RecommenderView::isTraining() const
{
    return m_train->isRunning();
}

rec::BlendWeights RecommenderView::weights() const
{
    return {m_weight[0]->value(), m_weight[1]->value(), m_weight[2]->value(), m_weight[3]->value()};
}

void RecommenderView::setWeights(const rec::BlendWeights &weights)
{
    const double values[rec::ComponentCount]
            = {weights.content, weights.cf, weights.success, weights.popularity};
    for (int c = 0; c < rec::ComponentCount; ++c) {
        const QSignalBlocker block(m_weight[c]);
        m_weight[c]->setValue(values[c]);
    }
    applyWeights();
}

rec::RecommenderOptions RecommenderView::options() const
{
    rec::RecommenderOptions o;
    o.weights = weights();
    o.cf = m_cf->currentIndex() == 1 ? rec::CfMethod::Als : rec::CfMethod::ItemKnn;
    o.success.balanced = m_balanced->isChecked();
    return o;
}

void RecommenderView::applyWeights()
{
    const rec::BlendWeights w = weights();
    m_student->setWeights(w);
    m_employer->setWeights(w);
    m_evaluation->setOptions(options());
}

void RecommenderView::setDataset(std::shared_ptr<const pmis::Dataset> data,
                                 const pmis::Scenario &scenario)
{
    m_data = std::move(data);
    m_suspended = false;
    m_referenceTime = scenario.referenceSeconds();
    m_recommender.reset();
    m_student->setRecommender(nullptr, 0);
    m_employer->setRecommender(nullptr, 0);
    m_evaluation->setData(nullptr);
    if (!m_data) {
        m_train->cancel();
        setStatus([] { return tr("No data yet: generate or import a dataset."); });
        return;
    }
    train();
}

void RecommenderView::suspend()
{
    if (!m_data)
        return;
    m_suspended = true;
    if (m_train->isRunning())
        m_train->cancel();
    m_recommender.reset();
    m_student->setRecommender(nullptr, 0);
    m_employer->setRecommender(nullptr, 0);
    m_evaluation->setData(nullptr);
    setStatus([] { return tr("The recommender trains again once the new dataset is ready."); });
}

void RecommenderView::resume()
{
    m_suspended = false;
    if (m_data && !m_recommender)
        train();
}

void RecommenderView::train()
{
    if (!m_data || m_suspended)
        return;
    if (m_train->isRunning()) { // restarts from the cancelled handler
        m_train->cancel();
        return;
    }
    m_recommender.reset();
    m_student->setRecommender(nullptr, 0);
    m_employer->setRecommender(nullptr, 0);
    m_evaluation->setData(nullptr);
    setStatus([] { return tr("Training the recommender…"); });
    m_phase.clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    Q_EMIT busyChanged(true);
    auto data = m_data;
    const rec::RecommenderOptions fixed = options();
    const bool learn = m_learn->isChecked();
    m_train->start([data, fixed, learn](const ProgressFn &progress,
                                        std::string &error) -> std::any {
        auto view = rec::buildRecData(*data);
        if (!view) {
            error = view.error();
            return {};
        }
        auto shared = std::make_shared<const rec::RecData>(view.takeValue());
        rec::RecommenderOptions o = fixed;
        std::optional<rec::BlendSearch> search;
        if (learn) {
            auto learned = rec::learnBlendWeights(shared, o, 0.1, 10,
                                                  [&](double f, const std::string &phase) {
                                                      return !progress || progress(0.5 * f, phase);
                                                  });
            if (learned.isCancelled())
                return {};
            if (learned && learned->learned) { // otherwise the fixed weights stay
                search = learned.takeValue();
                o.weights = search->chosen;
            }
        }
        auto trained
                = rec::Recommender::train(shared, o, {}, [&](double f, const std::string &phase) {
                      return !progress || progress(learn ? 0.5 + 0.5 * f : f, phase);
                  });
        if (!trained) {
            error = trained.error();
            return {};
        }
        return Trained{std::make_shared<const rec::Recommender>(trained.takeValue()), search};
    });
}

} // namespace pmis
