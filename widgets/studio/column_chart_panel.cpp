#include "widgets/studio/column_chart_panel.h"

#include "core/stats/histogram.h"
#include "widgets/studio/chart_widget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace pmis {
namespace {

constexpr int kTop = 20; // most frequent values of a categorical column charted

// A column the chart can draw: values with counts, or numbers in bins.
bool chartable(const Column &c)
{
    if (c.spec.role == ColumnRole::Id || c.spec.role == ColumnRole::ForeignKey
        || c.spec.role == ColumnRole::FreeText)
        return false;
    switch (c.spec.type) {
    case ColumnType::Category:
    case ColumnType::Bool:
    case ColumnType::StringList:
    case ColumnType::Int64:
    case ColumnType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

ColumnChartPanel::ColumnChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *picker = new QHBoxLayout;
    m_tableLabel = new QLabel(this);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("columnChartTable"));
    for (const char *table : {"students", "internships", "companies", "interactions", "outcomes"})
        m_table->addItem(QString::fromLatin1(table), QString::fromLatin1(table));
    m_tableLabel->setBuddy(m_table);
    m_columnLabel = new QLabel(this);
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("columnChartColumn"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnLabel->setBuddy(m_column);
    picker->addWidget(m_tableLabel);
    picker->addWidget(m_table);
    picker->addSpacing(12);
    picker->addWidget(m_columnLabel);
    picker->addWidget(m_column);
    picker->addStretch(1);
    layout->addLayout(picker);
    m_chart = new ChartWidget(this);
    m_chart->setObjectName(QStringLiteral("columnChart"));
    m_chart->setMinimumSize(320, 320);
    layout->addWidget(m_chart, 1);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ColumnChartPanel::listColumns);
    connect(m_column, &QComboBox::currentIndexChanged, this, &ColumnChartPanel::showColumn);
    retranslateUi();
}

void ColumnChartPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    listColumns();
}

void ColumnChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ColumnChartPanel::retranslateUi()
{
    m_tableLabel->setText(tr("Chart any column: &table"));
    m_columnLabel->setText(tr("c&olumn"));
    showColumn(); // the title, the axis title and the empty state's sentence
}

void ColumnChartPanel::listColumns()
{
    const QString keep = m_column->currentData().toString();
    {
        const QSignalBlocker block(m_column);
        m_column->clear();
        const Table *t = m_dataset
                                 ? m_dataset->find(m_table->currentData().toString().toStdString())
                                 : nullptr;
        if (t)
            for (const Column &c : t->columns)
                if (chartable(c))
                    m_column->addItem(QString::fromStdString(c.spec.name),
                                      QString::fromStdString(c.spec.name));
        const int index = m_column->findData(keep);
        m_column->setCurrentIndex(index >= 0 ? index : 0);
    }
    showColumn();
}

void ColumnChartPanel::showColumn()
{
    const QString table = m_table->currentData().toString();
    const QString name = m_column->currentData().toString();
    m_chart->setTitle(name.isEmpty() ? tr("A column of %1").arg(table)
                                     : QStringLiteral("%1.%2").arg(table, name));
    const Table *t = m_dataset ? m_dataset->find(table.toStdString()) : nullptr;
    const Column *c = t ? t->find(name.toStdString()) : nullptr;
    if (!c) {
        m_chart->showEmpty(m_dataset ? tr("This table has no column to chart.")
                                     : tr("Generate a dataset (F5) to chart its columns."));
        return;
    }
    const QString rows = tr("rows");
    // Empty cells are not drawn: the title says how many there are.
    std::size_t empty = 0;
    for (std::size_t r = 0; r < c->size(); ++r)
        empty += c->isNull(r) ? 1 : 0;
    if (empty > 0)
        m_chart->setTitle(tr("%1.%2 (%3 of %4 rows empty)")
                                  .arg(table, name, QLocale().toString(qulonglong(empty)),
                                       QLocale().toString(qulonglong(c->size()))));
    if (c->spec.type == ColumnType::Int64 || c->spec.type == ColumnType::Double) {
        const Histogram h = histogramAuto(*c, 40);
        if (h.total == 0) {
            m_chart->showEmpty(tr("Every cell of this column is empty."));
            return;
        }
        const QString axis = QString::fromStdString(c->spec.name);
        m_chart->showHistogram(
                h,
                c->spec.unit.empty()
                        ? axis
                        : QStringLiteral("%1 (%2)").arg(axis, QString::fromStdString(c->spec.unit)),
                rows);
        return;
    }
    auto counts = labelCounts(*c);
    std::stable_sort(counts.begin(), counts.end(),
                     [](const LabelCount &a, const LabelCount &b) { return a.count > b.count; });
    if (counts.size() > std::size_t(kTop))
        counts.resize(std::size_t(kTop));
    QStringList labels;
    QVector<double> values;
    for (const LabelCount &lc : counts) {
        labels << QString::fromStdString(lc.label);
        values << double(lc.count);
    }
    if (labels.isEmpty()) {
        m_chart->showEmpty(tr("Every cell of this column is empty."));
        return;
    }
    m_chart->showGroupedBars(labels, {values}, {}, rows);
}

} // namespace pmis
