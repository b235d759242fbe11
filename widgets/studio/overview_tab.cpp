#include "widgets/studio/overview_tab.h"

#include "core/quality/noise_band.h"
#include "core/scenario/scenario_json.h"

#include "widgets/studio/chart_widget.h"
#include "widgets/studio/column_chart_panel.h"
#include "widgets/studio/studio_document.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <tuple>

namespace pmis {

namespace {

constexpr int kChartMinWidth = 320;
QStringList labelsOf(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out;
}

QVector<double> valuesOf(const std::vector<double> &v)
{
    return QVector<double>(v.begin(), v.end());
}

// The target count of each label: its share in `table` times the counts' total. Empty when a
// label has no target.
QVector<double> targetCounts(const LabelledValues &counts, const ShareTable &table)
{
    const auto p = table.probabilities();
    double total = 0;
    for (double v : counts.values)
        total += v;
    QVector<double> out;
    for (const auto &label : counts.labels) {
        const int k = table.indexOf(label);
        if (k < 0 || std::size_t(k) >= p.size())
            return {};
        out << p[std::size_t(k)] * total;
    }
    return out;
}

// The baseline's value of each of `current`'s labels; NaN where the baseline has no such label.
QVector<double> baselineValues(const LabelledValues &current, const LabelledValues &baseline)
{
    QVector<double> out;
    for (const auto &label : current.labels) {
        double v = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t k = 0; k < baseline.labels.size() && k < baseline.values.size(); ++k)
            if (baseline.labels[k] == label)
                v = baseline.values[k];
        out << v;
    }
    return out;
}

// A baseline histogram as a curve over the current one's bars: its rows per unit of x, times the
// current bin width, so the two read in the same unit whatever their bins.
void histogramCurve(const Histogram &baseline, double currentWidth, QVector<double> &x,
                    QVector<double> &y)
{
    for (std::size_t b = 0; b < baseline.counts.size(); ++b) {
        x << baseline.center(b);
        y << (baseline.width > 0 ? baseline.counts[b] / baseline.width * currentWidth : 0.0);
    }
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_outOfDateNote = new QLabel(this);
    m_outOfDateNote->setObjectName(QStringLiteral("outOfDateNote"));
    m_outOfDateNote->setWordWrap(true);
    m_outOfDateNote->setMargin(6);
    m_outOfDateNote->setStyleSheet(
            QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid "
                           "#ffe69c; }"));
    m_outOfDateNote->hide();
    outer->addWidget(m_outOfDateNote);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->hide();
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    m_publishedChart = new ChartWidget(content);
    m_publishedChart->setObjectName(QStringLiteral("publishedChart"));
    m_publishedChart->setMinimumSize(kChartMinWidth, 320);
    m_publishedChart->hide();
    m_charts = makeCharts(content);
    m_columnPanel = new ColumnChartPanel(content);
    arrangeCharts();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    retranslateUi();
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        m_stats = *std::any_cast<std::shared_ptr<const OverviewStats>>(m_job.takeResult());
        showStats(*m_stats);
        m_columnPanel->setDataset(std::move(m_computing));
        Q_EMIT updated();
        startPending();
    });
    connect(&m_job, &BackgroundJob::failed, this, &OverviewTab::startPending);
    connect(&m_job, &BackgroundJob::cancelled, this, &OverviewTab::startPending);
    connect(&m_baselineJob, &BackgroundJob::finished, this, [this] {
        m_baselineStats
                = *std::any_cast<std::shared_ptr<const OverviewStats>>(m_baselineJob.takeResult());
        if (m_stats)
            showStats(*m_stats);
        Q_EMIT updated();
    });
}

BackgroundJob::Work OverviewTab::overviewOf(std::shared_ptr<const Dataset> dataset,
                                            std::vector<PublishedFigure> published)
{
    return [dataset = std::move(dataset),
            published = std::move(published)](const ProgressFn &, std::string &) -> std::any {
        return std::make_shared<const OverviewStats>(computeOverview(*dataset, &published));
    };
}

