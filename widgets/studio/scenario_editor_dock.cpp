#include "widgets/studio/scenario_editor_dock.h"

#include "widgets/studio/editor_pages.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"
#include "widgets/studio/wheel_guard.h"

#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QToolBox>

#include <iterator>

namespace pmis {

ScenarioEditorDock::ScenarioEditorDock(StudioDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ScenarioEditorDock"));
    m_preview = new PreviewService(this);
    m_pages = new QToolBox(this);
    const EditorContext context{document, m_preview};
    QWidget *(*const builders[])(const EditorContext &) = {
            buildPopulationPage,   buildCollegesPage,  buildCitiesPage,     buildSkillsPage,
            buildDemographicsPage, buildCompaniesPage, buildEngagementPage, buildOutcomesPage,
    };
    for (auto *build : builders) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(build(context));
        m_pages->addItem(scroll, QString());
    }
    setWidget(m_pages);
    // The wheel scrolls a page; it changes a weight only in the control that has focus.
    qApp->installEventFilter(new WheelGuard(this, this));
    // Narrow enough for the dock and the tabs to share a 1024-pixel screen; a page that needs more
    // width scrolls sideways.
    setMinimumWidth(300);
    retranslateUi();
    connect(document, &StudioDocument::scenarioChanged, this,
            [this] { m_preview->request(m_document->scenario()); });
    m_preview->request(document->scenario());
}

void ScenarioEditorDock::retranslateUi()
{
    setWindowTitle(tr("Scenario"));
    const QString titles[] = {
            tr("Population"),   tr("Colleges && tiers"),        tr("Cities"),     tr("Skills"),
            tr("Demographics"), tr("Companies && internships"), tr("Engagement"), tr("Outcomes"),
    };
    for (int i = 0; i < m_pages->count() && i < int(std::size(titles)); ++i)
        m_pages->setItemText(i, titles[i]);
}

void ScenarioEditorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ScenarioEditorDock::showPage(int index)
{
    m_pages->setCurrentIndex(index);
}

} // namespace pmis
