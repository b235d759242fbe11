#include "widgets/present/presentation_window.h"

#include "widgets/present/presentation_texts.h"
#include "widgets/present/projector_style.h"
#include "widgets/quality/quality_chart.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/preview_service.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pmis::present {

namespace {

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setFocusPolicy(Qt::NoFocus); // the keys step through the pages
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false); // one line a row, elided: rows a room can follow
    table->setTextElideMode(Qt::ElideMiddle);
    table->horizontalHeader()->setFont(sized(table->font(), kBodyPoints - 2, true));
    table->setStyleSheet(QStringLiteral("QTableWidget { gridline-color: #9e9e9e; }"));
    return table;
}

} // namespace

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    // High contrast: black on white whatever the desktop's theme.
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(kTitleColor));
    setPalette(p);
    setAutoFillBackground(true);
    setFont(sized(font(), kBodyPoints));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 20, 36, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setFont(sized(font(), kTitlePoints, true));
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kTitleColor)));
    m_title->setWordWrap(true);
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("presentationSentence"));
    m_sentence->setFont(sized(font(), kSentencePoints));
    m_sentence->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    m_stack = new QStackedWidget(this);
    m_preparing = new QLabel(this);
    m_preparing->setAlignment(Qt::AlignCenter);
    m_preparing->setFont(sized(font(), kSentencePoints));
    m_stack->addWidget(m_preparing);
    layout->addWidget(m_stack, 1);
    auto *foot = new QHBoxLayout;
    m_keys = new QLabel(this);
    m_keys->setFont(sized(font(), 12));
    m_keys->setStyleSheet(QStringLiteral("color: #424242;"));
    m_pageNumber = new QLabel(this);
    m_pageNumber->setFont(sized(font(), 14, true));
    foot->addWidget(m_keys, 1);
    foot->addWidget(m_pageNumber);
    layout->addLayout(foot);
    // The Overview's charts, drawn by its own code; the pages take the ones they show.
    m_chartHolder = new QWidget(this);
    m_chartHolder->hide();
    // Charts take their text sizes from their parent's font when made.
    m_chartHolder->setFont(sized(font(), kBodyPoints - 2));
    m_charts = OverviewTab::makeCharts(m_chartHolder);
    m_preview = new PreviewService(this);
    connect(m_preview, &PreviewService::previewReady, this, &PresentationWindow::showPreview);
    connect(&m_job, &BackgroundJob::progress, this, [this](double fraction, const QString &) {
        m_preparing->setText(tr("Preparing the presentation… %1").arg(percent(fraction, 0)));
    });
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        m_figures = std::any_cast<std::shared_ptr<const report::ReportFigures>>(m_job.takeResult());
        build();
        Q_EMIT ready();
    });
    connect(&m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_preparing->setText(tr("The presentation could not be prepared: %1").arg(message));
    });
    retranslateUi();
}

PresentationWindow::~PresentationWindow()
{
    m_job.cancel();
    m_job.wait();
}

void PresentationWindow::present(const report::ReportInput &input, Page first)
{
    m_input = input;
    m_first = first;
    m_figures.reset();
    m_job.start([input](const ProgressFn &progress, std::string &error) -> std::any {
        auto figures = report::computeReportFigures(input, progress);
        if (!figures) {
            if (!figures.isCancelled())
                error = figures.error();
            return {};
        }
        return std::make_shared<const report::ReportFigures>(figures.takeValue());
    });
    retranslateUi();
}

PresentationWindow::Page PresentationWindow::currentPage() const
{
    return m_index >= 0 && std::size_t(m_index) < m_pages.size() ? m_pages[std::size_t(m_index)]
                                                                 : Glance;
}

QString PresentationWindow::currentTitle() const
{
    return m_title->text();
}

QString PresentationWindow::currentSentence() const
{
    return m_sentence->text();
}