void OverviewTab::startPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const auto targets = std::move(m_pendingTargets);
    setDataset(std::move(m_pending), targets ? &*targets : nullptr);
}

ChartWidget *OverviewTab::columnChart() const
{
    return m_columnPanel->chart();
}

QComboBox *OverviewTab::columnTableBox() const
{
    return m_columnPanel->tableBox();
}

QComboBox *OverviewTab::columnBox() const
{
    return m_columnPanel->columnBox();
}

OverviewTab::~OverviewTab()
{
    m_job.wait();
    m_baselineJob.cancel();
    m_baselineJob.wait();
}

void OverviewTab::setBaseline(std::shared_ptr<const Dataset> baseline)
{
    m_baselineJob.cancel(); // a baseline being computed is dropped
    m_baselineStats.reset();
    if (m_stats)
        showStats(*m_stats);
    if (!baseline) {
        Q_EMIT updated();
        return;
    }
    m_baselineJob.start(overviewOf(std::move(baseline)));
}

void OverviewTab::retranslateUi()
{
    m_empty->setText(tr("Generate a dataset (F5) to see its overview."));
    m_outOfDateNote->setText(tr("The scenario has changed since this dataset was generated: the "
                                "charts show the older data and targets. Generate again (F5) to "
                                "update them."));
    const QStringList titles = chartTitles();
    for (int i = 0; i < ChartCount; ++i)
        m_charts[std::size_t(i)]->setTitle(titles[i]);
    m_publishedChart->setTitle(tr("Published figures beside the generated data"));
    if (m_stats)
        showStats(*m_stats);
}

QStringList OverviewTab::chartTitles()
{
    return {tr("Students per college tier"),
            tr("CGPA by tier"),
            tr("Students per home city"),
            tr("Top 20 skills: students vs internships"),
            tr("Stipend distribution"),
            tr("Interactions per student"),
            tr("Funnel: view → apply → shortlist → selected"),
            tr("Success rate by tier"),
            tr("Rural / urban"),
            tr("Gender")};
}

void OverviewTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
}

void OverviewTab::arrangeCharts()
{
    // Two columns only when both charts get their minimum width beside the scroll bar.
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    const QMargins margins = m_grid->contentsMargins();
    const int twoColumns = 2 * kChartMinWidth + spacing + margins.left() + margins.right() + 24;
    const int columns = width() >= twoColumns ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartWidget *chart : m_charts)
        m_grid->removeWidget(chart);
    m_grid->removeWidget(m_publishedChart);
    m_grid->removeWidget(m_columnPanel);
    // The published figures first, across the tab; then the charts; then the column chart.
    m_grid->addWidget(m_publishedChart, 0, 0, 1, columns);
    for (int i = 0; i < int(m_charts.size()); ++i)
        m_grid->addWidget(m_charts[std::size_t(i)], 1 + i / columns, i % columns);
    const int next = 1 + (int(m_charts.size()) + columns - 1) / columns;
    m_grid->addWidget(m_columnPanel, next, 0, 1, columns);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewTab::setDataset(std::shared_ptr<const Dataset> dataset, const Scenario *targets)
{
    if (m_job.isRunning()) {
        m_pending = std::move(dataset);
        m_pendingTargets = targets ? std::optional<Scenario>(*targets) : std::nullopt;
        m_hasPending = true;
        return;
    }
    if (!dataset)
        return;
    m_targets = targets ? std::optional<Scenario>(*targets) : std::nullopt;
    m_computing = dataset;
    m_job.start(overviewOf(std::move(dataset),
                           targets ? targets->published : std::vector<PublishedFigure>{}));
}

