#pragma once
// "Chart any column", below the Overview's charts: two boxes pick a table and any of its
// categorical or numeric columns (built-in or declared; keys and free text are not offered), and a
// chart draws the column's 20 most frequent values or its numbers in bins. The title counts the
// empty cells, which are not drawn.

#include "core/data/table.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace pmis {

class ChartWidget;

class ColumnChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnChartPanel(QWidget *parent = nullptr);

    // Charts the columns of `dataset` from now on, keeping the table and column picked when it
    // still has them; null: nothing to chart.
    void setDataset(std::shared_ptr<const Dataset> dataset);

    ChartWidget *chart() const { return m_chart; }
    QComboBox *tableBox() const { return m_table; }
    QComboBox *columnBox() const { return m_column; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Fills the column box with the chartable columns of the table picked, keeping the column
    // picked when the table still has it.
    void listColumns();
    void showColumn();

    std::shared_ptr<const Dataset> m_dataset;
    QLabel *m_tableLabel;
    QComboBox *m_table;
    QLabel *m_columnLabel;
    QComboBox *m_column;
    ChartWidget *m_chart;
};

} // namespace pmis
