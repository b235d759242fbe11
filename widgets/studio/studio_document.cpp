#include "widgets/studio/studio_document.h"

#include "core/scenario/scenario_json.h"
#include "widgets/studio/scenario_edit_command.h"
#include "widgets/studio/scenario_rule_texts.h"

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
    if (status)
        return {};
    // A broken rule: its sentence in the interface language, without the JSON path (the refused
    // field says where).
    if (!status.text().pattern.empty())
        return scenarioRuleText(status.text());
    return QString::fromStdString(status.message());
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

void StudioDocument::setBase()
{
    m_base = m_scenario;
}

QString StudioDocument::nameForPath(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const auto *suffix : {".pmis.json", ".json"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    return name;
}

bool StudioDocument::followFileName(const QString &path)
{
    Scenario renamed = m_scenario;
    const std::string newName = nameForPath(path).toStdString();
    if (m_scenario.name == m_base.name && !newName.empty())
        renamed.name = newName;
    if (m_scenario.description == m_base.description && !m_base.description.empty()) {
        // Edited since it was opened: the description spoke of the original's figures.
        Scenario a = m_scenario, b = m_base;
        a.name = b.name;
        a.description = b.description;
        if (scenarioToJson(a) != scenarioToJson(b))
            renamed.description = tr("Edited from scenario %1.")
                                          .arg(QString::fromStdString(m_base.name))
                                          .toStdString();
    }
    if (renamed.name == m_scenario.name && renamed.description == m_scenario.description)
        return false;
    closeMerge();
    m_undoStack.push(new ScenarioEditCommand(
            this, tr("Name the scenario %1").arg(QString::fromStdString(renamed.name)), m_scenario,
            renamed, {}, m_mergeSerial));
    closeMerge();
    return true;
}

void StudioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    m_undoStack.clear();
    m_scenario = scenario;
    setBase();
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
    const std::string oldName = m_scenario.name;
    const bool renamed = path != m_filePath && followFileName(path);
    const Status status = saveScenarioFile(m_scenario, path.toStdString());
    if (!status) {
        if (renamed)
            m_undoStack.undo(); // the name follows a file that was not written
        return QString::fromStdString(status.message());
    }
    setBase();
    m_undoStack.setClean();
    if (m_dataset && m_datasetScenario.name == oldName && oldName != m_scenario.name) {
        m_datasetScenario.name = m_scenario.name; // the title, Quality and exports name it alike
        Q_EMIT datasetRenamed();
    }
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