void OverviewTab::followDocument(StudioDocument *document)
{
    const auto showDataset = [this, document] {
        const bool targets = document->dataset() && document->datasetHasTargets();
        m_datasetHash = targets ? scenarioHash(document->datasetScenario()) : std::string();
        setOutOfDate(false);
        setDataset(document->dataset(), targets ? &document->datasetScenario() : nullptr);
    };
    connect(document, &StudioDocument::datasetChanged, this, showDataset);
    connect(document, &StudioDocument::scenarioChanged, this, [this, document] {
        if (!m_datasetHash.empty())
            setOutOfDate(scenarioHash(document->scenario()) != m_datasetHash);
    });
    if (document->dataset())
        showDataset();
}

void OverviewTab::setOutOfDate(bool outOfDate)
{
    m_outOfDate = outOfDate;
    m_outOfDateNote->setVisible(outOfDate);
}

void OverviewTab::showStats(const OverviewStats &s)
{
    m_empty->hide();
    m_scroll->show();
    drawCharts(m_charts, s, m_targets ? &*m_targets : nullptr,
               m_baselineStats ? &*m_baselineStats : nullptr);
    showPublished(s);
}

std::vector<ChartWidget *> OverviewTab::makeCharts(QWidget *parent)
{
    std::vector<ChartWidget *> charts;
    const QStringList titles = chartTitles();
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new ChartWidget(parent);
        chart->setMinimumSize(kChartMinWidth, i == Cities || i == Skills ? 520 : 280);
        chart->setTitle(titles[i]);
        charts.push_back(chart);
    }
    return charts;
}

void OverviewTab::drawCharts(const std::vector<ChartWidget *> &charts, const OverviewStats &s,
                             const Scenario *targets, const OverviewStats *baseline)
{
    if (charts.size() != std::size_t(ChartCount))
        return;
    const QString students = tr("students");
    charts[TierMix]->showGroupedBars(labelsOf(s.tierMix.labels), {valuesOf(s.tierMix.values)}, {},
                                     students);
    QVector<double> x;
    QVector<QVector<double>> ys;
    for (std::size_t t = 0; t < s.cgpaByTier.size(); ++t) {
        const Histogram &h = s.cgpaByTier[t];
        QVector<double> y;
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            if (t == 0)
                x << h.center(b);
            y << (h.total ? h.counts[b] / double(h.total) / h.width : 0.0);
        }
        ys << y;
    }
    charts[Cgpa]->showCurves(x, ys, labelsOf(s.cgpaTiers), tr("CGPA"), tr("density"));
    if (x.isEmpty())
        charts[Cgpa]->showEmpty(tr("The students have no CGPA column."));
    // Start the axis a little before the lowest CGPA any tier reaches.
    double first = 10;
    for (const auto &y : ys)
        for (int b = 0; b < y.size(); ++b)
            if (y[b] > 0) {
                first = std::min(first, x[b]);
                break;
            }
    if (!x.isEmpty())
        charts[Cgpa]->xAxis->setRange(std::max(0.0, first - 0.5), 10);
    charts[Cities]->showGroupedBars(labelsOf(s.cities.labels), {valuesOf(s.cities.values)}, {},
                                    students, true);
    charts[Skills]->showGroupedBars(
            labelsOf(s.topSkills), {valuesOf(s.skillStudents), valuesOf(s.skillInternships)},
            {tr("students holding"), tr("internships requiring")}, tr("count"), true);
    charts[Stipend]->showHistogram(s.stipend, tr("INR per month"), tr("internships"));
    charts[Activity]->showHistogram(s.interactionsPerStudent, tr("interactions"), students);
    charts[Funnel]->showGroupedBars({tr("view"), tr("apply"), tr("shortlist"), tr("selected")},
                                    {valuesOf(s.funnel.values)}, {}, tr("count"));
    chart::setLogCountAxis(charts[Funnel]->yAxis);
    charts[Funnel]->yAxis->setRange(
            0.5, std::max(10.0, s.funnel.values.empty() ? 10.0 : s.funnel.values[0] * 2));
    charts[Funnel]->yAxis->setLabel(tr("count (log scale)"));
    charts[Funnel]->replot(QCustomPlot::rpQueuedReplot);
    charts[SuccessByTier]->showGroupedBars(
            labelsOf(s.successByTier.labels), {valuesOf(s.successByTier.values)}, {},
            tr("selected per application"), false, chart::AxisFormat::Percent);
    charts[RuralUrban]->showGroupedBars(labelsOf(s.ruralUrban.labels),
                                        {valuesOf(s.ruralUrban.values)}, {}, students);
    charts[Gender]->showGroupedBars(labelsOf(s.gender.labels), {valuesOf(s.gender.values)}, {},
                                    students);
    if (targets)
        showTargets(charts, s, *targets);
    if (baseline)
        showBaseline(charts, s, *baseline);
}

