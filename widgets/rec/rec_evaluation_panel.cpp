#include "widgets/rec/rec_evaluation_panel.h"

#include "widgets/rec/rec_texts.h"

#include "widgets/rec/rec_chart.h"
#include "widgets/rec/rec_job.h"
#include "widgets/studio/phase_text.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pmis {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString withInterval(const rec::Interval &i, int decimals)
{
    return QStringLiteral("%1 [%2, %3]")
            .arg(i.value, 0, 'f', decimals)
            .arg(i.lo, 0, 'f', decimals)
            .arg(i.hi, 0, 'f', decimals);
}

// Greys a row whose figures rest on too few positives and says so in its tooltip.
void markUnreliable(QTableWidget *t, int row, bool unreliable, const QString &why)
{
    for (int c = 0; c < t->columnCount(); ++c)
        if (QTableWidgetItem *item = t->item(row, c)) {
            item->setForeground(unreliable ? QBrush(Qt::gray) : QBrush());
            item->setToolTip(unreliable ? why : QString());
        }
}

QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

} // namespace

RecEvaluationPanel::RecEvaluationPanel(QWidget *parent)
    : QWidget(parent)
{
    m_k = new QSpinBox(this);
    m_k->setRange(1, 100);
    m_k->setValue(10);
    m_bootstrap = new QSpinBox(this);
    m_bootstrap->setRange(0, 10000);
    m_bootstrap->setSingleStep(100);
    m_bootstrap->setValue(1000);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runEvaluationButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelEvaluationButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    m_kLabel = new QLabel(this);
    m_bootstrapLabel = new QLabel(this);
    top->addWidget(m_kLabel);
    top->addWidget(m_k);
    top->addWidget(m_bootstrapLabel);
    top->addWidget(m_bootstrap);
    top->addStretch(1);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);

    m_metrics = makeTable(this, QStringLiteral("metricTable"), 11);
    m_success = makeTable(this, QStringLiteral("successTable"), 9);
    m_groups = makeTable(this, QStringLiteral("groupCalibrationTable"), 7);
    m_successNote = new QLabel(this);
    m_successNote->setWordWrap(true);

    m_ndcgChart = new RecChart(this);
    m_ndcgChart->setObjectName(QStringLiteral("ndcgChart"));
    m_reliabilityChart = new RecChart(this);
    m_reliabilityChart->setObjectName(QStringLiteral("reliabilityChart"));
    m_groupChart = new RecChart(this);
    m_groupChart->setObjectName(QStringLiteral("groupChart"));
    // The page scrolls rather than squash a chart's plot below what its legend and axes leave.
    for (RecChart *chart : {m_ndcgChart, m_reliabilityChart, m_groupChart})
        chart->setMinimumHeight(320);
    for (QTableWidget *table : {m_metrics, m_success})
        table->setMinimumHeight(200);
    m_groupMetric = new QComboBox(this);
    for (int i = 0; i < 6; ++i)
        m_groupMetric->addItem(QString());

    auto *grid = new QGridLayout;
    grid->addWidget(m_metrics, 0, 0);
    grid->addWidget(m_ndcgChart, 0, 1);
    auto *successBox = new QVBoxLayout;
    successBox->addWidget(m_success);
    successBox->addWidget(m_successNote);
    successBox->addWidget(m_groups);
    grid->addLayout(successBox, 1, 0);
    grid->addWidget(m_reliabilityChart, 1, 1);
    auto *groupBox = new QVBoxLayout;
    groupBox->addWidget(m_groupMetric);
    groupBox->addWidget(m_groupChart, 1);
    grid->addLayout(groupBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);

    m_job = new RecJob(this);
    connect(m_job, &RecJob::progress, this, [this](double f, const QString &phase) {
        m_progress->setValue(int(f * 100));
        m_phase = phase;
        m_progress->setFormat(tr("%1: %p%").arg(phaseText(phase)));
    });
    const auto done = [this] {
        m_progress->setVisible(false);
        m_cancel->setEnabled(false);
        m_run->setEnabled(m_data != nullptr);
    };
    connect(m_job, &RecJob::finished, this, [this, done] {
        done();
        m_report = std::any_cast<rec::EvaluationReport>(m_job->takeResult());
        showReport();
        Q_EMIT evaluationFinished();
    });
    connect(m_job, &RecJob::failed, this, [this, done](const QString &message) {
        done();
        setStatus([message] { return tr("The evaluation failed: %1").arg(message); });
    });
    connect(m_job, &RecJob::cancelled, this, [this, done] {
        done();
        setStatus([] { return tr("The evaluation was cancelled."); });
    });
    connect(m_run, &QPushButton::clicked, this, &RecEvaluationPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &RecEvaluationPanel::cancel);
    connect(m_groupMetric, &QComboBox::currentIndexChanged, this, [this] { showGroupChart(); });
    m_run->setEnabled(false);
    retranslateUi();
}

