#include "widgets/studio/studio_document.h"

#include "core/scenario/scenario_json.h"
#include "widgets/studio/scenario_edit_command.h"

#include <QFileInfo>

namespace pmis {

StudioDocument::StudioDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString StudioDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return QString::fromStdString(m_scenario.name);
}

QString StudioDocument::validate(const Scenario &candidate)
{
    Status status = validateScenario(candidate);
    if (status) {
        // The loader also checks every field on its own (weights, ranges, pools): a round trip
        // through it applies exactly the rules a saved file must meet.
        auto reloaded = scenarioFromJson(scenarioToJson(candidate));
        if (!reloaded)
            status = reloaded.status();
    }
    return status ? QString() : QString::fromStdString(status.message());
}

QString StudioDocument::applyEdit(const QString &text, const Scenario &edited,
                                  const QString &mergeKey)
{
    const QString reason = validate(edited);
    if (!reason.isEmpty())
        return reason;
    m_undoStack.push(
            new ScenarioEditCommand(this, text, m_scenario, edited, mergeKey, m_mergeSerial));
    return {};
}

void StudioDocument::setScenarioFromCommand(const Scenario &scenario)
{
    m_scenario = scenario;
    Q_EMIT scenarioChanged();
}

void StudioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    m_undoStack.clear();
    m_scenario = scenario;
    m_mergeSerial = 0;
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_undoStack.setClean();
    Q_EMIT scenarioChanged();
    Q_EMIT modifiedChanged(false);
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
}

QString StudioDocument::load(const QString &path)
{
    auto loaded = loadScenarioFile(path.toStdString());
    if (!loaded)
        return QString::fromStdString(loaded.error());
    reset(loaded.takeValue(), path);
    return {};
}

QString StudioDocument::save(const QString &path)
{
    const Status status = saveScenarioFile(m_scenario, path.toStdString());
    if (!status)
        return QString::fromStdString(status.message());
    m_undoStack.setClean();
    if (path != m_filePath) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return {};
}

void StudioDocument::setDataset(std::shared_ptr<const Dataset> dataset, const Scenario &from,
                                bool hasTargets)
{
    m_dataset = std::move(dataset);
    m_datasetScenario = from;
    m_datasetHasTargets = hasTargets;
    Q_EMIT datasetChanged();
}

} // namespace pmis
