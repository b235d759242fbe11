#include "widgets/studio/scenario_editor_dock.h"

#include "widgets/studio/editor_pages.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"

#include <QScrollArea>
#include <QToolBox>

namespace pmis {

ScenarioEditorDock::ScenarioEditorDock(StudioDocument *document, QWidget *parent)
    : QDockWidget(tr("Scenario"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ScenarioEditorDock"));
    m_preview = new PreviewService(this);
    m_pages = new QToolBox(this);
    const EditorContext context{document, m_preview};
    const struct
    {
        QString title;
        QWidget *(*build)(const EditorContext &);
    } groups[] = {
            {tr("Population"), buildPopulationPage},
            {tr("Colleges && tiers"), buildCollegesPage},
            {tr("Cities"), buildCitiesPage},
            {tr("Skills"), buildSkillsPage},
            {tr("Demographics"), buildDemographicsPage},
            {tr("Companies && internships"), buildCompaniesPage},
            {tr("Engagement"), buildEngagementPage},
            {tr("Outcomes"), buildOutcomesPage},
    };
    for (const auto &g : groups) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(g.build(context));
        m_pages->addItem(scroll, g.title);
    }
    setWidget(m_pages);
    setMinimumWidth(380);
    connect(document, &StudioDocument::scenarioChanged, this,
            [this] { m_preview->request(m_document->scenario()); });
    m_preview->request(document->scenario());
}

void ScenarioEditorDock::showPage(int index)
{
    m_pages->setCurrentIndex(index);
}

} // namespace pmis
