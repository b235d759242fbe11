#include "widgets/studio/numbers_editor.h"

#include "widgets/studio/studio_document.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

QString NumbersEditor::fieldError(const QDoubleSpinBox *spin) const
{
    for (std::size_t i = 0; i < m_spins.size(); ++i)
        if (m_spins[i] == spin)
            return m_errors[i]->isHidden() ? QString() : m_errors[i]->text();
    return {};
}

QString NumbersEditor::fieldNote(const QDoubleSpinBox *spin) const
{
    for (std::size_t i = 0; i < m_spins.size(); ++i)
        if (m_spins[i] == spin)
            return m_notes[i]->isHidden() ? QString() : m_notes[i]->text();
    return {};
}

QString NumbersEditor::besideText(const QDoubleSpinBox *spin) const
{
    for (std::size_t i = 0; i < m_spins.size(); ++i)
        if (m_spins[i] == spin)
            return m_besides[i] ? m_besides[i]->text() : QString();
    return {};
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
    m_errors.clear();
    m_notes.clear();
    m_besides.clear();
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
        spin->setSuffix(f.suffix);
        spin->setGroupSeparatorShown(f.grouped);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            Scenario s = editable();
            m_fields[i].set(s, v);
            if (m_fields[i].refuse) {
                if (const QString why = m_fields[i].refuse(s); !why.isEmpty()) {
                    setFieldError(i, why);
                    return;
                }
            }
            setFieldError(i,
                          document()->applyEdit(
                                  tr("Change %1").arg(m_fields[i].label), s,
                                  QStringLiteral("number/%1/%2").arg(title(), m_fields[i].label)));
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { closeMerge(); });
        auto *label = new QLabel(f.label, this);
        label->setToolTip(f.toolTip);
        QLabel *beside = nullptr;
        if (f.beside) {
            auto *row = new QWidget(this);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(spin, 1);
            // Wrapped, so that the share never widens the page beyond the dock.
            beside = new QLabel(row);
            beside->setWordWrap(true);
            h->addWidget(beside, 1);
            m_form->addRow(label, row);
        } else {
            m_form->addRow(label, spin);
        }
        auto *error = new QLabel(this);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->hide();
        m_form->addRow(error);
        auto *note = new QLabel(this);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #8a5300;"));
        note->hide();
        m_form->addRow(note);
        m_spins.push_back(spin);
        m_errors.push_back(error);
        m_notes.push_back(note);
        m_besides.push_back(beside);
    }
}

void NumbersEditor::setFieldError(std::size_t i, const QString &reason)
{
    QDoubleSpinBox *spin = m_spins[i];
    QLabel *error = m_errors[i];
    // The field's text area is tinted; a style sheet on the spin box itself would redraw its
    // buttons.
    auto *text = spin->findChild<QLineEdit *>();
    if (reason.isEmpty()) {
        error->hide();
        if (text)
            text->setStyleSheet(QString());
        return;
    }
    error->setText(tr("%1 was not changed: %2").arg(m_fields[i].label, plainReason(reason)));
    error->show();
    if (text)
        text->setStyleSheet(QStringLiteral("QLineEdit { background: #fde7ea; }"));
    // The field shows what the scenario holds, not the refused value.
    const QSignalBlocker b(spin);
    spin->setValue(m_fields[i].get(scenario()));
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
        setFieldError(i, {}); // the scenario changed: every field shows a value it holds
        const QSignalBlocker b(m_spins[i]);
        m_spins[i]->setValue(m_fields[i].get(scenario()));
        const QString note = m_fields[i].note ? m_fields[i].note(scenario()) : QString();
        m_notes[i]->setText(note);
        m_notes[i]->setVisible(!note.isEmpty());
        if (m_besides[i])
            m_besides[i]->setText(m_fields[i].beside(scenario()));
    }
}

} // namespace pmis