QSlider *PresentationWindow::knob() const
{
    if (!isReady() || !m_input.scenario)
        return nullptr;
    switch (currentPage()) {
    case Funnel:
        return m_successKnob.slider;
    case Groups:
        return m_tierKnob.slider;
    default:
        return nullptr;
    }
}

PresentationWindow::KnobRow PresentationWindow::makeKnob(QWidget *parent, int minimum, int maximum,
                                                         int value)
{
    KnobRow k;
    k.row = new QWidget(parent);
    auto *layout = new QGridLayout(k.row);
    layout->setContentsMargins(0, 8, 0, 0);
    k.label = new QLabel(k.row);
    k.label->setFont(sized(font(), kSentencePoints, true));
    k.label->setMinimumWidth(k.label->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);
    k.slider = new QSlider(Qt::Horizontal, k.row);
    k.slider->setRange(minimum, maximum);
    k.slider->setValue(value);
    k.slider->setFocusPolicy(Qt::NoFocus); // the arrow keys step through the pages
    k.slider->setMinimumHeight(48);
    k.slider->setStyleSheet(QStringLiteral(
            "QSlider::groove:horizontal { height: 14px; background: #cfd8dc; border-radius: 7px; }"
            "QSlider::sub-page:horizontal { background: #0b2545; border-radius: 7px; }"
            "QSlider::handle:horizontal { width: 40px; margin: -14px 0; background: #d95f02; "
            "border: 2px solid black; border-radius: 20px; }"));
    k.note = new QLabel(k.row);
    k.note->setWordWrap(true);
    k.note->setFont(sized(font(), 14));
    layout->addWidget(k.label, 0, 0);
    layout->addWidget(k.slider, 0, 1);
    layout->addWidget(k.note, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(k.slider, &QSlider::valueChanged, this, &PresentationWindow::knobMoved);
    return k;
}

QWidget *PresentationWindow::makeGlancePage()
{
    m_glance = new QWidget(m_stack);
    new QGridLayout(m_glance);
    return m_glance;
}

QWidget *PresentationWindow::makeChartsPage(std::initializer_list<int> charts, KnobRow &knob)
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    for (int c : charts) {
        ChartWidget *chart = m_charts[std::size_t(c)];
        chart->setParent(page);
        chart->setMinimumSize(200, 200);
        row->addWidget(chart, 1);
    }
    layout->addLayout(row, 1);
    layout->addWidget(knob.row);
    knob.row->setParent(page);
    knob.row->setVisible(m_input.scenario.has_value());
    return page;
}

QWidget *PresentationWindow::makeTargetsPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    // The tuned shares with a chart: the college tiers and rural/urban, else the first two.
    std::vector<const quality::Check *> shown;
    for (const char *id :
         {"distribution.students.college_tier", "distribution.students.rural_urban"})
        if (const quality::Check *c = m_figures->quality.find(id);
            c && c->chart.kind != quality::CheckChart::Kind::None)
            shown.push_back(c);
    for (const quality::Check &c : m_figures->quality.checks)
        if (shown.size() < 2 && c.chart.kind == quality::CheckChart::Kind::Shares
            && std::find(shown.begin(), shown.end(), &c) == shown.end())
            shown.push_back(&c);
    page->setFont(sized(font(), kBodyPoints - 2));
    for (const quality::Check *check : shown) {
        auto *chart = new QualityChart(page);
        chart->showCheck(check);
        styleForProjector(chart);
        m_targetCharts.push_back(chart);
        layout->addWidget(chart, 1);
    }
    if (shown.empty()) {
        auto *none = new QLabel(page);
        none->setObjectName(QStringLiteral("noTargets"));
        none->setAlignment(Qt::AlignCenter);
        layout->addWidget(none);
    }
    return page;
}

QWidget *PresentationWindow::makeRecommendationPage()
{
    m_recommendations = new QLabel(m_stack);
    m_recommendations->setObjectName(QStringLiteral("recommendations"));
    m_recommendations->setTextFormat(Qt::RichText);
    m_recommendations->setWordWrap(true);
    m_recommendations->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return m_recommendations;
}

