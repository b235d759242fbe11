#pragma once
// Presentation mode: a full-screen window of pages an analyst steps through in front of
// stakeholders, in large type and strong colours for a projector: the dataset at a glance, the
// funnel, shares by group, target against realized with the noise band, a recommendation with its
// explanation, the fairness audit, and the comparison with the baseline when one is set. Each page
// has a title and one sentence saying what it shows. Page Down, Space and the arrow keys step
// forward, Page Up and the other arrows back, Home and End jump, Escape leaves. The funnel and the
// group page have a live knob (the success rate, the last college tier's share): moving it
// regenerates the page from a preview sample of the changed scenario. The window it was opened
// over is not touched, so leaving restores it exactly.

#include "widgets/report/report_figures.h"
#include "widgets/studio/background_job.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSlider;
class QStackedWidget;
class QTableWidget;

namespace pmis {

class ChartWidget;
class PreviewService;
struct PreviewData;
class QualityChart;

namespace present {

class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    enum Page { Glance, Funnel, Groups, Targets, Recommendation, Fairness, Comparison, PageCount };

    explicit PresentationWindow(QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Computes the figures of `input` off the GUI thread ("Preparing…" meanwhile), then shows
    // `first` (the first page when that one is not shown: the comparison without a baseline).
    void present(const report::ReportInput &input, Page first = Glance);
    bool isReady() const { return m_figures != nullptr; }

    // The pages shown, in order (the comparison only with a baseline).
    const std::vector<Page> &pages() const { return m_pages; }
    int currentIndex() const { return m_index; }
    Page currentPage() const;
    QString currentTitle() const;
    QString currentSentence() const;
    void showPage(int index);
    void next() { showPage(m_index + 1); }
    void previous() { showPage(m_index - 1); }

    // The live knob of the current page; null on a page without one (or for data without a
    // scenario).
    QSlider *knob() const;
    BackgroundJob &job() { return m_job; }

Q_SIGNALS:
    void ready();
    void pageChanged(int index);
    // A page was redrawn from a preview sample after its knob moved.
    void previewShown();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct KnobRow
    {
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QLabel *note = nullptr;
    };

    void build();
    void retranslateUi();
    void drawCharts(const OverviewStats &stats, const Scenario *targets);
    QWidget *makeGlancePage();
    QWidget *makeChartsPage(std::initializer_list<int> charts, KnobRow &knob);
    QWidget *makeTargetsPage();
    QWidget *makeRecommendationPage();
    QWidget *makeFairnessPage();
    QWidget *makeComparisonPage();
    KnobRow makeKnob(QWidget *parent, int minimum, int maximum, int value);
    // The pages' contents, in the interface language.
    void fillPages();
    void fillGlance();
    void fillRecommendation();
    void fillFairness();
    void fillComparison();
    void updateKnobTexts();
    // The scenario with the knobs' values.
    Scenario knobScenario() const;
    void knobMoved();
    void showPreview(const std::shared_ptr<const PreviewData> &preview);

    report::ReportInput m_input;
    std::shared_ptr<const report::ReportFigures> m_figures;
    Page m_first = Glance;
    std::vector<Page> m_pages;
    int m_index = -1;
    BackgroundJob m_job{JobKind::Overview};
    PreviewService *m_preview = nullptr;
    std::size_t m_previewStudents = 0; // of the sample last shown; 0 = the full dataset

    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_pageNumber = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_preparing = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_chartHolder = nullptr; // the Overview charts no page shows
    std::vector<ChartWidget *> m_charts;
    std::vector<QWidget *> m_pageWidgets; // parallel to m_pages
    QWidget *m_glance = nullptr;
    KnobRow m_successKnob, m_tierKnob;
    std::vector<QualityChart *> m_targetCharts;
    QLabel *m_recommendations = nullptr;
    ChartWidget *m_exposure = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_figuresTable = nullptr;
    QLabel *m_note = nullptr; // under the table pages: what they leave out
};

} // namespace present
} // namespace pmis
