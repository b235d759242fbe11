#pragma once
// The scenario editor: a dock with one page per group (Population, Colleges & tiers, Cities,
// Skills, Demographics, Companies & internships, Engagement, Outcomes). It owns the preview service
// that feeds the editors' live charts and asks it for a new sample after every edit.

#include <QDockWidget>

class QToolBox;

namespace pmis {

class PreviewService;
class StudioDocument;

class ScenarioEditorDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditorDock(StudioDocument *document, QWidget *parent = nullptr);

    PreviewService *previewService() const { return m_preview; }
    QToolBox *pages() const { return m_pages; }
    // Shows the page with index `index` (0 = Population).
    void showPage(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    StudioDocument *m_document;
    PreviewService *m_preview;
    QToolBox *m_pages;
};

} // namespace pmis
