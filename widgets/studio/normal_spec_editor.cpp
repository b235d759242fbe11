#include "widgets/studio/normal_spec_editor.h"

#include "core/stats/histogram.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <cmath>

namespace pmis {

NormalSpecEditor::NormalSpecEditor(StudioDocument *document, PreviewService *preview, UiText title,
                                   KeysFn keys, Accessor field, RealizedFn realized, UiText unit,
                                   int decimals, QWidget *parent)
    : FieldEditor(document, preview, std::move(title), parent)
    , m_keys(std::move(keys))
    , m_field(std::move(field))
    , m_realizedFn(std::move(realized))
    , m_unit(std::move(unit))
{
    m_key = new QComboBox(this);
    body()->addWidget(m_key);
    m_key->setVisible(bool(m_keys));
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    auto *grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(decimals);
        spin->setRange(-1e12, 1e12);
        spin->setSingleStep(decimals > 0 ? 0.1 : 500);
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) { edit(i, v); });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { closeMerge(); });
        m_names[i] = new QLabel(this);
        grid->addWidget(m_names[i], i / 2, (i % 2) * 2);
        grid->addWidget(spin, i / 2, (i % 2) * 2 + 1);
        m_spins[i] = spin;
    }
    body()->addLayout(grid);
    placeError(body()); // under the fields, above the chart
    m_chart = new ChartWidget(this);
    m_chart->setMinimumHeight(170);
    body()->addWidget(m_chart);
    setLabelTexts();
    start();
}

void NormalSpecEditor::setLabelTexts()
{
    const QString names[4] = {tr("Mean"), tr("SD"), tr("Min"), tr("Max")};
    for (int i = 0; i < 4; ++i)
        m_names[i]->setText(names[i]);
}

void NormalSpecEditor::retranslateUi()
{
    setLabelTexts();
    updateChart();
}

std::string NormalSpecEditor::currentKey() const
{
    return m_key->currentText().toStdString();
}

void NormalSpecEditor::refresh()
{
    if (m_keys)
        syncKeyChoices(m_key, m_keys(scenario()));
    const NormalSpec *n = m_field(const_cast<Scenario &>(scenario()), currentKey());
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker b(m_spins[i]);
        m_spins[i]->setEnabled(n != nullptr);
        if (n)
            m_spins[i]->setValue(i == 0 ? n->mean : i == 1 ? n->sd : i == 2 ? n->min : n->max);
    }
    updateChart();
}

void NormalSpecEditor::edit(int which, double value)
{
    Scenario s = editable();
    NormalSpec *n = m_field(s, currentKey());
    if (!n)
        return;
    (which == 0 ? n->mean : which == 1 ? n->sd : which == 2 ? n->min : n->max) = value;
    const QString key
            = QStringLiteral("normal/%1/%2/%3").arg(title(), m_key->currentText()).arg(which);
    commitAt(m_spins[which], m_names[which]->text(), tr("Change %1").arg(title()), s, key);
}

void NormalSpecEditor::showPreview(const PreviewData &)
{
    updateChart();
}

void NormalSpecEditor::updateChart()
{
    const NormalSpec *n = m_field(const_cast<Scenario &>(scenario()), currentKey());
    if (!n)
        return;
    const double lo = n->min, hi = n->max > n->min ? n->max : n->min + 1;
    // Target: the normal density truncated to [min, max], renormalised.
    QVector<double> xs, ys;
    const int points = 120;
    double mass = 0;
    const double sd = n->sd > 0 ? n->sd : 1e-9;
    for (int i = 0; i <= points; ++i) {
        const double x = lo + (hi - lo) * i / points;
        const double z = (x - n->mean) / sd;
        const double y = std::exp(-0.5 * z * z) / (sd * std::sqrt(2 * M_PI));
        xs << x;
        ys << y;
        mass += y * (hi - lo) / points;
    }
    // Expected share of the rows per histogram bin, comparable with the sample's bars.
    const int bins = 30;
    const double binWidth = (hi - lo) / bins;
    if (mass > 0)
        for (double &y : ys)
            y = y / mass * binWidth;
    std::vector<double> values;
    const auto latest = preview() ? preview()->latest() : nullptr;
    if (latest && m_realizedFn)
        values = m_realizedFn(*latest, currentKey());
    const Histogram h = histogramOf(values, lo, hi, bins);
    m_chart->showHistogram(h, m_unit.text(), tr("share per bin"), xs, ys, true);
}

} // namespace pmis
