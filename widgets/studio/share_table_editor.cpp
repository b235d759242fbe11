#include "widgets/studio/share_table_editor.h"

#include "widgets/studio/chart_widget.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
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
    m_grid->setColumnStretch(3, 1);
    body()->addLayout(m_grid);
    auto *bar = new QHBoxLayout;
    m_modeLabel = new QLabel(this);
    bar->addWidget(m_modeLabel);
    m_mode = new QComboBox(this);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    bar->addWidget(m_mode);
    m_percent = new QCheckBox(this);
    bar->addWidget(m_percent);
    bar->addStretch();
    if (m_hooks.editable) {
        m_add = new QPushButton(this);
        connect(m_add, &QPushButton::clicked, this, &ShareTableEditor::addLabel);
        bar->addWidget(m_add);
    }
    body()->addLayout(bar);
    placeError(body()); // refused additions and removals: under the buttons, above the chart
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_note->hide();
    body()->addWidget(m_note);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        Scenario s = editable();
        m_field(s).mode = index == 1 ? ShareMode::Exact : ShareMode::Sampled;
        commit(tr("Change mode of %1").arg(this->title()), s);
    });
    connect(m_percent, &QCheckBox::toggled, this, [this] {
        for (int i = 0; i < int(m_rows.size()); ++i)
            setRowError(i, {});
        updateValues();
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
    m_percent->setText(tr("Edit as %"));
    m_percent->setToolTip(tr("Type each share in percent; the other rows rescale so the shares "
                             "add up to 100%."));
    if (m_add)
        m_add->setText(tr("Add"));
    if (m_totalLabel)
        m_totalLabel->setText(tr("Total"));
    for (std::size_t i = 0; i < m_rows.size() && i < m_labels.size(); ++i)
        if (m_rows[i].remove)
            m_rows[i].remove->setToolTip(tr("Remove %1").arg(QString::fromStdString(m_labels[i])));
}

void ShareTableEditor::retranslateUi()
{
    setControlTexts();
    updateValues();
    updateNote();
    updateChart();
}

const ShareTable &ShareTableEditor::current() const
{
    return m_field(const_cast<Scenario &>(scenario()));
}

void ShareTableEditor::setChecks(Check refuse, Check note)
{
    m_refuse = std::move(refuse);
    m_noteFn = std::move(note);
    updateNote();
}

void ShareTableEditor::refresh()
{
    const ShareTable &t = current();
    if (t.labels() != m_labels)
        rebuild();
    // The scenario changed: every row shows a value it holds, and old refusals go.
    for (int i = 0; i < int(m_rows.size()); ++i)
        setRowError(i, {});
    updateValues();
    updateNote();
    updateChart();
}

void ShareTableEditor::rebuild()
{
    for (Row &r : m_rows) {
        delete r.label;
        delete r.spin;
        delete r.share;
        delete r.slider;
        delete r.remove;
        delete r.error;
    }
    m_rows.clear();
    delete m_totalLabel;
    delete m_total;
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
        row.spin->setRange(-1e9, 1e9); // the checks refuse what is out of range, with a reason
        row.spin->setKeyboardTracking(false);
        row.spin->setMaximumWidth(
                row.spin->fontMetrics().horizontalAdvance(QStringLiteral("000000.000 %")) + 40);
        row.share = new QLabel(this);
        row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.share->setMinimumWidth(
                row.share->fontMetrics().horizontalAdvance(QStringLiteral("100.0%  ")));
        row.slider = new QSlider(Qt::Horizontal, this);
        row.slider->setRange(0, kSliderSteps);
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            if (percentMode())
                editShare(int(i), v / 100, false);
            else
                editWeight(int(i), v, false);
        });
        connect(row.spin, &QDoubleSpinBox::editingFinished, this, [this] { closeMerge(); });
        // The slider sets the row's share: the handle stays where it is released.
        connect(row.slider, &QSlider::valueChanged, this,
                [this, i](int v) { editShare(int(i), double(v) / kSliderSteps, true); });
        connect(row.slider, &QSlider::sliderReleased, this, [this] {
            closeMerge();
            updateValues();
        });
        row.error = new QLabel(this);
        row.error->setWordWrap(true);
        row.error->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.error->hide();
        const int r = 2 * int(i);
        m_grid->addWidget(row.label, r, 0);
        m_grid->addWidget(row.spin, r, 1);
        m_grid->addWidget(row.share, r, 2);
        m_grid->addWidget(row.slider, r, 3);
        if (m_hooks.editable) {
            row.remove = new QPushButton(QStringLiteral("×"), this);
            row.remove->setToolTip(tr("Remove %1").arg(label));
            row.remove->setFixedWidth(28);
            connect(row.remove, &QPushButton::clicked, this, [this, i] { removeLabel(int(i)); });
            m_grid->addWidget(row.remove, r, 4);
        }
        m_grid->addWidget(row.error, r + 1, 0, 1, 5);
        m_rows.push_back(row);
    }
    m_totalLabel = new QLabel(tr("Total"), this);
    m_total = new QLabel(this);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int last = 2 * int(m_rows.size());
    m_grid->addWidget(m_totalLabel, last, 0);
    m_grid->addWidget(m_total, last, 1, 1, 2);
}

