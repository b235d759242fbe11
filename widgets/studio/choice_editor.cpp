#include "widgets/studio/choice_editor.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pmis {

ChoiceEditor::ChoiceEditor(StudioDocument *document, const QString &title,
                           const QStringList &choices, std::function<int(const Scenario &)> get,
                           std::function<void(Scenario &, int)> set, QWidget *parent)
    : FieldEditor(document, nullptr, title, parent)
    , m_get(std::move(get))
    , m_set(std::move(set))
{
    m_combo = new QComboBox(this);
    m_combo->addItems(choices);
    body()->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        Scenario s = editable();
        m_set(s, index);
        commit(tr("Change %1").arg(this->title()), s);
    });
    start();
}

void ChoiceEditor::refresh()
{
    const QSignalBlocker b(m_combo);
    m_combo->setCurrentIndex(m_get(scenario()));
}

} // namespace pmis
