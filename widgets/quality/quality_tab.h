#pragma once
// The Quality tab of the main window: computes the quality report of the current dataset off the
// GUI thread, as a BackgroundJob (the newest dataset wins), and shows it in a QualityView.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "widgets/studio/background_job.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedLayout;

namespace pmis {

class QualityView;

class QualityTab : public QWidget
{
    Q_OBJECT

public:
    explicit QualityTab(QWidget *parent = nullptr);
    ~QualityTab() override;

    // Starts computing the report of `data` against the targets of `scenario` (null: the checks
    // that need no targets), dropping a computation in progress; null data stops it and clears.
    void setDataset(std::shared_ptr<const Dataset> data, const Scenario *scenario);
    QualityView *view() const { return m_view; }

Q_SIGNALS:
    // While the report of the newest dataset is computed.
    void progress(double fraction, const QString &phase);
    // The report of the newest dataset is shown (or failed to compute: see the label).
    void reportReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QualityView *m_view;
    QLabel *m_message;
    QStackedLayout *m_stack;
    BackgroundJob m_job{JobKind::Quality, nullptr, BackgroundJob::WhileRunning::Supersede};
    enum class State { Empty, Computing, Shown, Failed } m_state = State::Empty;
    QString m_error;
};

} // namespace pmis