namespace {

QString percentText(double share)
{
    return ShareTableEditor::tr("%1%").arg(QLocale().toString(share * 100, 'f', 1));
}

} // namespace

void ShareTableEditor::updateValues()
{
    const ShareTable &t = current();
    const auto p = t.probabilities();
    const bool percent = percentMode();
    double total = 0;
    for (const Share &s : t.shares)
        total += s.weight;
    for (std::size_t i = 0; i < m_rows.size() && i < t.shares.size(); ++i) {
        const double share = i < p.size() ? p[i] : 0.0;
        Row &row = m_rows[i];
        {
            const QSignalBlocker b(row.spin);
            row.spin->setDecimals(percent ? 1 : 3);
            row.spin->setSingleStep(percent ? 1 : 0.01);
            row.spin->setSuffix(percent ? QStringLiteral(" %") : QString());
            row.spin->setValue(percent ? share * 100 : t.shares[i].weight);
        }
        // In percent the spin box shows the share; the column keeps its width so nothing moves.
        row.share->setText(percent ? QString() : percentText(share));
        if (!row.slider->isSliderDown()) {
            const QSignalBlocker b(row.slider);
            row.slider->setValue(int(std::lround(share * kSliderSteps)));
        }
        if (auto *edit = qobject_cast<QLineEdit *>(row.label)) {
            if (!edit->hasFocus()) {
                edit->setText(QString::fromStdString(t.shares[i].label));
                edit->setCursorPosition(0);
            }
        }
    }
    if (m_total) {
        m_total->setText(percent ? percentText(total > 0 ? 1.0 : 0.0)
                                 : tr("%1 = %2").arg(QLocale().toString(total, 'f', 3),
                                                     percentText(total > 0 ? 1.0 : 0.0)));
    }
    const QSignalBlocker b(m_mode);
    m_mode->setCurrentIndex(t.mode == ShareMode::Exact ? 1 : 0);
}

void ShareTableEditor::updateNote()
{
    const QString note = m_noteFn ? m_noteFn(scenario()) : QString();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
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
    setPercentMode(false);
    m_rows[std::size_t(i)].spin->setValue(weight);
}

void ShareTableEditor::setPercentMode(bool on)
{
    m_percent->setChecked(on);
}

bool ShareTableEditor::percentMode() const
{
    return m_percent->isChecked();
}

QDoubleSpinBox *ShareTableEditor::spinBox(int i) const
{
    return i >= 0 && i < int(m_rows.size()) ? m_rows[std::size_t(i)].spin : nullptr;
}

QString ShareTableEditor::shareText(int i) const
{
    return i >= 0 && i < int(m_rows.size()) ? m_rows[std::size_t(i)].share->text() : QString();
}

QString ShareTableEditor::rowError(int i) const
{
    if (i < 0 || i >= int(m_rows.size()) || m_rows[std::size_t(i)].error->isHidden())
        return {};
    return m_rows[std::size_t(i)].error->text();
}

QString ShareTableEditor::totalText() const
{
    return m_total ? m_total->text() : QString();
}

QString ShareTableEditor::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString ShareTableEditor::rowLabel(int i) const
{
    return std::size_t(i) < m_labels.size() ? QString::fromStdString(m_labels[std::size_t(i)])
                                            : QString();
}

