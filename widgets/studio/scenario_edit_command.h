#pragma once
// One scenario edit: the scenario before and after. Edits with the same merge key and drag serial
// merge, so a slider drag or a run of spin box steps is one undo step.

#include "core/scenario/scenario.h"

#include <QString>
#include <QUndoCommand>

namespace pmis {

class StudioDocument;

class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(StudioDocument *document, const QString &text, Scenario before,
                        Scenario after, QString mergeKey, int mergeSerial);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StudioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
    int m_mergeSerial;
};

} // namespace pmis
