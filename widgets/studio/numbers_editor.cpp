#include "widgets/studio/numbers_editor.h"

#include "widgets/studio/studio_document.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace pmis {

NumbersEditor::NumbersEditor(StudioDocument *document, UiText title, FieldsFn fields,
                             QWidget *parent)
    : FieldEditor(document, nullptr, std::move(title), parent)
    , m_fieldsFn(std::move(fields))
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body()->addLayout(m_form);
    start();
}

QDoubleSpinBox *NumbersEditor::spinBox(const QString &label) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].label == label)
            return m_spins[i];
    return nullptr;
}

void NumbersEditor::rebuild(std::vector<NumberField> fields)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_spins.clear();
    m_fields = std::move(fields);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const NumberField &f = m_fields[i];
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(f.decimals);
        spin->setRange(-1e15,
                       1e15); // out-of-range values reach the validator and are refused there
        spin->setSingleStep(f.step);
        spin->setKeyboardTracking(false);
        spin->setToolTip(f.toolTip);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            Scenario s = editable();
            m_fields[i].set(s, v);
            commit(tr("Change %1").arg(m_fields[i].label), s,
                   QStringLiteral("number/%1/%2").arg(title(), m_fields[i].label));
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { closeMerge(); });
        auto *label = new QLabel(f.label, this);
        label->setToolTip(f.toolTip);
        m_form->addRow(label, spin);
        m_spins.push_back(spin);
    }
}

void NumbersEditor::refresh()
{
    auto fields = m_fieldsFn(scenario());
    bool same = fields.size() == m_fields.size();
    for (std::size_t i = 0; same && i < fields.size(); ++i)
        same = fields[i].label == m_fields[i].label;
    if (!same)
        rebuild(std::move(fields));
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QSignalBlocker b(m_spins[i]);
        m_spins[i]->setValue(m_fields[i].get(scenario()));
    }
}

} // namespace pmis
