#pragma once
// Statistics of one column of the shown rows: type, nulls, min/max/mean or the top values, and a
// small chart (a histogram for numbers, the top values for categories).

#include "widgets/studio/table_query.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace pmis {

class ChartWidget;

class ColumnStatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnStatsPanel(QWidget *parent = nullptr);

    void showBusy(const QString &column);
    void showSummary(const ColumnSummary &summary);
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<ColumnSummary> m_summary; // what is shown, drawn again after a language change
    QString m_busyColumn;
    QLabel *m_text;
    ChartWidget *m_chart;
};

} // namespace pmis
