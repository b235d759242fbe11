#include "widgets/studio/choice_editor.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pmis {

ChoiceEditor::ChoiceEditor(StudioDocument *document, UiText title,
                           std::function<QStringList()> choices,
                           std::function<int(const Scenario &)> get,
                           std::function<void(Scenario &, int)> set, QWidget *parent)
    : FieldEditor(document, nullptr, std::move(title), parent)
    , m_choices(std::move(choices))
    , m_get(std::move(get))
    , m_set(std::move(set))
{
    m_combo = new QComboBox(this);
    m_combo->addItems(m_choices());
    body()->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        Scenario s = editable();
        m_set(s, index);
        commitAt(m_combo, this->title(), tr("Change %1").arg(this->title()), s);
    });
    start();
}

void ChoiceEditor::refresh()
{
    const QSignalBlocker b(m_combo);
    m_combo->setCurrentIndex(m_get(scenario()));
}

void ChoiceEditor::retranslateUi()
{
    const QStringList texts = m_choices();
    for (int i = 0; i < m_combo->count() && i < texts.size(); ++i)
        m_combo->setItemText(i, texts[i]);
}

} // namespace pmis
