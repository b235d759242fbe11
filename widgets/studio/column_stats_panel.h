#pragma once
// Statistics of one column of the shown rows: type, nulls, then what suits the type: min/max/mean
// for numbers, dates and durations for times, distinct and repeated values for IDs, the most
// frequent values for categories and lists; and a small chart (a histogram for numbers and times,
// the most frequent values for categories, lists and repeated IDs).

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
    static QString duration(double seconds);
    static QString valueList(const ColumnSummary &summary, const QString &heading);
    void showTopValues(const ColumnSummary &summary, const QString &valueLabel);

    std::optional<ColumnSummary> m_summary; // what is shown, drawn again after a language change
    QString m_busyColumn;
    QLabel *m_text;
    ChartWidget *m_chart;
};

} // namespace pmis
