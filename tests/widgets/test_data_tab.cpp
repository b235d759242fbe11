#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/filter_bar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pmis;

class TestDataTab : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        auto s = loadPreset("demo-small");
        QVERIFY(s);
        auto d = generateDataset(*s);
        QVERIFY(d);
        m_data = std::make_shared<const Dataset>(d.takeValue());
    }

    void filtersSortsAndReportsErrors()
    {
        DataTab tab;
        tab.setDataset(m_data);
        QCOMPARE(tab.currentTableName(), QStringLiteral("students"));
        const Table &t = m_data->students;
        QCOMPARE(std::size_t(tab.model()->rowCount()), t.rowCount());

        QSignalSpy done(&tab, &DataTab::queryFinished);
        tab.applyFilter(QStringLiteral("cgpa >= 8"));
        QVERIFY(done.wait(10000));
        const Column &cgpa = t.at("cgpa");
        std::size_t expected = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            expected += cgpa.reals[r] >= 8;
        QCOMPARE(std::size_t(tab.model()->rowCount()), expected);
        QVERIFY(expected > 0 && expected < t.rowCount());

        const int column = t.indexOf("cgpa");
        tab.sortBy(column, Qt::DescendingOrder);
        QVERIFY(done.wait(10000));
        QCOMPARE(std::size_t(tab.model()->rowCount()), expected);
        for (int i = 1; i < tab.model()->rowCount(); ++i)
            QVERIFY(cgpa.reals[tab.model()->sourceRow(i - 1)]
                    >= cgpa.reals[tab.model()->sourceRow(i)]);

        tab.applyFilter(QStringLiteral("cgpa >= 8 and nosuch = 1"));
        QVERIFY(done.wait(10000));
        QVERIFY(!tab.filterBar()->errorText().isEmpty());
        QCOMPARE(tab.filterBar()->lineEdit()->selectionStart(), 14);
        QCOMPARE(tab.filterBar()->lineEdit()->selectedText(), QStringLiteral("nosuch"));
        QCOMPARE(std::size_t(tab.model()->rowCount()), expected); // the previous rows stay

        QVERIFY(tab.showTable(QStringLiteral("interactions")));
        QCOMPARE(std::size_t(tab.model()->rowCount()), m_data->interactions.rowCount());
        QVERIFY(tab.view()->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
    }
};

QTEST_MAIN(TestDataTab)
#include "test_data_tab.moc"
