// Sorting in core (stable, nulls last, categories by label, every column type, large random tables
// against std::stable_sort) and column statistics with known answers.
#include "core/data/table.h"
#include "core/query/column_stats.h"
#include "core/query/sort.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace pmis;
using namespace pmis::query;
using Rows = std::vector<std::uint32_t>;

namespace {

Column &addColumn(Table &t, const char *name, ColumnType type)
{
    ColumnSpec s;
    s.name = name;
    s.type = type;
    return t.add(s);
}

// Eight rows:            0        1        2       3        4        5       6        7
//   n (int64)            3        1        null    3        -2       1       null     3
//   x (double)           2.5      -0.0     0.0     null     -7.25    2.5     1e300    -1e-300
//   tier (category)      Tier-2   Tier-1   Tier-3  Tier-1   Tier-2   null    Tier-3   Tier-1
//   name (text)          "b"      "a"      "b"     null     "B"      "a"     ""       "c"
//   skills (list)        [sql]    [java,sql] []    [java]   [sql]    [java,sql] [c]   null
//   when (timestamp)     300      100      200     100      300      50      400      100
// The tier dictionary is stored out of label order so that code order and label order differ.
Table smallTable()
{
    Table t;
    t.name = "small";
    Column &n = addColumn(t, "n", ColumnType::Int64);
    n.ints = {3, 1, 0, 3, -2, 1, 0, 3};
    n.setNull(2);
    n.setNull(6);
    Column &x = addColumn(t, "x", ColumnType::Double);
    x.reals = {2.5, -0.0, 0.0, 0, -7.25, 2.5, 1e300, -1e-300};
    x.setNull(3);
    Column &tier = addColumn(t, "tier", ColumnType::Category);
    tier.dict = {"Tier-3", "Tier-2", "Tier-1"};
    tier.codes = {1, 2, 0, 2, 1, 0, 0, 2};
    tier.setNull(5);
    Column &name = addColumn(t, "name", ColumnType::Text);
    name.texts = {"b", "a", "b", "", "B", "a", "", "c"};
    name.setNull(3);
    Column &skills = addColumn(t, "skills", ColumnType::StringList);
    skills.dict = {"sql", "java", "c"};
    const std::vector<std::vector<std::int32_t>> lists
            = {{0}, {1, 0}, {}, {1}, {0}, {1, 0}, {2}, {}};
    skills.offsets.push_back(0);
    for (const auto &l : lists) {
        skills.codes.insert(skills.codes.end(), l.begin(), l.end());
        skills.offsets.push_back(std::uint32_t(skills.codes.size()));
    }
    skills.setNull(7);
    Column &when = addColumn(t, "when", ColumnType::Timestamp);
    when.ints = {300, 100, 200, 100, 300, 50, 400, 100};
    return t;
}

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

class TestSortStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortSmall_data();
    void sortSmall();
    void sortSubsetKeepsSubsetOrder();
    void sortLargeMatchesStableSort_data();
    void sortLargeMatchesStableSort();
    void sortCancel();
    void statsNumbers();
    void statsCategoryTextList();
    void statsOnSubsetAndBool();
    void statsIdsCountUniqueness();
    void histogramEdges();
};

void TestSortStats::sortSmall_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<Rows>("expected");
    // Ties keep row order in both directions; nulls come last in both directions.
    QTest::newRow("int asc") << "n" << true << Rows{4, 1, 5, 0, 3, 7, 2, 6};
    QTest::newRow("int desc") << "n" << false << Rows{0, 3, 7, 1, 5, 4, 2, 6};
    // -0.0 equals 0.0; tiny and huge values use the wide-key path.
    QTest::newRow("double asc") << "x" << true << Rows{4, 7, 1, 2, 0, 5, 6, 3};
    QTest::newRow("double desc") << "x" << false << Rows{6, 0, 5, 1, 2, 7, 4, 3};
    QTest::newRow("category asc by label") << "tier" << true << Rows{1, 3, 7, 0, 4, 2, 6, 5};
    QTest::newRow("category desc by label") << "tier" << false << Rows{2, 6, 0, 4, 1, 3, 7, 5};
    QTest::newRow("text asc (bytes)") << "name" << true << Rows{6, 4, 1, 5, 0, 2, 7, 3};
    QTest::newRow("text desc") << "name" << false << Rows{7, 0, 2, 1, 5, 4, 6, 3};
    // Lists element by element by label: [] < [c] < [java] < [java, sql] < [sql].
    QTest::newRow("list asc") << "skills" << true << Rows{2, 6, 3, 1, 5, 0, 4, 7};
    QTest::newRow("list desc") << "skills" << false << Rows{0, 4, 1, 5, 3, 6, 2, 7};
    QTest::newRow("timestamp asc") << "when" << true << Rows{5, 1, 3, 7, 2, 0, 4, 6};
    QTest::newRow("timestamp desc") << "when" << false << Rows{6, 0, 4, 2, 1, 3, 7, 5};
}

