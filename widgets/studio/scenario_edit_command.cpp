#include "widgets/studio/scenario_edit_command.h"

#include "widgets/studio/studio_document.h"

namespace pmis {

ScenarioEditCommand::ScenarioEditCommand(StudioDocument *document, const QString &text,
                                         Scenario before, Scenario after, QString mergeKey,
                                         int mergeSerial)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
    , m_mergeSerial(mergeSerial)
{}

void ScenarioEditCommand::undo()
{
    m_document->setScenarioFromCommand(m_before);
}

void ScenarioEditCommand::redo()
{
    m_document->setScenarioFromCommand(m_after);
}

int ScenarioEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ScenarioEditCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_mergeSerial != m_mergeSerial)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace pmis