void RecEvaluationPanel::retranslateUi()
{
    m_run->setText(tr("Run evaluation"));
    m_cancel->setText(tr("Cancel"));
    m_kLabel->setText(tr("K:"));
    m_bootstrapLabel->setText(tr("Bootstrap resamples:"));
    m_metrics->setHorizontalHeaderLabels({tr("Method"), tr("NDCG@K"), tr("Hit rate@K"), tr("MRR"),
                                          tr("Precision@K"), tr("Recall@K"), tr("AP@K"),
                                          tr("Coverage of open"), tr("Exposure Gini"),
                                          tr("Tie rate"), tr("Popularity lift")});
    m_success->setHorizontalHeaderLabels({tr("Predictor"), tr("ROC AUC [95% CI]"),
                                          tr("Average precision [95% CI]"), tr("Brier"),
                                          tr("Log loss"), tr("Brier skill"), tr("Log-loss skill"),
                                          tr("ECE"), tr("Successes / failures")});
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Applications"),
                                         tr("Successes / failures"), tr("Mean predicted"),
                                         tr("Observed rate"), tr("ROC AUC"), tr("Judged")});
    m_ndcgChart->setTitle(tr("NDCG@K against K"));
    m_reliabilityChart->setTitle(tr("Reliability of P(success), 10 quantile bins"));
    m_groupChart->setTitle(tr("Metrics per group"));
    const QString metrics[] = {tr("NDCG@K"),   tr("Hit rate@K"), tr("Precision@K"),
                               tr("Recall@K"), tr("AP@K"),       tr("MRR")};
    for (int i = 0; i < m_groupMetric->count() && i < int(std::size(metrics)); ++i)
        m_groupMetric->setItemText(i, metrics[i]);
    if (!m_phase.isEmpty())
        m_progress->setFormat(tr("%1: %p%").arg(phaseText(m_phase)));
    m_status->setText(m_statusText.text());
}

void RecEvaluationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const UiText status = m_statusText; // the report does not replace a later status line
        showReport();                       // the tables, notes, axis titles and legends
        setStatus(status);
    }
    QWidget::changeEvent(event);
}

void RecEvaluationPanel::setStatus(UiText text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText.text());
}

RecEvaluationPanel::~RecEvaluationPanel()
{
    m_job->cancel();
    m_job->wait();
}

void RecEvaluationPanel::setData(std::shared_ptr<const rec::RecData> data)
{
    m_job->cancel();
    m_job->wait();
    m_data = std::move(data);
    m_report.reset();
    m_metrics->setRowCount(0);
    m_success->setRowCount(0);
    m_groups->setRowCount(0);
    m_successNote->clear();
    if (m_data)
        setStatus([] {
            return tr("Press Run evaluation to score every method on held-out interactions and "
                      "outcomes.");
        });
    else
        setStatus({});
    m_run->setEnabled(m_data != nullptr);
    showReport();
}

void RecEvaluationPanel::setOptions(const rec::RecommenderOptions &options)
{
    m_options = options;
}

void RecEvaluationPanel::run()
{
    if (!m_data || m_job->isRunning())
        return;
    rec::EvaluationOptions o;
    o.k = std::size_t(m_k->value());
    o.maxK = std::max<std::size_t>(20, o.k);
    o.bootstrap = m_bootstrap->value();
    o.recommender = m_options;
    auto data = m_data;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    m_run->setEnabled(false);
    m_phase.clear();
    setStatus([] { return tr("Evaluating…"); });
    m_job->start([data, o](const ProgressFn &progress, std::string &error) -> std::any {
        auto report = rec::evaluate(data, o, progress);
        if (!report) {
            error = report.error();
            return {};
        }
        return report.takeValue();
    });
}

void RecEvaluationPanel::cancel()
{
    m_job->cancel();
}