QWidget *PresentationWindow::makeFairnessPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    page->setFont(sized(font(), kBodyPoints - 2));
    m_exposure = new ChartWidget(page);
    layout->addWidget(m_exposure, 1);
    return page;
}

QWidget *PresentationWindow::makeComparisonPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_parameters = makeTable(page);
    m_figuresTable = makeTable(page);
    layout->addWidget(m_parameters, 2);
    layout->addWidget(m_figuresTable, 3);
    return page;
}

void PresentationWindow::build()
{
    m_pages.clear();
    for (int p = 0; p < PageCount; ++p)
        if (p != Comparison || m_figures->comparison)
            m_pages.push_back(Page(p));
    const Scenario *targets = m_input.scenario ? &*m_input.scenario : nullptr;
    const double rate = targets ? targets->outcome.successRate : 0.05;
    m_successKnob = makeKnob(this, 1, 300, int(std::lround(rate * 1000)));
    double tierShare = 0.3;
    if (targets && !targets->student.tiers.shares.empty())
        tierShare = targets->student.tiers.probabilities().back();
    m_tierKnob = makeKnob(this, 1, 90, int(std::lround(tierShare * 100)));
    for (Page p : m_pages) {
        QWidget *w = nullptr;
        switch (p) {
        case Glance:
            w = makeGlancePage();
            break;
        case Funnel:
            w = makeChartsPage({OverviewTab::Funnel}, m_successKnob);
            break;
        case Groups:
            w = makeChartsPage({OverviewTab::TierMix, OverviewTab::SuccessByTier}, m_tierKnob);
            break;
        case Targets:
            w = makeTargetsPage();
            break;
        case Recommendation:
            w = makeRecommendationPage();
            break;
        case Fairness:
            w = makeFairnessPage();
            break;
        case Comparison:
        case PageCount:
            w = makeComparisonPage();
            break;
        }
        m_pageWidgets.push_back(w);
        m_stack->addWidget(w);
    }
    drawCharts(m_figures->overview, targets);
    fillPages();
    const auto first = std::find(m_pages.begin(), m_pages.end(), m_first);
    m_index = -1;
    showPage(first == m_pages.end() ? 0 : int(first - m_pages.begin()));
    retranslateUi();
}

void PresentationWindow::drawCharts(const OverviewStats &stats, const Scenario *targets)
{
    OverviewTab::drawCharts(m_charts, stats, targets, nullptr);
    for (ChartWidget *chart : m_charts)
        styleForProjector(chart);
}

