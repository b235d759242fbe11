#pragma once
// The Compare tab: a baseline pinned from the studio's dataset (Generate > Set as Baseline) is
// compared with every dataset that replaces it; or two named datasets are compared (File >
// Compare...). Lists the scenario parameters that differ, then every row count, share and mean
// with baseline, current, difference and whether the difference is beyond the sampling noise.

#include "widgets/compare/compare_job.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace pmis {

class ComparedFigureFilter;
class ComparedFigureModel;
class ParameterChangeModel;

class CompareTab : public QWidget
{
    Q_OBJECT
public:
    explicit CompareTab(QWidget *parent = nullptr);
    ~CompareTab() override;

    // Pins `baseline` (its data must be set); every later setCurrent() is compared with it.
    void setBaseline(CompareSide baseline);
    void clearBaseline();
    bool hasBaseline() const { return bool(m_baseline.data); }
    const CompareSide &baseline() const { return m_baseline; }
    // The studio's dataset changed: compared with the baseline when one is set (and it is not the
    // baseline itself).
    void setCurrent(CompareSide current);
    // Compares two named datasets (presets, scenario files, exported folders or SQLite files).
    void compareSources(const QString &baseline, const QString &current);

    CompareJob *job() const { return m_job; }
    ParameterChangeModel *parameterModel() const { return m_parameters; }
    ComparedFigureModel *figureModel() const { return m_figures; }
    ComparedFigureFilter *figureFilter() const { return m_filter; }
    QTableView *figureView() const { return m_figureView; }
    // The sentence shown instead of the tables (empty, waiting, comparing, failed).
    QString message() const;

Q_SIGNALS:
    void baselineChanged();
    // A comparison is shown, or failed (see message()).
    void comparisonReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(CompareSide baseline, CompareSide current);
    void showResult(const CompareResult &result);
    void retranslate();

    enum class State { Empty, Waiting, Computing, Shown, Failed } m_state = State::Empty;
    CompareSide m_baseline;
    QString m_baselineName; // of the comparison on view
    QString m_currentName;
    std::shared_ptr<const CompareResult> m_result;
    QString m_error;

    CompareJob *m_job;
    ParameterChangeModel *m_parameters;
    ComparedFigureModel *m_figures;
    ComparedFigureFilter *m_filter;
    QStackedLayout *m_stack;
    QLabel *m_message;
    QWidget *m_content;
    QLabel *m_header;
    QLabel *m_parameterTitle;
    QTableView *m_parameterView;
    QLabel *m_figureTitle;
    QCheckBox *m_onlyBeyond;
    QTableView *m_figureView;
    QPushButton *m_clearBaseline;
};

} // namespace pmis
