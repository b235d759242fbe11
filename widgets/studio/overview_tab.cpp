#include "widgets/studio/overview_tab.h"

#include "widgets/studio/chart_widget.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pmis {

namespace {

constexpr int kChartMinWidth = 320;

enum Chart {
    TierMix,
    Cgpa,
    Cities,
    Skills,
    Stipend,
    Activity,
    Funnel,
    SuccessByTier,
    RuralUrban,
    Gender,
    ChartCount
};

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

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->hide();
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new ChartWidget(content);
        chart->setMinimumSize(kChartMinWidth, i == Cities || i == Skills ? 520 : 280);
        m_charts.push_back(chart);
    }
    arrangeCharts();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    retranslateUi();
    connect(&m_job, &QFutureWatcher<OverviewStats>::finished, this, [this] {
        if (m_job.future().resultCount() > 0) {
            m_stats = m_job.future().result();
            show(*m_stats);
            Q_EMIT updated();
        }
        if (m_hasPending) {
            m_hasPending = false;
            setDataset(std::move(m_pending));
        }
    });
}

OverviewTab::~OverviewTab()
{
    m_job.waitForFinished();
}

void OverviewTab::retranslateUi()
{
    m_empty->setText(tr("Generate a dataset (F5) to see its overview."));
    const QString titles[ChartCount] = {tr("Students per college tier"),
                                        tr("CGPA by tier"),
                                        tr("Students per home city"),
                                        tr("Top 20 skills: students vs internships"),
                                        tr("Stipend distribution"),
                                        tr("Interactions per student"),
                                        tr("Funnel: view → apply → shortlist → selected"),
                                        tr("Success rate by tier"),
                                        tr("Rural / urban"),
                                        tr("Gender")};
    for (int i = 0; i < ChartCount; ++i)
        m_charts[std::size_t(i)]->setTitle(titles[i]);
    if (m_stats)
        show(*m_stats);
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
    for (int i = 0; i < int(m_charts.size()); ++i)
        m_grid->addWidget(m_charts[std::size_t(i)], i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewTab::setDataset(std::shared_ptr<const Dataset> dataset)
{
    if (m_job.isRunning()) {
        m_pending = std::move(dataset);
        m_hasPending = true;
        return;
    }
    if (!dataset)
        return;
    m_job.setFuture(QtConcurrent::run([dataset]() { return computeOverview(*dataset); }));
}

void OverviewTab::show(const OverviewStats &s)
{
    m_empty->hide();
    m_scroll->show();
    const QString students = tr("students");
    m_charts[TierMix]->showGroupedBars(labelsOf(s.tierMix.labels), {valuesOf(s.tierMix.values)}, {},
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
    m_charts[Cgpa]->showCurves(x, ys, labelsOf(s.cgpaTiers), tr("CGPA"), tr("density"));
    // Start the axis a little before the lowest CGPA any tier reaches.
    double first = 10;
    for (const auto &y : ys)
        for (int b = 0; b < y.size(); ++b)
            if (y[b] > 0) {
                first = std::min(first, x[b]);
                break;
            }
    m_charts[Cgpa]->xAxis->setRange(std::max(0.0, first - 0.5), 10);
    m_charts[Cities]->showGroupedBars(labelsOf(s.cities.labels), {valuesOf(s.cities.values)}, {},
                                      students, true);
    m_charts[Skills]->showGroupedBars(
            labelsOf(s.topSkills), {valuesOf(s.skillStudents), valuesOf(s.skillInternships)},
            {tr("students holding"), tr("internships requiring")}, tr("count"), true);
    m_charts[Stipend]->showHistogram(s.stipend, tr("INR per month"), tr("internships"));
    m_charts[Activity]->showHistogram(s.interactionsPerStudent, tr("interactions"), students);
    m_charts[Funnel]->showGroupedBars({tr("view"), tr("apply"), tr("shortlist"), tr("selected")},
                                      {valuesOf(s.funnel.values)}, {}, tr("count"));
    m_charts[Funnel]->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_charts[Funnel]->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_charts[Funnel]->yAxis->setRange(
            0.5, std::max(10.0, s.funnel.values.empty() ? 10.0 : s.funnel.values[0] * 2));
    m_charts[Funnel]->yAxis->setLabel(tr("count (log scale)"));
    m_charts[Funnel]->replot(QCustomPlot::rpQueuedReplot);
    m_charts[SuccessByTier]->showGroupedBars(labelsOf(s.successByTier.labels),
                                             {valuesOf(s.successByTier.values)}, {},
                                             tr("selected per application (%)"));
    m_charts[RuralUrban]->showGroupedBars(labelsOf(s.ruralUrban.labels),
                                          {valuesOf(s.ruralUrban.values)}, {}, students);
    m_charts[Gender]->showGroupedBars(labelsOf(s.gender.labels), {valuesOf(s.gender.values)}, {},
                                      students);
}

} // namespace pmis