void ShareTableEditor::setRowError(int i, const QString &sentence)
{
    if (i < 0 || i >= int(m_rows.size()))
        return;
    Row &row = m_rows[std::size_t(i)];
    // The field's text area is tinted; a style sheet on the spin box itself would redraw its
    // buttons.
    auto *text = row.spin->findChild<QLineEdit *>();
    row.error->setText(sentence);
    row.error->setVisible(!sentence.isEmpty());
    if (text)
        text->setStyleSheet(sentence.isEmpty()
                                    ? QString()
                                    : QStringLiteral("QLineEdit { background: #fde7ea; }"));
}

bool ShareTableEditor::apply(int i, const Scenario &edited, const QString &text,
                             const QString &mergeKey)
{
    QString refusal = m_refuse ? m_refuse(edited) : QString();
    if (refusal.isEmpty())
        refusal = plainReason(document()->applyEdit(text, edited, mergeKey));
    if (refusal.isEmpty())
        return true; // accepted: the scenario's change refreshes the rows and clears the messages
    setRowError(i, refusal);
    // The row shows what the scenario holds, not the refused value.
    updateValues();
    return false;
}

void ShareTableEditor::editWeight(int i, double weight, bool fromSlider)
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    if (std::size_t(i) >= t.shares.size())
        return;
    const QString label = rowLabel(i);
    if (weight < 0) {
        setRowError(i, tr("%1's weight cannot be negative").arg(label));
        updateValues();
        return;
    }
    t.shares[std::size_t(i)].weight = weight;
    double total = 0;
    for (const Share &sh : t.shares)
        total += sh.weight;
    if (total <= 0) {
        setRowError(i,
                    tr("%1 cannot be 0 as well: at least one weight must be above 0").arg(label));
        updateValues();
        return;
    }
    const QString key
            = QStringLiteral("share/%1/%2/%3").arg(title()).arg(i).arg(fromSlider ? 1 : 0);
    apply(i, s, tr("Change share of %1").arg(label), key);
}

void ShareTableEditor::editShare(int i, double share, bool fromSlider)
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    if (std::size_t(i) >= t.shares.size())
        return;
    const QString label = rowLabel(i);
    if (share < 0 || share > 1) {
        setRowError(i, share < 0 ? tr("%1's share cannot be negative").arg(label)
                                 : tr("%1's share cannot be above 100%").arg(label));
        updateValues();
        return;
    }
    double total = 0;
    for (const Share &sh : t.shares)
        total += sh.weight;
    if (total <= 0)
        total = 1;
    const double own = t.shares[std::size_t(i)].weight;
    const double others = total - own;
    const double left = total * (1 - share);
    const std::size_t n = t.shares.size();
    if (n == 1 && share < 1) {
        setRowError(i, tr("%1 is the only label: its share is 100%").arg(label));
        updateValues();
        return;
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (k == std::size_t(i))
            t.shares[k].weight = total * share;
        else if (others > 0)
            t.shares[k].weight *= left / others;
        else
            t.shares[k].weight = left / double(n - 1); // the others held nothing: equal parts
    }
    const QString key
            = QStringLiteral("share/%1/%2/%3").arg(title()).arg(i).arg(fromSlider ? 1 : 0);
    apply(i, s, tr("Change share of %1").arg(label), key);
}

void ShareTableEditor::addLabel()
{
    Scenario s = editable();
    ShareTable &t = m_field(s);
    // Whole-number labels (graduation years, months) continue the numbers; others get a name.
    bool numbers = !t.shares.empty();
    long long top = 0;
    for (const Share &sh : t.shares) {
        bool ok = false;
        const long long v = QString::fromStdString(sh.label).toLongLong(&ok);
        numbers = numbers && ok;
        top = std::max(top, v);
    }
    std::string label;
    for (int n = 1; label.empty() || t.indexOf(label) >= 0; ++n)
        label = numbers ? std::to_string(top + n) : tr("new %1").arg(n).toStdString();
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
    const auto putBack = [this, i] {
        if (auto *edit = qobject_cast<QLineEdit *>(m_rows[std::size_t(i)].label))
            edit->setText(rowLabel(i));
    };
    if (name.empty() || t.indexOf(name) >= 0) {
        setRowError(i,
                    name.empty()
                            ? tr("A label cannot be empty")
                            : tr("%1 is already a label; choose another name").arg(to.trimmed()));
        putBack();
        return;
    }
    t.shares[std::size_t(i)].label = name;
    if (m_hooks.renamed)
        m_hooks.renamed(s, from, name);
    if (!apply(i, s, tr("Rename %1 to %2").arg(QString::fromStdString(from), to), {}))
        putBack();
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
