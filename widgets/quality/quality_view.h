#pragma once
// The Quality tab: the checks of a quality report in a table with status icons, buttons that show
// or hide each status, and for the selected check a chart of target vs realized with the noise
// band, and the reason in words.

#include "core/quality/quality_report.h"

#include <QWidget>

#include <array>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QToolButton;

namespace pmis {

class QualityChart;
class QualityCheckModel;

class QualityView : public QWidget
{
    Q_OBJECT

public:
    explicit QualityView(QWidget *parent = nullptr);

    void setReport(const quality::QualityReport &report);

    void setStatusVisible(quality::CheckStatus status, bool visible);
    bool isStatusVisible(quality::CheckStatus status) const;
    // Selects the check (when it is shown); false when it is filtered out or absent.
    bool selectCheck(const QString &id);
    QString currentCheckId() const;

    QAbstractItemModel *model() const;
    QualityChart *chart() const { return m_chart; }

Q_SIGNALS:
    void currentCheckChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();

    QualityCheckModel *m_model;
    QTableView *m_table;
    QualityChart *m_chart;
    QLabel *m_summary;
    QLabel *m_reason;
    std::array<QToolButton *, 3> m_filters{};
};

} // namespace pmis
