#include "widgets/quality/quality_view.h"

#include "widgets/quality/quality_texts.h"

#include "widgets/quality/quality_chart.h"
#include "widgets/quality/quality_check_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmis {

using quality::CheckStatus;

QualityView::QualityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QualityCheckModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QualityChart(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLabel(this))
{
    auto *filters = new QHBoxLayout;
    for (int s = 0; s < 3; ++s) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(QualityCheckModel::statusIcon(CheckStatus(s)));
        connect(button, &QToolButton::toggled, this,
                [this, s](bool on) { setStatusVisible(CheckStatus(s), on); });
        filters->addWidget(button);
        m_filters[std::size_t(s)] = button;
    }
    filters->addSpacing(12);
    m_summary->setWordWrap(true);
    filters->addWidget(m_summary, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QualityCheckModel::CheckColumn,
                                                      QHeaderView::Stretch);
    // The check id already names its table and column; the room goes to the id and the chart.
    m_table->setColumnHidden(QualityCheckModel::TableColumn, true);
    m_table->setColumnHidden(QualityCheckModel::ColumnColumn, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });

    m_reason->setObjectName(QStringLiteral("checkReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_chart, 1);
    detailLayout->addWidget(m_reason);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    detail->setMinimumWidth(300); // the chart needs room for its axes and title

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    retranslate();
    showCurrent();
}

void QualityView::setReport(const quality::QualityReport &report)
{
    const QString current = currentCheckId();
    m_model->setReport(report);
    m_table->resizeColumnToContents(QualityCheckModel::StatusColumn);
    retranslate();
    // Keep the selected check when the new report has it; else show the first problem, if any.
    if (current.isEmpty() || !selectCheck(current)) {
        QString first;
        for (const quality::Check &c : report.checks)
            if (c.status != CheckStatus::Pass
                && m_model->rowOf(QString::fromStdString(c.id)) >= 0) {
                first = QString::fromStdString(c.id);
                break;
            }
        if (first.isEmpty() || !selectCheck(first))
            showCurrent();
    }
}

void QualityView::setStatusVisible(CheckStatus status, bool visible)
{
    const QString current = currentCheckId();
    m_model->setStatusVisible(status, visible);
    QToolButton *button = m_filters[std::size_t(status)];
    if (button->isChecked() != visible) {
        const QSignalBlocker block(button);
        button->setChecked(visible);
    }
    if (!selectCheck(current))
        showCurrent();
}

bool QualityView::isStatusVisible(CheckStatus status) const
{
    return m_model->isStatusVisible(status);
}

bool QualityView::selectCheck(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, QualityCheckModel::CheckColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

QString QualityView::currentCheckId() const
{
    const quality::Check *c = m_model->checkAt(m_table->currentIndex().row());
    return c ? QString::fromStdString(c->id) : QString();
}

QAbstractItemModel *QualityView::model() const
{
    return m_model;
}

void QualityView::showCurrent()
{
    const quality::Check *c = m_model->checkAt(m_table->currentIndex().row());
    m_chart->showCheck(c);
    m_reason->setText(c ? qualityReasonText(c->reasonText) : QString());
    Q_EMIT currentCheckChanged(c ? QString::fromStdString(c->id) : QString());
}

void QualityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        const quality::Check *c = m_model->checkAt(m_table->currentIndex().row());
        m_chart->showCheck(c); // axis titles, legend
        m_reason->setText(c ? qualityReasonText(c->reasonText) : QString());
    }
    QWidget::changeEvent(event);
}

void QualityView::retranslate()
{
    const quality::QualityReport &r = m_model->report();
    for (int s = 0; s < 3; ++s) {
        const auto status = CheckStatus(s);
        m_filters[std::size_t(s)]->setText(
                tr("%1 (%2)").arg(QualityCheckModel::statusText(status)).arg(r.count(status)));
        m_filters[std::size_t(s)]->setToolTip(tr("Show or hide the checks with this status"));
    }
    if (r.checks.empty())
        m_summary->setText(tr("No quality report yet: generate or import a dataset."));
    else if (r.comparedWithScenario)
        m_summary->setText(tr("%n check(s), compared with the targets of scenario %1", nullptr,
                              int(r.checks.size()))
                                   .arg(QString::fromStdString(r.scenarioName)));
    else
        m_summary->setText(tr("%n check(s); no scenario, so targets are not checked", nullptr,
                              int(r.checks.size())));
}

} // namespace pmis
