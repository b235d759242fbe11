#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/filter_bar.h"

#include "widgets/studio/column_stats_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
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

    void showsNumbersInTheLocaleWithTheWholeValueAsTooltip()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
        DataTab tab;
        tab.setDataset(m_data);
        QVERIFY(tab.showTable(QStringLiteral("internships")));
        const Table &t = m_data->internships;
        const int stipend = t.indexOf("stipend");
        QVERIFY(stipend >= 0);
        // A stipend of 1,000 or more shows its group separator; the tooltip holds the same text.
        int checked = 0;
        for (int r = 0; r < tab.model()->rowCount() && checked < 20; ++r) {
            const double v = t.columns[std::size_t(stipend)].number(tab.model()->sourceRow(r));
            if (v < 1000)
                continue;
            const QModelIndex cell = tab.model()->index(r, stipend);
            const QString shown = cell.data().toString();
            QCOMPARE(shown, QLocale().toString(qlonglong(v)));
            QVERIFY2(shown.contains(QLatin1Char(',')), qPrintable(shown));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), shown);
            ++checked;
        }
        QVERIFY(checked > 0);
        QLocale::setDefault(QLocale::c());
    }

    // Filters typed one after the other: the newest supersedes the one running, only its rows
    // are shown and only it reports.
    void newestFilterWins()
    {
        DataTab tab;
        tab.setDataset(m_data);
        QVERIFY(tab.showTable(QStringLiteral("students")));
        QSignalSpy done(&tab, &DataTab::queryFinished);
        tab.applyFilter(QStringLiteral("college_tier = \"Tier-1\""));
        tab.applyFilter(QStringLiteral("college_tier = \"Tier-2\""));
        tab.applyFilter(QStringLiteral("college_tier = \"Tier-3\""));
        QVERIFY(done.wait(10000));
        QTest::qWait(200); // a superseded query would report by now
        QCOMPARE(done.count(), 1);
        QVERIFY(!tab.isBusy());
        const Table &t = m_data->students;
        const int tier = t.indexOf("college_tier");
        std::size_t expected = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            expected += t.columns[std::size_t(tier)].text(r) == "Tier-3";
        QCOMPARE(std::size_t(tab.model()->rowCount()), expected);
        QCOMPARE(tab.filterBar()->text(), QStringLiteral("college_tier = \"Tier-3\""));
    }

    void contextMenuCopiesFiltersAndShowsStatistics()
    {
        DataTab tab;
        tab.resize(1000, 600);
        tab.show();
        tab.setDataset(m_data);
        const Table &t = m_data->students;
        const int tier = t.indexOf("college_tier");
        QVERIFY(tier >= 0);
        const QModelIndex cell = tab.model()->index(3, tier);

        std::unique_ptr<QMenu> menu(tab.createContextMenu(cell));
        QVERIFY(menu);
        auto action = [&](const char *name) {
            return menu->findChild<QAction *>(QString::fromLatin1(name));
        };
        for (const char *name :
             {"copy", "filterByValue", "statistics", "resizeColumn", "resizeAll"})
            QVERIFY2(action(name), name);

        // Copy puts the cell as exported on the clipboard.
        action("copy")->trigger();
        const QString value = QString::fromStdString(t.columns[std::size_t(tier)].text(3));
        QCOMPARE(QApplication::clipboard()->text(), value);

        // Filter by this value: only rows holding it remain.
        QSignalSpy done(&tab, &DataTab::queryFinished);
        action("filterByValue")->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(tab.filterBar()->text(), QStringLiteral("college_tier = \"%1\"").arg(value));
        std::size_t expected = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            expected += t.columns[std::size_t(tier)].text(r) == value.toStdString();
        QCOMPARE(std::size_t(tab.model()->rowCount()), expected);
        QVERIFY(expected < t.rowCount());
        for (int r = 0; r < tab.model()->rowCount(); ++r)
            QCOMPARE(tab.model()->index(r, tier).data().toString(), value);

        // A numeric cell filters on its exact value; the filters combine.
        const int cgpa = t.indexOf("cgpa");
        std::unique_ptr<QMenu> second(tab.createContextMenu(tab.model()->index(0, cgpa)));
        second->findChild<QAction *>(QStringLiteral("filterByValue"))->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY(tab.filterBar()->errorText().isEmpty());
        QVERIFY(tab.model()->rowCount() >= 1);
        QVERIFY(tab.filterBar()->text().startsWith(QStringLiteral("(college_tier")));

        // Statistics of a column from its header's menu: shown for the filtered rows, and the
        // order is untouched.
        const auto rowsBefore = tab.model()->rows();
        const int year = t.indexOf("graduation_year");
        QVERIFY(year >= 0);
        QSignalSpy stats(&tab, &DataTab::statsFinished);
        std::unique_ptr<QMenu> third(tab.createContextMenu({}, year));
        QVERIFY(third->findChild<QAction *>(QStringLiteral("sortAscending")));
        third->findChild<QAction *>(QStringLiteral("statistics"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
                (tab.statsPanel()->text().contains(QStringLiteral("<b>graduation_year</b>"))
                 && tab.statsPanel()->text().contains(QStringLiteral("Rows:"))),
                10000);
        QVERIFY(stats.count() >= 1);
        QCOMPARE(tab.model()->rows(), rowsBefore);
        QCOMPARE(tab.view()->horizontalHeader()->sortIndicatorSection(), -1);
        QVERIFY(!tab.isBusy());

        // Resize to contents: a column made narrow gets back the width of its contents.
        QHeaderView *header = tab.view()->horizontalHeader();
        const int email = t.indexOf("email");
        QVERIFY(email >= 0);
        header->resizeSection(email, 20);
        std::unique_ptr<QMenu> fourth(tab.createContextMenu(tab.model()->index(0, email)));
        fourth->findChild<QAction *>(QStringLiteral("resizeColumn"))->trigger();
        const QString text = tab.model()->index(0, email).data().toString();
        QVERIFY(header->sectionSize(email) >= tab.view()->fontMetrics().horizontalAdvance(text));
    }

    void sortingKeepsTheArrowAndTheStatistics()
    {
        DataTab tab;
        tab.show();
        tab.setDataset(m_data);
        const int cgpa = m_data->students.indexOf("cgpa");
        QSignalSpy stats(&tab, &DataTab::statsFinished);
        tab.showColumnStatistics(cgpa);
        QTRY_VERIFY_WITH_TIMEOUT((tab.statsPanel()->text().contains(QStringLiteral("<b>cgpa</b>"))
                                  && tab.statsPanel()->text().contains(QStringLiteral("Rows:"))),
                                 10000);
        QTest::qWait(100);
        const auto computed = stats.count();
        QVERIFY(computed >= 1);
        QSignalSpy done(&tab, &DataTab::queryFinished);
        tab.sortBy(cgpa, Qt::DescendingOrder);
        QVERIFY(done.wait(10000));
        QHeaderView *header = tab.view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), cgpa);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(header->isSortIndicatorShown());
        // The same rows in another order: the statistics are not computed again.
        QTest::qWait(200);
        QCOMPARE(stats.count(), computed);
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