void TestSortStats::sortSmall()
{
    QFETCH(QString, column);
    QFETCH(bool, ascending);
    QFETCH(Rows, expected);
    const Table t = smallTable();
    QCOMPARE(sortedRows(t, std::size_t(t.indexOf(column.toStdString())), ascending), expected);
}

void TestSortStats::sortSubsetKeepsSubsetOrder()
{
    const Table t = smallTable();
    // Rows 7, 3 and 1 all have when = 100: they keep the subset's order, not row order.
    const Rows subset = {7, 0, 3, 1, 6};
    QCOMPARE(sortedRows(t, std::size_t(t.indexOf("when")), true, &subset), (Rows{7, 3, 1, 0, 6}));
    QCOMPARE(sortedRows(t, std::size_t(t.indexOf("when")), false, &subset), (Rows{6, 0, 7, 3, 1}));
    const Rows none;
    QVERIFY(sortedRows(t, 0, true, &none).empty());
}

void TestSortStats::sortLargeMatchesStableSort_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("int64 narrow") << int(ColumnType::Int64);
    QTest::newRow("timestamp wide") << int(ColumnType::Timestamp);
    QTest::newRow("double") << int(ColumnType::Double);
    QTest::newRow("category") << int(ColumnType::Category);
    QTest::newRow("text") << int(ColumnType::Text);
}

void TestSortStats::sortLargeMatchesStableSort()
{
    QFETCH(int, type);
    const std::size_t rows = 200000;
    Table t;
    Column &c = addColumn(t, "v", ColumnType(type));
    for (int i = 0; i < 300; ++i)
        c.dict.push_back("label " + std::to_string(mix(std::uint64_t(i)) % 1000));
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint64_t h = mix(r + 1000);
        switch (ColumnType(type)) {
        case ColumnType::Int64:
            c.ints.push_back(std::int64_t(h % 500) - 250);
            break;
        case ColumnType::Timestamp:
            // More than 32 bits of spread, and many ties.
            c.ints.push_back(std::int64_t(h % 1000) * 40000000000ll - 7);
            break;
        case ColumnType::Double:
            c.reals.push_back(double(std::int64_t(h % 2000) - 1000) / 8.0);
            break;
        case ColumnType::Category:
            c.codes.push_back(std::int32_t(h % 300));
            break;
        default:
            c.texts.push_back(std::to_string(h % 5000));
            break;
        }
    }
    for (std::size_t r = 0; r < rows; r += 97)
        c.setNull(r);

    for (bool ascending : {true, false}) {
        Rows expected(rows);
        std::iota(expected.begin(), expected.end(), 0u);
        auto less = [&](std::uint32_t a, std::uint32_t b) {
            if (c.isNull(a) || c.isNull(b))
                return !c.isNull(a) && c.isNull(b);
            const std::uint32_t x = ascending ? a : b, y = ascending ? b : a;
            switch (ColumnType(type)) {
            case ColumnType::Double:
                return c.reals[x] < c.reals[y];
            case ColumnType::Category:
                return c.dict[std::size_t(c.codes[x])] < c.dict[std::size_t(c.codes[y])];
            case ColumnType::Text:
                return c.texts[x] < c.texts[y];
            default:
                return c.ints[x] < c.ints[y];
            }
        };
        std::stable_sort(expected.begin(), expected.end(), less);
        QCOMPARE(sortedRows(t, 0, ascending), expected);
    }
}

