#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/dataset_table_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pmis;

class TestDatasetTableModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        auto s = loadPreset("demo-small");
        QVERIFY(s);
        s->students = 40;
        s->internships = 10;
        s->interactions = 120;
        auto d = generateDataset(*s);
        QVERIFY2(d, d.error().c_str());
        m_data = std::make_shared<const Dataset>(d.takeValue());
    }

    void passesModelTester()
    {
        DatasetTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(m_data, &m_data->students);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.columnCount(), int(m_data->students.columns.size()));
        model.setRows(std::make_shared<const RowIndex>(RowIndex{5, 3, 1}));
        QCOMPARE(model.rowCount(), 3);
        model.setTable(m_data, &m_data->interactions);
        QCOMPARE(model.rowCount(), 120);
        model.setTable(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsCellsThroughTheIndexVector()
    {
        DatasetTableModel model;
        const Table &t = m_data->students;
        model.setTable(m_data, &t, std::make_shared<const RowIndex>(RowIndex{7, 2}));
        const int id = t.indexOf("student_id");
        QCOMPARE(model.data(model.index(0, id)).toString(),
                 QString::fromStdString(t.columns[std::size_t(id)].text(7)));
        QCOMPARE(model.data(model.index(0, id)).toString(), QStringLiteral("STU_00008"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
        QCOMPARE(model.headerData(id, Qt::Horizontal).toString(), QStringLiteral("student_id"));
        QCOMPARE(model.sourceRow(1), 2u);
        const int cgpa = t.indexOf("cgpa");
        QVERIFY(model.data(model.index(0, cgpa), Qt::TextAlignmentRole).value<int>()
                & Qt::AlignRight);
    }
};

QTEST_MAIN(TestDatasetTableModel)
#include "test_dataset_table_model.moc"
