#include "widgets/studio/share_table_editor.h"

#include "widgets/studio/chart_widget.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace pmis {

namespace {
constexpr int kSliderSteps = 1000;
}

ShareTableEditor::ShareTableEditor(StudioDocument *document, PreviewService *preview, UiText title,
                                   Accessor field, std::string table, std::string column,
                                   LabelHooks hooks, QWidget *parent)
    : FieldEditor(document, preview, std::move(title), parent)
    , m_field(std::move(field))
    , m_table(std::move(table))
    , m_column(std::move(column))
    , m_hooks(std::move(hooks))
{
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(2, 1);
    body()->addLayout(m_grid);
    auto *bar = new QHBoxLayout;
    m_modeLabel = new QLabel(this);
    bar->addWidget(m_modeLabel);
    m_mode = new QComboBox(this);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    bar->addWidget(m_mode);
    bar->addStretch();
    if (m_hooks.editable) {
        m_add = new QPushButton(this);
        connect(m_add, &QPushButton::clicked, this, &ShareTableEditor::addLabel);
        bar->addWidget(m_add);
    }
    body()->addLayout(bar);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        Scenario s = editable();
        m_field(s).mode = index == 1 ? ShareMode::Exact : ShareMode::Sampled;
        commit(tr("Change mode of %1").arg(this->title()), s);
    });
    m_chart = new ChartWidget(this);
    m_chart->setMinimumHeight(170);
    // Above the rows, so that a long table (24 cities) does not push it out of sight.
    body()->insertWidget(0, m_chart);
    setControlTexts();
    start();
}

void ShareTableEditor::setControlTexts()
{
    m_modeLabel->setText(tr("Mode:"));
    m_mode->setItemText(0, tr("Sampled"));
    m_mode->setItemText(1, tr("Exact"));
    m_mode->setToolTip(
            tr("Sampled: each row drawn independently. Exact: counts match the shares exactly."));
    if (m_add)
        m_add->setText(tr("Add"));
    for (std::size_t i = 0; i < m_rows.size() && i < m_labels.size(); ++i)
        if (m_rows[i].remove)
            m_rows[i].remove->setToolTip(tr("Remove %1").arg(QString::fromStdString(m_labels[i])));
}

void ShareTableEditor::retranslateUi()
{
    setControlTexts();
    updateChart();
}

const ShareTable &ShareTableEditor::current() const
{
    return m_field(const_cast<Scenario &>(scenario()));
}

void ShareTableEditor::refresh()
{
    const ShareTable &t = current();
    if (t.labels() != m_labels)
        rebuild();
    updateValues();
    updateChart();
}

