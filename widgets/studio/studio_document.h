#pragma once
// The studio's document: one scenario, the file it came from, its modified state, one undo stack,
// and the dataset last generated from it. Every scenario edit goes through applyEdit() as an undo
// command, so views only listen to scenarioChanged().

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace pmis {

class StudioDocument : public QObject
{
    Q_OBJECT
public:
    explicit StudioDocument(QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, or the scenario name for an unsaved document
    bool isModified() const { return !m_undoStack.isClean(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Checks `candidate` with the strict loader's rules. Returns an empty string when valid, else
    // the reason in the interface language ("<what>; expected <form>", without the JSON path).
    static QString validate(const Scenario &candidate);

    // Pushes an undoable edit that replaces the scenario with `edited`. Refused (nothing changes)
    // when `edited` is invalid: the reason is returned. Consecutive edits with the same non-empty
    // mergeKey merge into one undo step until closeMerge() (a slider drag is one step).
    QString applyEdit(const QString &text, const Scenario &edited, const QString &mergeKey = {});
    void closeMerge() { ++m_mergeSerial; }

    // Replaces the whole document (no undo history).
    void reset(const Scenario &scenario, const QString &filePath = {});
    QString load(const QString &path); // empty on success, else the reason
    // Empty on success, else the reason. Saving under a new path (Save As) first names the
    // scenario after the file unless the user changed its name since it was opened, and replaces
    // a description the user left alone once the scenario was edited (it described the original);
    // that renaming is an undoable step of its own.
    QString save(const QString &path);
    // The scenario name a file path gives: its file name without ".pmis.json" or ".json".
    static QString nameForPath(const QString &path);

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // Seed and counts of the scenario the current dataset was generated from.
    const Scenario &datasetScenario() const { return m_datasetScenario; }
    // `hasTargets` is false for imported data that no scenario's targets apply to.
    void setDataset(std::shared_ptr<const Dataset> dataset, const Scenario &from,
                    bool hasTargets = true);
    bool datasetHasTargets() const { return m_datasetHasTargets; }

    // Used by the undo command only.
    void setScenarioFromCommand(const Scenario &scenario);

Q_SIGNALS:
    void scenarioChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void datasetChanged();
    // The dataset's scenario took the document's new name (Save As); its targets are unchanged.
    void datasetRenamed();

private:
    // Names the scenario after `path` as save() describes; returns the command's effect.
    bool followFileName(const QString &path);
    void setBase();

    Scenario m_scenario;
    // The scenario as it was opened or last saved: what the user has changed since.
    Scenario m_base;
    QString m_filePath;
    QUndoStack m_undoStack;
    int m_mergeSerial = 0;
    std::shared_ptr<const Dataset> m_dataset;
    Scenario m_datasetScenario;
    bool m_datasetHasTargets = true;
};

} // namespace pmis