void OverviewTab::showBaseline(const std::vector<ChartWidget *> &charts, const OverviewStats &s,
                               const OverviewStats &b)
{
    const QString name = tr("baseline");
    charts[TierMix]->overlayBaseline(baselineValues(s.tierMix, b.tierMix), name);
    charts[Cities]->overlayBaseline(baselineValues(s.cities, b.cities), name);
    charts[RuralUrban]->overlayBaseline(baselineValues(s.ruralUrban, b.ruralUrban), name);
    charts[Gender]->overlayBaseline(baselineValues(s.gender, b.gender), name);
    charts[SuccessByTier]->overlayBaseline(baselineValues(s.successByTier, b.successByTier), name);
    charts[Funnel]->overlayBaseline(valuesOf(b.funnel.values), name);
    // Skills: the students holding each of the current top skills in the baseline.
    LabelledValues current{s.topSkills, s.skillStudents};
    LabelledValues before{b.topSkills, b.skillStudents};
    charts[Skills]->overlayBaseline(baselineValues(current, before),
                                    tr("baseline (students holding)"));
    for (const auto &[chart, histogram, baseline] :
         {std::tuple{Stipend, &s.stipend, &b.stipend},
          std::tuple{Activity, &s.interactionsPerStudent, &b.interactionsPerStudent}}) {
        QVector<double> x, y;
        histogramCurve(*baseline, histogram->width, x, y);
        charts[chart]->overlayBaselineCurves(x, {y}, tr("baseline (dotted)"));
    }
    // CGPA: each tier's density in the baseline, dotted in the tier's colour.
    QVector<double> x;
    QVector<QVector<double>> densities;
    for (const std::string &tier : s.cgpaTiers) {
        QVector<double> y;
        for (std::size_t t = 0; t < b.cgpaTiers.size() && t < b.cgpaByTier.size(); ++t) {
            if (b.cgpaTiers[t] != tier)
                continue;
            const Histogram &h = b.cgpaByTier[t];
            for (std::size_t bin = 0; bin < h.counts.size(); ++bin) {
                if (x.size() < qsizetype(h.counts.size()))
                    x << h.center(bin);
                y << (h.total ? h.counts[bin] / double(h.total) / h.width : 0.0);
            }
        }
        if (y.isEmpty()) // no such tier in the baseline
            y = QVector<double>(x.size(), std::numeric_limits<double>::quiet_NaN());
        densities << y;
    }
    charts[Cgpa]->overlayBaselineCurves(x, densities, tr("baseline (dotted)"));
}