void ShareTableEditor::rebuild()
{
    for (Row &r : m_rows) {
        delete r.label;
        delete r.spin;
        delete r.slider;
        delete r.remove;
    }
    m_rows.clear();
    const ShareTable &t = current();
    m_labels = t.labels();
    for (std::size_t i = 0; i < t.shares.size(); ++i) {
        Row row;
        const QString label = QString::fromStdString(t.shares[i].label);
        if (m_hooks.editable) {
            auto *edit = new QLineEdit(label, this);
            edit->setMaximumWidth(150);
            connect(edit, &QLineEdit::editingFinished, this, [this, i, edit] {
                if (i < m_labels.size() && edit->text().toStdString() != m_labels[i])
                    renameLabel(int(i), edit->text());
            });
            row.label = edit;
        } else {
            row.label = new QLabel(label, this);
        }
        row.spin = new QDoubleSpinBox(this);
        row.spin->setDecimals(3);
        row.spin->setRange(-1e9, 1e9); // the validator refuses what is out of range, with a reason
        row.spin->setSingleStep(0.01);
        row.spin->setKeyboardTracking(false);
        row.slider = new QSlider(Qt::Horizontal, this);
        row.slider->setRange(0, kSliderSteps);
        connect(row.spin, &QDoubleSpinBox::valueChanged, this,
                [this, i](double v) { editWeight(int(i), v, false); });
        connect(row.spin, &QDoubleSpinBox::editingFinished, this, [this] { closeMerge(); });
        connect(row.slider, &QSlider::valueChanged, this,
                [this, i](int v) { editWeight(int(i), m_sliderScale * v / kSliderSteps, true); });
        connect(row.slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
        connect(row.slider, &QSlider::sliderReleased, this, [this] {
            m_dragging = false;
            closeMerge();
            updateValues();
        });
        const int r = int(i);
        m_grid->addWidget(row.label, r, 0);
        m_grid->addWidget(row.spin, r, 1);
        m_grid->addWidget(row.slider, r, 2);
        if (m_hooks.editable) {
            row.remove = new QPushButton(QStringLiteral("×"), this);
            row.remove->setToolTip(tr("Remove %1").arg(label));
            row.remove->setFixedWidth(28);
            connect(row.remove, &QPushButton::clicked, this, [this, i] { removeLabel(int(i)); });
            m_grid->addWidget(row.remove, r, 3);
        }
        m_rows.push_back(row);
    }
}

void ShareTableEditor::updateValues()
{
    const ShareTable &t = current();
    if (!m_dragging) {
        double top = 0;
        for (const Share &s : t.shares)
            top = std::max(top, s.weight);
        m_sliderScale = top > 0 ? top * 2 : 1;
    }
    for (std::size_t i = 0; i < m_rows.size() && i < t.shares.size(); ++i) {
        const QSignalBlocker b1(m_rows[i].spin), b2(m_rows[i].slider);
        m_rows[i].spin->setValue(t.shares[i].weight);
        if (!m_rows[i].slider->isSliderDown())
            m_rows[i].slider->setValue(
                    int(std::lround(t.shares[i].weight / m_sliderScale * kSliderSteps)));
        if (auto *edit = qobject_cast<QLineEdit *>(m_rows[i].label)) {
            if (!edit->hasFocus()) {
                edit->setText(QString::fromStdString(t.shares[i].label));
                edit->setCursorPosition(0);
            }
        }
    }
    const QSignalBlocker b(m_mode);
    m_mode->setCurrentIndex(t.mode == ShareMode::Exact ? 1 : 0);
}

void ShareTableEditor::updateChart()
{
    const ShareTable &t = current();
    QStringList labels;
    QVector<double> target, realized;
    const auto p = t.probabilities();
    for (std::size_t i = 0; i < t.shares.size(); ++i) {
        labels << QString::fromStdString(t.shares[i].label);
        target << (i < p.size() ? p[i] : 0.0);
    }
    if (m_realized.size() == t.shares.size())
        realized = QVector<double>(m_realized.begin(), m_realized.end());
    m_chart->showTargetBars(labels, target, realized);
}

void ShareTableEditor::showPreview(const PreviewData &preview)
{
    m_realized.clear();
    if (const ShareComparison *c = preview.find(m_table, m_column)) {
        // The sample may be of an older edit: match by label.
        const ShareTable &t = current();
        for (const Share &s : t.shares) {
            double v = 0;
            for (std::size_t j = 0; j < c->labels.size(); ++j)
                if (c->labels[j] == s.label)
                    v = c->realized[j];
            m_realized.push_back(v);
        }
    }
    updateChart();
}

void ShareTableEditor::setWeight(int i, double weight)
{
    m_rows[std::size_t(i)].spin->setValue(weight);
}

void ShareTableEditor::editWeight(int i, double weight, bool fromSlider)
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    if (std::size_t(i) >= t.shares.size())
        return;
    t.shares[std::size_t(i)].weight = weight;
    const QString key
            = QStringLiteral("share/%1/%2/%3").arg(title()).arg(i).arg(fromSlider ? 1 : 0);
    commit(tr("Change share of %1").arg(QString::fromStdString(t.shares[std::size_t(i)].label)), s,
           key);
}

void ShareTableEditor::addLabel()
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    std::string label;
    for (int n = 1; label.empty() || t.indexOf(label) >= 0; ++n)
        label = tr("new %1").arg(n).toStdString();
    t.shares.push_back({label, 1.0});
    if (m_hooks.added)
        m_hooks.added(s, label);
    commit(tr("Add %1").arg(QString::fromStdString(label)), s);
}

void ShareTableEditor::renameLabel(int i, const QString &to)
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    const std::string from = t.shares[std::size_t(i)].label;
    const std::string name = to.trimmed().toStdString();
    if (name.empty() || t.indexOf(name) >= 0) {
        showError(tr("\"%1\" is empty or already a label; expected a new label").arg(to));
        return;
    }
    t.shares[std::size_t(i)].label = name;
    if (m_hooks.renamed)
        m_hooks.renamed(s, from, name);
    commit(tr("Rename %1 to %2").arg(QString::fromStdString(from), to), s);
}

void ShareTableEditor::removeLabel(int i)
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    const std::string label = t.shares[std::size_t(i)].label;
    t.shares.erase(t.shares.begin() + i);
    if (m_hooks.removed)
        m_hooks.removed(s, label);
    commit(tr("Remove %1").arg(QString::fromStdString(label)), s);
}

} // namespace pmis