void RecEvaluationPanel::showReport()
{
    if (!m_report) {
        m_ndcgChart->showCurves({}, {}, {}, tr("K"), tr("NDCG@K"));
        m_reliabilityChart->showReliability({}, {}, {});
        m_groupChart->showGroupedBars({}, {}, {}, QString());
        return;
    }
    const rec::EvaluationReport &r = *m_report;
    const double largestError
            = std::max({r.maxHybridError, r.maxSuccessError, r.maxContentError, r.maxCfError});
    const rec::BlendWeights w = r.blend.learned ? r.blend.chosen : r.fixedWeights;
    setStatus([temporal = r.protocol == rec::Protocol::Temporal, students = r.evaluatedStudents,
               relevant = r.relevantItems, events = r.trainEvents, rows = r.testRows,
               explained = r.explained, learned = r.blend.learned, validation = r.blend.students, w,
               largestError, mismatches = r.featureMismatches] {
        const QString protocol = temporal ? tr("Protocol: global temporal split (train before the "
                                               "validation cut, validate on the next 10% "
                                               "of applications, test on the newest 20%); "
                                               "relevance = an application, NDCG gains apply 1, "
                                               "shortlist 2, selected 3.")
                                          : tr("Protocol: per-student leave-last-out; relevance = "
                                               "the last internship the student applied "
                                               "to.");
        const QString weights
                = learned ? tr("Hybrid weights learned on %L1 validation students: content %2, CF "
                               "%3, P(success) %4.")
                                    .arg(validation)
                                    .arg(w.content, 0, 'f', 1)
                                    .arg(w.cf, 0, 'f', 1)
                                    .arg(w.success, 0, 'f', 1)
                          : tr("Hybrid weights fixed: content %1, CF %2, P(success) %3.")
                                    .arg(w.content, 0, 'f', 1)
                                    .arg(w.cf, 0, 'f', 1)
                                    .arg(w.success, 0, 'f', 1);
        return protocol + QLatin1Char(' ') + weights + QLatin1Char(' ')
               + tr("%L1 students with %L2 held-out applications (%L3 training events); success "
                    "model tested on the "
                    "newest %L4 applications. %L5 explanations checked: largest error %6, %L7 "
                    "feature-vector "
                    "mismatches.")
                         .arg(students)
                         .arg(relevant)
                         .arg(events)
                         .arg(rows)
                         .arg(explained)
                         .arg(largestError, 0, 'g', 3)
                         .arg(mismatches);
    });
    m_metrics->setRowCount(int(r.methods.size()));
    QVector<double> ks;
    for (std::size_t k = 1; k <= r.maxK; ++k)
        ks << double(k);
    QVector<QVector<double>> curves;
    QStringList names;
    for (int m = 0; m < int(r.methods.size()); ++m) {
        const rec::MethodReport &mr = r.methods[std::size_t(m)];
        m_metrics->setItem(m, 0, new QTableWidgetItem(RecTexts::method(mr.method)));
        const double values[]
                = {mr.atK.ndcg, mr.atK.hit,  mr.atK.mrr,      mr.atK.precision, mr.atK.recall,
                   mr.atK.ap,   mr.coverage, mr.exposureGini, mr.tieRate};
        for (int c = 0; c < 9; ++c)
            m_metrics->setItem(m, c + 1, cell(QLocale().toString(values[c], 'f', 4)));
        m_metrics->setItem(m, 10, cell(QLocale().toString(mr.popularityLift, 'f', 2)));
        curves << QVector<double>(mr.ndcgCurve.begin(), mr.ndcgCurve.end());
        names << RecTexts::method(mr.method);
    }
    // With one relevant item per student, precision, recall and AP copy hit rate / K, hit rate and MRR.
    for (int c : {4, 5, 6})
        m_metrics->setColumnHidden(c, !r.severalRelevant);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_groupMetric->model())) {
        for (int i : {2, 3, 4})
            model->item(i)->setEnabled(r.severalRelevant);
        if (!r.severalRelevant && m_groupMetric->currentIndex() >= 2
            && m_groupMetric->currentIndex() <= 4)
            m_groupMetric->setCurrentIndex(0);
    }
    m_ndcgChart->showCurves(ks, curves, names, tr("K"), tr("NDCG@K"));

    std::vector<const rec::BinaryReport *> reports = {&r.model, &r.uncalibrated};
    if (r.hasTruth)
        reports.push_back(&r.truth);
    m_success->setRowCount(int(reports.size()));
    QVector<QVector<double>> predicted, observed;
    QStringList reliabilityNames;
    for (int i = 0; i < int(reports.size()); ++i) {
        const rec::BinaryReport &b = *reports[std::size_t(i)];
        const QString name = i == 0   ? tr("model (calibrated)")
                             : i == 1 ? tr("model (uncalibrated)")
                                      : tr("ground truth");
        m_success->setItem(i, 0, new QTableWidgetItem(name));
        m_success->setItem(i, 1, cell(withInterval(b.auc, 4)));
        m_success->setItem(i, 2, cell(withInterval(b.ap, 4)));
        m_success->setItem(i, 3, cell(withInterval(b.brier, 5)));
        m_success->setItem(i, 4, cell(withInterval(b.logLoss, 4)));
        m_success->setItem(i, 5, cell(QLocale().toString(b.brierSkill, 'f', 4)));
        m_success->setItem(i, 6, cell(QLocale().toString(b.logLossSkill, 'f', 4)));
        m_success->setItem(i, 7, cell(QLocale().toString(b.reliability.ece, 'f', 4)));
        m_success->setItem(i, 8, cell(tr("%L1 / %L2").arg(b.positives).arg(b.negatives)));
        markUnreliable(m_success, i, !b.reliable,
                       tr("Too few positives to judge: %L1 successes and %L2 failures; AUC and AP "
                          "need at least %L3 of each.")
                               .arg(b.positives)
                               .arg(b.negatives)
                               .arg(rec::kMinPositives));
        if (i == 1)
            continue; // the chart compares the calibrated model with the truth
        QVector<double> p, o;
        for (const rec::ReliabilityBin &bin : b.reliability.bins) {
            p << bin.predicted;
            o << bin.observed;
        }
        predicted << p;
        observed << o;
        reliabilityNames << name;
    }
    QString note
            = tr("Test base rate %1% (%L2 successes in %L3). %4 %L5 of %L6 bootstrap resamples "
                 "held one class "
                 "and were dropped from the AUC and AP intervals.")
                      .arg(100.0 * r.model.baseRate, 0, 'f', 2)
                      .arg(r.model.positives)
                      .arg(r.model.n)
                      .arg(r.calibrated ? tr(
                                   "Platt calibration was used: it lowers the validation log loss.")
                                        : tr("No calibration was used: Platt does not lower the "
                                             "validation log loss."))
                      .arg(r.model.droppedResamples)
                      .arg(r.model.resamples);
    if (!r.model.reliable)
        note = QStringLiteral("<span style='color:gray'>%1</span> ")
                       .arg(tr("Too few positives to judge."))
               + note.toHtmlEscaped();
    m_successNote->setText(note);
    m_groups->setRowCount(int(r.calibrationByGroup.size()));
    for (int g = 0; g < int(r.calibrationByGroup.size()); ++g) {
        const rec::GroupCalibration &c = r.calibrationByGroup[std::size_t(g)];
        m_groups->setItem(
                g, 0,
                new QTableWidgetItem(QStringLiteral("%1 = %2").arg(qs(c.attribute), qs(c.label))));
        m_groups->setItem(g, 1, cell(QLocale().toString(qulonglong(c.n))));
        m_groups->setItem(g, 2, cell(tr("%L1 / %L2").arg(c.positives).arg(c.negatives)));
        m_groups->setItem(g, 3,
                          cell(QLocale().toString(100.0 * c.predicted, 'f', 2) + QLatin1Char('%')));
        m_groups->setItem(g, 4,
                          cell(QLocale().toString(100.0 * c.observed, 'f', 2) + QLatin1Char('%')));
        m_groups->setItem(g, 5,
                          cell(c.reliable && c.auc == c.auc ? QLocale().toString(c.auc, 'f', 3)
                                                            : QStringLiteral("–")));
        m_groups->setItem(
                g, 6,
                new QTableWidgetItem(c.reliable ? tr("yes") : tr("too few positives to judge")));
        markUnreliable(m_groups, g, !c.reliable,
                       tr("Too few positives to judge: a group needs at least %L1 successes and "
                          "%L1 failures.")
                               .arg(rec::kMinGroupPositives));
    }
    m_reliabilityChart->showReliability(predicted, observed, reliabilityNames);
    showGroupChart();
}

void RecEvaluationPanel::showGroupChart()
{
    if (!m_report)
        return;
    const rec::EvaluationReport &r = *m_report;
    const int metric = m_groupMetric->currentIndex();
    const auto pick = [metric](const rec::RankingMetrics &m) {
        switch (metric) {
        case 1:
            return m.hit;
        case 2:
            return m.precision;
        case 3:
            return m.recall;
        case 4:
            return m.ap;
        case 5:
            return m.mrr;
        default:
            return m.ndcg;
        }
    };
    QStringList labels, names;
    QVector<QVector<double>> series;
    for (const rec::MethodReport &m : r.methods) {
        QVector<double> values;
        for (const rec::GroupMetrics &g : m.groups) {
            if (series.isEmpty())
                labels << (g.reliable ? qs(g.label)
                                      : tr("%1 (%L2 applications: too few positives to judge)")
                                                .arg(qs(g.label))
                                                .arg(g.relevant));
            values << pick(g.metrics);
        }
        series << values;
        names << RecTexts::method(m.method);
    }
    m_groupChart->showGroupedBars(labels, series, names, m_groupMetric->currentText());
}

} // namespace pmis