void TestSortStats::sortCancel()
{
    Table t;
    Column &c = addColumn(t, "v", ColumnType::Int64);
    for (std::size_t r = 0; r < 100000; ++r)
        c.ints.push_back(std::int64_t(mix(r) % 1000000));
    int calls = 0;
    QVERIFY(sortedRows(t, 0, true, nullptr, [&](double, const std::string &) {
                return ++calls < 2;
            }).empty());
    QCOMPARE(calls, 2);
}

void TestSortStats::statsNumbers()
{
    const Table t = smallTable();
    const ColumnStats s = columnStats(t, std::size_t(t.indexOf("n")));
    QCOMPARE(s.column, std::string("n"));
    QCOMPARE(s.type, ColumnType::Int64);
    QCOMPARE(s.count, std::size_t(8));
    QCOMPARE(s.nulls, std::size_t(2));
    QVERIFY(s.hasNumbers);
    // 3, 1, 3, -2, 1, 3: mean 9/6 = 1.5, sample variance (2.25*3 + 0.25*2 + 12.25) / 5 = 3.9.
    QCOMPARE(s.min, -2.0);
    QCOMPARE(s.max, 3.0);
    QCOMPARE(s.mean, 1.5);
    QVERIFY(std::abs(s.sd - std::sqrt(3.9)) < 1e-12);
    // One bin per whole number from -2 to 3.
    QCOMPARE(s.histogram.size(), std::size_t(6));
    QCOMPARE(s.histogram.front().lower, -2.5);
    QCOMPARE(s.histogram.front().upper, -1.5);
    const std::vector<std::size_t> counts = {1, 0, 0, 2, 0, 3};
    for (std::size_t i = 0; i < counts.size(); ++i)
        QCOMPARE(s.histogram[i].count, counts[i]);
    QVERIFY(s.topValues.empty());

    const ColumnStats w = columnStats(t, std::size_t(t.indexOf("when")));
    QCOMPARE(w.nulls, std::size_t(0));
    QCOMPARE(w.min, 50.0);
    QCOMPARE(w.max, 400.0);
    QCOMPARE(w.mean, 1550.0 / 8);
    std::size_t total = 0;
    for (const HistogramBin &b : w.histogram)
        total += b.count;
    QCOMPARE(total, std::size_t(8));
}

void TestSortStats::statsCategoryTextList()
{
    const Table t = smallTable();
    const ColumnStats tier = columnStats(t, std::size_t(t.indexOf("tier")));
    QCOMPARE(tier.nulls, std::size_t(1));
    QCOMPARE(tier.distinct, std::size_t(3));
    QVERIFY(!tier.hasNumbers);
    QCOMPARE(tier.topValues.size(), std::size_t(3));
    // Tier-1 x3, then Tier-2 and Tier-3 x2 each, ties by label.
    QCOMPARE(tier.topValues[0].value, std::string("Tier-1"));
    QCOMPARE(tier.topValues[0].count, std::size_t(3));
    QCOMPARE(tier.topValues[1].value, std::string("Tier-2"));
    QCOMPARE(tier.topValues[2].value, std::string("Tier-3"));
    QCOMPARE(tier.topValues[2].count, std::size_t(2));

    StatsOptions two;
    two.topValues = 2;
    const ColumnStats name = columnStats(t, std::size_t(t.indexOf("name")), nullptr, two);
    QCOMPARE(name.nulls, std::size_t(1));
    QCOMPARE(name.distinct, std::size_t(5)); // "", "B", "a", "b", "c"
    QCOMPARE(name.topValues.size(), std::size_t(2));
    QCOMPARE(name.topValues[0].value, std::string("a"));
    QCOMPARE(name.topValues[0].count, std::size_t(2));
    QCOMPARE(name.topValues[1].value, std::string("b"));

    const ColumnStats skills = columnStats(t, std::size_t(t.indexOf("skills")));
    QCOMPARE(skills.nulls, std::size_t(1));
    QCOMPARE(skills.listElements, std::size_t(8));
    QCOMPARE(skills.topValues[0].value, std::string("sql"));
    QCOMPARE(skills.topValues[0].count, std::size_t(4));
    QCOMPARE(skills.topValues[1].value, std::string("java"));
    QCOMPARE(skills.topValues[1].count, std::size_t(3));
    QCOMPARE(skills.topValues[2].value, std::string("c"));
    // List lengths 1, 2, 0, 1, 1, 2, 1 over the non-null rows.
    QVERIFY(skills.hasNumbers);
    QCOMPARE(skills.min, 0.0);
    QCOMPARE(skills.max, 2.0);
    QVERIFY(std::abs(skills.mean - 8.0 / 7) < 1e-12);
    QCOMPARE(skills.histogram.size(), std::size_t(3));
    QCOMPARE(skills.histogram[1].count, std::size_t(4));
}