void PresentationWindow::showPage(int index)
{
    if (!isReady() || index < 0 || std::size_t(index) >= m_pages.size() || index == m_index)
        return;
    m_index = index;
    m_stack->setCurrentWidget(m_pageWidgets[std::size_t(index)]);
    retranslateUi();
    Q_EMIT pageChanged(index);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(int(m_pages.size()) - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (isReady()) {
            drawCharts(m_figures->overview, m_input.scenario ? &*m_input.scenario : nullptr);
            fillPages();
        }
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

Scenario PresentationWindow::knobScenario() const
{
    Scenario s = *m_input.scenario;
    s.outcome.successRate = m_successKnob.slider->value() / 1000.0;
    std::vector<Share> &tiers = s.student.tiers.shares;
    if (tiers.size() > 1) {
        // The last tier takes the knob's share; the others keep their proportions.
        const double share = m_tierKnob.slider->value() / 100.0;
        double others = 0;
        for (std::size_t k = 0; k + 1 < tiers.size(); ++k)
            others += tiers[k].weight;
        tiers.back().weight = others > 0 ? share / (1 - share) * others : 1;
    }
    return s;
}

void PresentationWindow::knobMoved()
{
    updateKnobTexts();
    if (m_input.scenario)
        m_preview->request(knobScenario());
}

void PresentationWindow::showPreview(const std::shared_ptr<const PreviewData> &preview)
{
    if (!preview || !preview->data)
        return;
    m_previewStudents = preview->data->students.rowCount();
    drawCharts(computeOverview(*preview->data), &preview->scenario);
    updateKnobTexts();
    Q_EMIT previewShown();
}

void PresentationWindow::updateKnobTexts()
{
    if (!m_successKnob.slider)
        return;
    const QLocale l;
    m_successKnob.label->setText(
            tr("Success rate: %1").arg(percent(m_successKnob.slider->value() / 1000.0)));
    QString tier = tr("the last tier");
    if (m_input.scenario && !m_input.scenario->student.tiers.shares.empty())
        tier = qs(m_input.scenario->student.tiers.shares.back().label);
    m_tierKnob.label->setText(
            tr("Share of %1: %2").arg(tier, percent(m_tierKnob.slider->value() / 100.0, 0)));
    const QString note
            = m_previewStudents > 0
                      ? tr("Live preview from a sample of %1 students generated with this "
                           "setting; generate (F5) for the full dataset.")
                                .arg(l.toString(qulonglong(m_previewStudents)))
                      : tr("Move the slider: the page is regenerated from a preview sample.");
    m_successKnob.note->setText(note);
    m_tierKnob.note->setText(note);
}

void PresentationWindow::retranslateUi()
{
    setWindowTitle(tr("Presentation"));
    m_keys->setText(tr("Page Down or → next · Page Up or ← back · Esc leave"));
    m_preparing->setText(tr("Preparing the presentation…"));
    if (!isReady()) {
        m_title->setText(tr("Presentation"));
        m_sentence->clear();
        m_pageNumber->clear();
        return;
    }
    m_pageNumber->setText(tr("%1 / %2").arg(m_index + 1).arg(m_pages.size()));
    updateKnobTexts();
    const report::ReportFigures &f = *m_figures;
    QString title, sentence;
    switch (currentPage()) {
    case Glance:
        title = tr("The dataset at a glance");
        sentence = tr("How many of each there are, and the shares the scenario tunes.");
        break;
    case Funnel:
        title = tr("The application funnel");
        sentence = tr("Interactions from a view to a selection (log scale), against the "
                      "scenario's targets.");
        break;
    case Groups:
        title = tr("Shares by group");
        sentence = tr("Students per college tier against the scenario's shares, and how often "
                      "each tier's applications succeed.");
        break;
    case Targets:
        title = tr("Target against realized");
        sentence = tr("The realized shares against the scenario's targets; the bars around each "
                      "target are the 99% band that sampling alone gives.");
        break;
    case Recommendation:
        title = tr("A recommendation, explained");
        sentence = f.example ? tr("The best internships for %1 (%2); each score is the sum of "
                                  "its parts.")
                                       .arg(qs(f.example->student), qs(f.example->description))
                             : tr("The recommender could not run on these data: %1")
                                       .arg(qs(f.evaluationError));
        break;
    case Fairness:
        title = tr("Fairness of the shortlists");
        sentence = f.fairness ? tr("After fair re-ranking (FA*IR) of the top 20 of every open "
                                   "internship, %1 of the shortlists meet every group's minimum "
                                   "(%2 before).")
                                        .arg(percent(f.fairness->audit.passAfter),
                                             percent(f.fairness->audit.passBefore))
                              : tr("The shortlists could not be audited on these data.");
        break;
    case Comparison:
    case PageCount:
        title = tr("Compared with the baseline");
        sentence = f.comparison
                           ? tr("%1 of %2 figures differ by more than sampling alone gives; the "
                                "scenario's changed parameters on the left.")
                                     .arg(f.comparison->beyondNoiseCount())
                                     .arg(f.comparison->figures.size())
                           : QString();
        break;
    }
    m_title->setText(title);
    m_sentence->setText(sentence);
}

} // namespace pmis::present
