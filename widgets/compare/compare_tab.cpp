#include "widgets/compare/compare_tab.h"

#include "widgets/compare/compare_models.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace pmis {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

// How the tab names a dataset given by name: a file or folder by its name, a preset as it is.
QString sourceName(const QString &source)
{
    const QFileInfo info(source);
    return info.exists() ? info.fileName() : source;
}

} // namespace

CompareTab::CompareTab(QWidget *parent)
    : QWidget(parent)
    , m_job(new CompareJob(this))
    , m_parameters(new ParameterChangeModel(this))
    , m_figures(new ComparedFigureModel(this))
    , m_filter(new ComparedFigureFilter(this))
{
    m_filter->setSourceModel(m_figures);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(m_content);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearBaseline = new QPushButton(m_content);
    top->addWidget(m_header, 1);
    top->addWidget(m_clearBaseline, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    auto *parameterBox = new QWidget(splitter);
    auto *parameterLayout = new QVBoxLayout(parameterBox);
    parameterLayout->setContentsMargins(0, 0, 0, 0);
    m_parameterTitle = new QLabel(parameterBox);
    m_parameterTitle->setTextFormat(Qt::PlainText);
    m_parameterTitle->setWordWrap(true);
    m_parameterView = makeTable(m_parameters, parameterBox);
    m_parameterView->setObjectName(QStringLiteral("compareParameters"));
    parameterLayout->addWidget(m_parameterTitle);
    parameterLayout->addWidget(m_parameterView, 1);

    auto *figureBox = new QWidget(splitter);
    auto *figureLayout = new QVBoxLayout(figureBox);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    auto *figureTop = new QHBoxLayout;
    m_figureTitle = new QLabel(figureBox);
    m_figureTitle->setTextFormat(Qt::PlainText);
    m_figureTitle->setWordWrap(true);
    m_onlyBeyond = new QCheckBox(figureBox);
    figureTop->addWidget(m_figureTitle, 1);
    figureTop->addWidget(m_onlyBeyond);
    m_figureView = makeTable(m_filter, figureBox);
    m_figureView->setObjectName(QStringLiteral("compareFigures"));
    m_figureView->setSortingEnabled(true);
    m_figureView->sortByColumn(-1, Qt::AscendingOrder); // the comparison's order until a click
    figureLayout->addLayout(figureTop);
    figureLayout->addWidget(m_figureView, 1);
    splitter->addWidget(parameterBox);
    splitter->addWidget(figureBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    connect(m_onlyBeyond, &QCheckBox::toggled, m_filter, &ComparedFigureFilter::setOnlyBeyondNoise);
    connect(m_clearBaseline, &QPushButton::clicked, this, &CompareTab::clearBaseline);
    connect(m_job, &CompareJob::finished, this,
            [this](std::shared_ptr<const CompareResult> result) {
                m_result = std::move(result);
                showResult(*m_result);
                Q_EMIT comparisonReady();
            });
    connect(m_job, &CompareJob::failed, this, [this](const QString &error) {
        m_state = State::Failed;
        m_error = error;
        retranslate();
        Q_EMIT comparisonReady();
    });
    connect(m_job, &CompareJob::cancelled, this, [this] {
        m_state = m_result ? State::Shown : hasBaseline() ? State::Waiting : State::Empty;
        retranslate();
    });
    retranslate();
}

CompareTab::~CompareTab() = default;

void CompareTab::setBaseline(CompareSide baseline)
{
    m_baseline = std::move(baseline);
    if (m_job->isRunning())
        m_job->cancel();
    m_result.reset();
    m_state = hasBaseline() ? State::Waiting : State::Empty;
    retranslate();
    Q_EMIT baselineChanged();
}

void CompareTab::clearBaseline()
{
    setBaseline({});
}

void CompareTab::setCurrent(CompareSide current)
{
    if (!hasBaseline() || !current.data || current.data == m_baseline.data)
        return;
    start(m_baseline, std::move(current));
}

void CompareTab::compareSources(const QString &baseline, const QString &current)
{
    CompareSide a;
    a.source = baseline;
    a.name = sourceName(baseline);
    CompareSide b;
    b.source = current;
    b.name = sourceName(current);
    start(std::move(a), std::move(b));
}

void CompareTab::start(CompareSide baseline, CompareSide current)
{
    m_baselineName = baseline.name;
    m_currentName = current.name;
    m_state = State::Computing;
    retranslate();
    m_job->start(std::move(baseline), std::move(current));
}

void CompareTab::showResult(const CompareResult &result)
{
    m_parameters->setChanges(result.comparison.parameters);
    m_figures->setFigures(result.comparison.figures);
    // The names and values take the room the numbers leave: no column is pushed out of sight.
    QHeaderView *figures = m_figureView->horizontalHeader();
    figures->setStretchLastSection(false);
    figures->setSectionResizeMode(QHeaderView::ResizeToContents);
    figures->setSectionResizeMode(ComparedFigureModel::Figure, QHeaderView::Stretch);
    QHeaderView *parameters = m_parameterView->horizontalHeader();
    parameters->setSectionResizeMode(QHeaderView::Stretch);
    parameters->setSectionResizeMode(ParameterChangeModel::Parameter,
                                     QHeaderView::ResizeToContents);
    m_state = State::Shown;
    retranslate();
}

QString CompareTab::message() const
{
    return m_state == State::Shown ? QString() : m_message->text();
}

void CompareTab::retranslate()
{
    switch (m_state) {
    case State::Empty:
        m_message->setText(
                tr("Nothing to compare yet.\n\nGenerate a dataset, choose Generate > Set as "
                   "Baseline, change the scenario and generate again: every figure is compared "
                   "with the baseline's.\nOr choose File > Compare... to compare two presets, "
                   "scenario files or exported datasets."));
        break;
    case State::Waiting:
        m_message->setText(tr("Baseline: %1.\n\nChange the scenario and generate (F5): the new "
                              "dataset is compared with the baseline.")
                                   .arg(m_baseline.name));
        break;
    case State::Computing:
        m_message->setText(tr("Comparing %1 with %2…").arg(m_currentName, m_baselineName));
        break;
    case State::Failed:
        m_message->setText(tr("The comparison could not be made: %1").arg(m_error));
        break;
    case State::Shown:
        break;
    }
    m_clearBaseline->setText(tr("Clear Baseline"));
    m_clearBaseline->setVisible(hasBaseline());
    m_onlyBeyond->setText(tr("Only differences beyond the noise"));
    if (m_result) {
        const Comparison &c = m_result->comparison;
        const QLocale locale;
        m_header->setText(tr("Baseline: %1\nCurrent: %2").arg(m_baselineName, m_currentName));
        const bool scenarios = m_result->scenariosCompared;
        m_parameterTitle->setVisible(true);
        m_parameterView->parentWidget()->setVisible(scenarios);
        if (scenarios && c.parameters.empty())
            m_parameterTitle->setText(tr("The two scenarios have the same parameters."));
        else
            m_parameterTitle->setText(
                    tr("Scenario parameters that differ: %1")
                            .arg(locale.toString(qulonglong(c.parameters.size()))));
        m_parameterView->setVisible(!c.parameters.empty());
        m_figureTitle->setText(
                tr("%1 of %2 figures differ by more than the sampling noise (%3% level for the "
                   "whole table: two datasets of one scenario show no such difference 99 times "
                   "in 100).")
                        .arg(locale.toString(qulonglong(c.beyondNoiseCount())),
                             locale.toString(qulonglong(c.figures.size())),
                             locale.toString(100 * c.level, 'f', 0)));
    }
    m_parameters->retranslate();
    m_figures->retranslate();
    m_stack->setCurrentWidget(m_state == State::Shown ? m_content
                                                      : static_cast<QWidget *>(m_message));
}

void CompareTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pmis