void TestSortStats::statsOnSubsetAndBool()
{
    Table t = smallTable();
    Column &flag = addColumn(t, "flag", ColumnType::Bool);
    flag.ints = {1, 0, 1, 1, 0, 1, 1, 0};
    const Rows subset = {0, 1, 4, 7};
    const ColumnStats f = columnStats(t, std::size_t(t.indexOf("flag")), &subset);
    QCOMPARE(f.count, std::size_t(4));
    QCOMPARE(f.topValues.size(), std::size_t(2));
    QCOMPARE(f.topValues[0].value, std::string("False"));
    QCOMPARE(f.topValues[0].count, std::size_t(3));
    QCOMPARE(f.topValues[1].value, std::string("True"));
    QCOMPARE(f.mean, 0.25);

    const ColumnStats x = columnStats(t, std::size_t(t.indexOf("x")), &subset);
    // 2.5, -0.0, -7.25, -1e-300
    QCOMPARE(x.nulls, std::size_t(0));
    QCOMPARE(x.min, -7.25);
    QCOMPARE(x.max, 2.5);
    QVERIFY(std::abs(x.mean - (2.5 - 7.25) / 4) < 1e-12);
}

void TestSortStats::statsIdsCountUniqueness()
{
    Table t;
    ColumnSpec spec;
    spec.name = "student_id";
    spec.type = ColumnType::Id;
    spec.idPrefix = "STU_";
    spec.idWidth = 5;
    Column &ids = t.add(spec);
    ids.ints = {7, 3, 7, 12, 3, 7, 40, 0};
    ids.setNull(7);
    const ColumnStats s = columnStats(t, 0);
    QCOMPARE(s.nulls, std::size_t(1));
    QCOMPARE(s.distinct, std::size_t(4));         // 3, 7, 12, 40
    QCOMPARE(s.repeated, std::size_t(3));         // 7 twice more, 3 once more
    QVERIFY(s.histogram.empty());                 // a histogram of ID numbers says nothing
    QCOMPARE(s.topValues.size(), std::size_t(2)); // only the repeated IDs
    QCOMPARE(s.topValues[0].value, std::string("STU_00007"));
    QCOMPARE(s.topValues[0].count, std::size_t(3));
    QCOMPARE(s.topValues[1].value, std::string("STU_00003"));
    QCOMPARE(s.topValues[1].count, std::size_t(2));

    const Rows unique = {1, 3, 6};
    const ColumnStats u = columnStats(t, 0, &unique);
    QCOMPARE(u.distinct, std::size_t(3));
    QCOMPARE(u.repeated, std::size_t(0));
    QVERIFY(u.topValues.empty());
}

void TestSortStats::histogramEdges()
{
    const std::vector<double> v = {0, 1, 2, 3, 4, NAN};
    const auto bins = histogram(v, 4, false);
    QCOMPARE(bins.size(), std::size_t(4));
    QCOMPARE(bins[0].lower, 0.0);
    QCOMPARE(bins[3].upper, 4.0);
    // The last bin includes its upper edge.
    QCOMPARE(bins[0].count, std::size_t(1));
    QCOMPARE(bins[3].count, std::size_t(2));

    // Whole numbers over a range wider than the bin count: integer widths covering [min, max].
    std::vector<double> w;
    for (int i = 0; i <= 100; ++i)
        w.push_back(i);
    const auto wide = histogram(w, 30, true);
    QCOMPARE(wide.front().upper - wide.front().lower, 4.0);
    QVERIFY(wide.back().upper >= 100);
    std::size_t total = 0;
    for (const HistogramBin &b : wide)
        total += b.count;
    QCOMPARE(total, std::size_t(101));

    const auto single = histogram({5, 5, 5}, 10, false);
    QCOMPARE(single.size(), std::size_t(1));
    QCOMPARE(single[0].count, std::size_t(3));
    QVERIFY(histogram({}, 10, false).empty());
}

QTEST_GUILESS_MAIN(TestSortStats)
#include "test_sort_stats.moc"
