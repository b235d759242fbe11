#pragma once
// The Quality tab of the main window: computes the quality report of the current dataset off the
// GUI thread (the newest dataset wins) and shows it in a QualityView.

#include "core/data/table.h"
#include "core/scenario/scenario.h"

#include <QWidget>

#include <atomic>
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

    // Starts computing the report of `data` against `scenario`'s targets; null data clears it.
    void setDataset(std::shared_ptr<const Dataset> data, const Scenario &scenario);
    QualityView *view() const { return m_view; }

Q_SIGNALS:
    // The report of the newest dataset is shown (or failed to compute: see the label).
    void reportReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QualityView *m_view;
    QLabel *m_message;
    QStackedLayout *m_stack;
    std::shared_ptr<std::atomic<int>> m_generation;
    enum class State { Empty, Computing, Shown, Failed } m_state = State::Empty;
    QString m_error;
};

} // namespace pmis