void OverviewTab::showTargets(const std::vector<ChartWidget *> &charts, const OverviewStats &s,
                              const Scenario &targets)
{
    const QString target = tr("target");
    charts[TierMix]->overlayTargets(targetCounts(s.tierMix, targets.student.tiers), target);
    charts[Cities]->overlayTargets(targetCounts(s.cities, targets.student.cities), target);
    charts[RuralUrban]->overlayTargets(targetCounts(s.ruralUrban, targets.student.ruralUrban),
                                       target);
    charts[Gender]->overlayTargets(targetCounts(s.gender, targets.student.gender), target);
    if (s.funnel.values.size() == 4) {
        // View, apply and shortlist are shares of all interactions; selected a share of applies.
        const auto p = targets.interaction.types.probabilities();
        const auto count = [&](const char *label) {
            const int k = targets.interaction.types.indexOf(label);
            return k < 0 ? 0.0 : p[std::size_t(k)] * double(targets.interactions);
        };
        const QVector<double> funnel{count("view"), count("apply"), count("shortlist"),
                                     targets.outcome.successRate * s.funnel.values[1]};
        charts[Funnel]->overlayTargets(funnel, target);
    }
    // CGPA: each tier's truncated normal, as the density of its bins.
    QVector<double> x;
    QVector<QVector<double>> densities;
    for (std::size_t t = 0; t < s.cgpaByTier.size() && t < s.cgpaTiers.size(); ++t) {
        const Histogram &h = s.cgpaByTier[t];
        const NormalSpec *law = nullptr;
        for (const auto &[label, spec] : targets.student.cgpa)
            if (label == s.cgpaTiers[t])
                law = &spec;
        QVector<double> y;
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            if (t == 0)
                x << h.center(b);
            const double lo = h.center(b) - h.width / 2, hi = h.center(b) + h.width / 2;
            y << (law ? (quality::truncatedNormalCdf(hi, law->mean, law->sd, law->min, law->max)
                         - quality::truncatedNormalCdf(lo, law->mean, law->sd, law->min, law->max))
                                  / h.width
                      : 0.0);
        }
        densities << y;
    }
    charts[Cgpa]->overlayTargetCurves(x, densities, tr("target (dashed)"));
    // Stipend: the company groups' truncated normals, cut to the scenario's stipend range and
    // mixed by the groups' internships, as expected internships per bin.
    const Histogram &st = s.stipend;
    QVector<double> binCentres, expected;
    for (std::size_t b = 0; b < st.counts.size(); ++b) {
        const double lo = st.center(b) - st.width / 2, hi = st.center(b) + st.width / 2;
        double n = 0;
        for (std::size_t g = 0; g < s.internshipsPerGroup.labels.size(); ++g)
            for (const CompanyCategory &c : targets.companyCategories)
                if (c.label == s.internshipsPerGroup.labels[g]) {
                    const double a = std::max(c.stipend.min, targets.internship.stipendMin);
                    const double z = std::min(c.stipend.max, targets.internship.stipendMax);
                    if (a < z)
                        n += s.internshipsPerGroup.values[g]
                             * (quality::truncatedNormalCdf(hi, c.stipend.mean, c.stipend.sd, a, z)
                                - quality::truncatedNormalCdf(lo, c.stipend.mean, c.stipend.sd, a,
                                                              z));
                }
        binCentres << st.center(b);
        expected << n;
    }
    if (!s.internshipsPerGroup.labels.empty())
        charts[Stipend]->overlayTargetCurves(binCentres, {expected}, tr("target (dashed)"));
    if (!s.successByTier.labels.empty())
        charts[SuccessByTier]->overlayTargets(
                QVector<double>(qsizetype(s.successByTier.labels.size()),
                                100.0 * targets.outcome.successRate),
                tr("target for all applications"));
}

void OverviewTab::showPublished(const OverviewStats &s)
{
    m_publishedChart->setVisible(!s.published.empty());
    if (s.published.empty())
        return;
    QStringList labels;
    QVector<double> published, generated;
    double most = 10;
    for (const PublishedBar &b : s.published) {
        labels << QString::fromStdString(b.figure);
        published << b.published;
        generated << b.generated;
        most = std::max({most, b.published, b.generated});
    }
    m_publishedChart->showGroupedBars(labels, {published, generated},
                                      {tr("published"), tr("generated")}, tr("count (log scale)"),
                                      true);
    // Counts from hundreds (companies) to hundreds of thousands (applications) share one axis.
    QCPAxis *value = m_publishedChart->categoryAxis() == m_publishedChart->xAxis
                             ? m_publishedChart->yAxis
                             : m_publishedChart->xAxis;
    chart::setLogCountAxis(value);
    value->setRange(0.5, most * 2);
    value->setLabel(tr("count (log scale)"));
    m_publishedChart->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace pmis
