// The filter language: valid expressions against a brute-force count on a fixture table, malformed
// ones with their exact error position, length and message, parallel evaluation, and --where in
// pmis-gen.
#include "core/data/table.h"
#include "core/query/filter.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace pmis;
using RowPredicate = std::function<bool(const Table &, std::size_t)>;
Q_DECLARE_METATYPE(RowPredicate)

namespace {

constexpr std::int64_t k20250101 = 1735689600;
constexpr std::int64_t k20250201 = 1738368000;
constexpr std::int64_t k20250310 = 1741564800;
constexpr std::int64_t k20250615 = 1749945600;
constexpr std::int64_t kDay = 86400;

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// A table with every column type, nulls in some columns, and a category whose dictionary order
// differs from its label order.
Table fixture(std::size_t rows, std::uint64_t seed = 1)
{
    Table t;
    t.name = "fixture";
    t.columns.reserve(16); // the references below stay valid while columns are added
    auto add = [&](const char *name, ColumnType type) -> Column & {
        ColumnSpec s;
        s.name = name;
        s.type = type;
        return t.add(s);
    };
    Column &id = add("id", ColumnType::Id);
    id.spec.idPrefix = "STU_";
    id.spec.idWidth = 5;
    Column &tier = add("tier", ColumnType::Category);
    tier.spec.allowed = {"Tier-1", "Tier-2", "Tier-3"};
    tier.dict = {"Tier-3", "Tier-1", "Tier-2"};
    Column &cgpa = add("cgpa", ColumnType::Double);
    Column &age = add("age", ColumnType::Int64);
    Column &skills = add("skills", ColumnType::StringList);
    skills.dict = {"python", "sql", "java", "excel", "c++"};
    skills.spec.allowed = skills.dict;
    skills.offsets.push_back(0);
    Column &name = add("name", ColumnType::Text);
    Column &created = add("created", ColumnType::Timestamp);
    Column &deadline = add("deadline", ColumnType::Date);
    Column &active = add("active", ColumnType::Bool);
    Column &city = add("city", ColumnType::Category);
    city.dict = {"Pune", "Mumbai", "Delhi", "Chennai"};
    Column &score = add("score", ColumnType::Double);
    score.spec.decimals = 1;

    const char *names[] = {"Asha \"A\" Rao", "Bharat", "Chitra Rao", "Dev", "Esha",
                           "Farhan",         "Gita",   "Mohan",      "Zoya"};
    for (std::size_t r = 0; r < rows; ++r) {
        auto rnd = [&](std::uint64_t salt) { return mix(seed * 1000003 + r * 31 + salt); };
        id.ints.push_back(std::int64_t(r + 1));
        tier.codes.push_back(std::int32_t(rnd(1) % 3));
        cgpa.reals.push_back(r % 37 == 5 ? std::round(8.45 * 100) / 100
                                         : double(500 + rnd(2) % 501) / 100.0);
        age.ints.push_back(std::int64_t(18 + rnd(3) % 18));
        const std::uint64_t bits = rnd(4);
        for (std::int32_t k = 0; k < 5; ++k)
            if ((bits >> (k * 3)) % 4 == 0)
                skills.codes.push_back(k);
        skills.offsets.push_back(std::uint32_t(skills.codes.size()));
        name.texts.push_back(names[rnd(5) % 9]);
        created.ints.push_back(1733011200 + std::int64_t(rnd(6) % (120 * kDay)));
        deadline.ints.push_back(1748736000 + std::int64_t(rnd(7) % 30) * kDay);
        active.ints.push_back(std::int64_t(rnd(8) % 2));
        city.codes.push_back(std::int32_t(rnd(9) % 4));
        score.reals.push_back(double(std::int64_t(rnd(10) % 61) - 30) / 10.0);
    }
    for (std::size_t r = 0; r < rows; ++r) {
        if (r % 11 == 3)
            age.setNull(r);
        if (r % 13 == 4)
            name.setNull(r);
        if (r % 7 == 2)
            city.setNull(r);
    }
    return t;
}

// Accessors for the predicates: independent of the code under test.
bool isNull(const Table &t, const char *c, std::size_t r)
{
    return t.at(c).isNull(r);
}
std::string cat(const Table &t, const char *c, std::size_t r)
{
    return t.at(c).dict[std::size_t(t.at(c).codes[r])];
}
double real(const Table &t, const char *c, std::size_t r)
{
    return t.at(c).reals[r];
}
std::int64_t integer(const Table &t, const char *c, std::size_t r)
{
    return t.at(c).ints[r];
}
bool hasSkill(const Table &t, std::size_t r, const char *skill)
{
    const Column &s = t.at("skills");
    for (std::size_t i = 0; i < s.listSize(r); ++i)
        if (s.dict[std::size_t(s.listCode(r, i))] == skill)
            return true;
    return false;
}

std::vector<std::uint32_t> bruteForce(const Table &t, const RowPredicate &p)
{
    std::vector<std::uint32_t> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        if (p(t, r))
            out.push_back(std::uint32_t(r));
    return out;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void malformed_data();
    void malformed();
    void emptyExpressionMatchesAll();
    void parallelMatchesSerial();
    void cancel();
    void copiesEvaluateAlike();
    void whereInPmisGen();
    void whereErrorsInPmisGen();
};

void TestFilter::valid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<RowPredicate>("expected");
    auto row = [](const char *expr, RowPredicate p) {
        QTest::newRow(expr) << QString::fromUtf8(expr) << p;
    };
    using T = const Table &;
    using R = std::size_t;

    row("cgpa >= 8", [](T t, R r) { return real(t, "cgpa", r) >= 8; });
    row("cgpa >= 8 and tier = \"Tier-1\"",
        [](T t, R r) { return real(t, "cgpa", r) >= 8 && cat(t, "tier", r) == "Tier-1"; });
    row("cgpa >= 8 AND tier = \"Tier-1\"",
        [](T t, R r) { return real(t, "cgpa", r) >= 8 && cat(t, "tier", r) == "Tier-1"; });
    row("tier != \"Tier-3\"", [](T t, R r) { return cat(t, "tier", r) != "Tier-3"; });
    row("tier > \"Tier-1\"", [](T t, R r) { return cat(t, "tier", r) > "Tier-1"; });
    row("tier in (\"Tier-1\", \"Tier-2\")", [](T t, R r) { return cat(t, "tier", r) != "Tier-3"; });
    row("tier not in (\"Tier-1\")", [](T t, R r) { return cat(t, "tier", r) != "Tier-1"; });
    row("skills has \"python\"", [](T t, R r) { return hasSkill(t, r, "python"); });
    row("not skills has \"python\"", [](T t, R r) { return !hasSkill(t, r, "python"); });
    row("skills has \"sql\" or skills has \"c++\"",
        [](T t, R r) { return hasSkill(t, r, "sql") || hasSkill(t, r, "c++"); });
    row("age < 25", [](T t, R r) { return !isNull(t, "age", r) && integer(t, "age", r) < 25; });
    row("age < 25.5", [](T t, R r) { return !isNull(t, "age", r) && integer(t, "age", r) <= 25; });
    row("age != 25.5", [](T t, R r) { return !isNull(t, "age", r); });
    row("age is null", [](T t, R r) { return isNull(t, "age", r); });
    row("age is not null and age >= 30",
        [](T t, R r) { return !isNull(t, "age", r) && integer(t, "age", r) >= 30; });
    row("not (age = 22)",
        [](T t, R r) { return isNull(t, "age", r) || integer(t, "age", r) != 22; });
    row("age != 22", [](T t, R r) { return !isNull(t, "age", r) && integer(t, "age", r) != 22; });
    row("age in (20, 21, 22, 30)", [](T t, R r) {
        const auto a = integer(t, "age", r);
        return !isNull(t, "age", r) && ((a >= 20 && a <= 22) || a == 30);
    });
    row("age not in (20, 21)", [](T t, R r) {
        return !isNull(t, "age", r) && integer(t, "age", r) != 20 && integer(t, "age", r) != 21;
    });
    row("active = true", [](T t, R r) { return integer(t, "active", r) == 1; });
    row("active != false and cgpa < 7",
        [](T t, R r) { return integer(t, "active", r) == 1 && real(t, "cgpa", r) < 7; });
    row("created >= \"2025-01-01\"",
        [](T t, R r) { return integer(t, "created", r) >= k20250101; });
    row("created <= \"2025-01-31\"", [](T t, R r) { return integer(t, "created", r) < k20250201; });
    row("created = \"2025-03-10\"", [](T t, R r) {
        return integer(t, "created", r) >= k20250310 && integer(t, "created", r) < k20250310 + kDay;
    });
    row("created < \"2025-02-01T12:00:00\"",
        [](T t, R r) { return integer(t, "created", r) < k20250201 + 12 * 3600; });
    row("deadline = \"2025-06-15\"",
        [](T t, R r) { return integer(t, "deadline", r) == k20250615; });
    row("deadline > \"2025-06-15\"",
        [](T t, R r) { return integer(t, "deadline", r) > k20250615; });
    row("id = \"STU_00042\"", [](T t, R r) { return integer(t, "id", r) == 42; });
    row("id <= 10 or id > \"STU_00390\"",
        [](T t, R r) { return integer(t, "id", r) <= 10 || integer(t, "id", r) > 390; });
    row("id in (\"STU_00001\", 5, \"stu_7\")", [](T t, R r) {
        const auto v = integer(t, "id", r);
        return v == 1 || v == 5 || v == 7;
    });
    row("name = \"Asha \\\"A\\\" Rao\"", [](T t, R r) {
        return !isNull(t, "name", r) && t.at("name").texts[r] == "Asha \"A\" Rao";
    });
    row("name has \"Rao\"", [](T t, R r) {
        return !isNull(t, "name", r) && t.at("name").texts[r].find("Rao") != std::string::npos;
    });
    row("name < \"M\"",
        [](T t, R r) { return !isNull(t, "name", r) && t.at("name").texts[r] < "M"; });
    row("name in (\"Dev\", \"Zoya\")", [](T t, R r) {
        return !isNull(t, "name", r)
               && (t.at("name").texts[r] == "Dev" || t.at("name").texts[r] == "Zoya");
    });
    row("city is null or city = \"Pune\"",
        [](T t, R r) { return isNull(t, "city", r) || cat(t, "city", r) == "Pune"; });
    row("city has \"ai\"", [](T t, R r) {
        return !isNull(t, "city", r) && cat(t, "city", r).find("ai") != std::string::npos;
    });
    row("(tier = \"Tier-1\" or tier = \"Tier-2\") and not (cgpa < 7.5)",
        [](T t, R r) { return cat(t, "tier", r) != "Tier-3" && !(real(t, "cgpa", r) < 7.5); });
    row("tier = \"Tier-1\" or tier = \"Tier-2\" and cgpa > 9", [](T t, R r) {
        return cat(t, "tier", r) == "Tier-1"
               || (cat(t, "tier", r) == "Tier-2" && real(t, "cgpa", r) > 9);
    });
    row("cgpa = 8.45", [](T t, R r) { return std::llround(real(t, "cgpa", r) * 100) == 845; });
    row("cgpa in (8.45, 10)", [](T t, R r) {
        const auto c = std::llround(real(t, "cgpa", r) * 100);
        return c == 845 || c == 1000;
    });
    row("score > -1.5", [](T t, R r) { return std::llround(real(t, "score", r) * 10) > -15; });
    row("score <= -0.3 and not not active = true", [](T t, R r) {
        return std::llround(real(t, "score", r) * 10) <= -3 && integer(t, "active", r) == 1;
    });
}

void TestFilter::valid()
{
    QFETCH(QString, expression);
    QFETCH(RowPredicate, expected);
    const Table t = fixture(400);
    query::QueryError error;
    auto filter = query::compileFilter(t, expression.toStdString(), &error);
    QVERIFY2(filter.isOk(), filter.error().c_str());
    const auto want = bruteForce(t, expected);
    // Every expression selects some rows and leaves out others, so a wrong answer cannot hide.
    QVERIFY2(!want.empty() && want.size() < t.rowCount(), qPrintable(QString::number(want.size())));
    QCOMPARE(filter->matchingRows(t, 1), want);
    QCOMPARE(filter->matchingRows(t, 4), want);
    for (std::size_t r = 0; r < t.rowCount(); r += 17)
        QCOMPARE(filter->matches(t, r), expected(t, r));
}

void TestFilter::malformed_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *expr, int pos, int len, const char *msg) {
        QTest::newRow(name) << QString::fromUtf8(expr) << pos << len << QString::fromUtf8(msg);
    };
    row("missing value", "cgpa >=", 8, 0,
        "expected a value after '>=' (a number, \"quoted text\", true or false), found the end of "
        "the expression");
    row("unknown column", "cgp > 8", 1, 3, "unknown column 'cgp' (did you mean 'cgpa'?)");
    row("unknown column, no guess", "xyz = 1", 1, 3, "unknown column 'xyz' in table 'fixture'");
    row("dangling and", "cgpa >= 8 and", 14, 0,
        "expected a column name, found the end of the expression");
    row("leading and", "and cgpa > 8", 1, 3, "expected a column name, found 'and'");
    row("unclosed paren", "(cgpa > 8", 10, 0,
        "expected ')' to close the '(' at position 1, found the end of the expression");
    row("stray paren", "cgpa > 8)", 9, 1,
        "expected 'and', 'or' or the end of the expression, found ')'");
    row("unterminated string", "tier = \"Tier-1", 8, 7,
        "unterminated string: missing the closing '\"'");
    row("bare word", "tier = Tier1", 8, 5,
        "expected a value after '=' (a number, \"quoted text\", true or false), found 'Tier1' (put "
        "text in double quotes)");
    row("unknown category value", "tier = \"Tier-4\"", 8, 8,
        "unknown value \"Tier-4\" for column 'tier' (did you mean \"Tier-1\"?)");
    row("category value list", "tier = \"foo\"", 8, 5,
        "unknown value \"foo\" for column 'tier' (expected one of: \"Tier-1\", \"Tier-2\", "
        "\"Tier-3\")");
    row("number for category", "tier = 1", 8, 1,
        "expected \"quoted text\" for column 'tier', found '1'");
    row("text for number", "cgpa >= \"high\"", 9, 6,
        "expected a number for column 'cgpa', found \"high\"");
    row("missing operator", "cgpa 8", 6, 1,
        "expected an operator after 'cgpa' (=, !=, <, <=, >, >=, has, in, is), found '8'");
    row("compare a list", "skills = \"python\"", 8, 1,
        "'=' does not apply to the list column 'skills' (use has)");
    row("in on a list", "skills in (\"python\")", 8, 2,
        "'in' does not apply to the list column 'skills' (use has)");
    row("unknown list value", "skills has \"pythn\"", 12, 7,
        "unknown value \"pythn\" for column 'skills' (did you mean \"python\"?)");
    row("has on a number", "cgpa has \"x\"", 6, 3,
        "'has' does not apply to the number column 'cgpa' (it tests list elements and text)");
    row("order on bool", "active < true", 8, 1,
        "'<' does not apply to the true/false column 'active' (use = or !=)");
    row("number for bool", "active = 1", 10, 1,
        "expected true or false for column 'active', found '1'");
    row("bad date", "created >= \"2025-13-01\"", 12, 12,
        "expected a date \"YYYY-MM-DD\" or a timestamp \"YYYY-MM-DDTHH:MM:SS\" for column "
        "'created', found \"2025-13-01\"");
    row("number for date", "deadline < 5", 12, 1,
        "expected a date \"YYYY-MM-DD\" or a timestamp \"YYYY-MM-DDTHH:MM:SS\" for column "
        "'deadline', found '5'");
    row("other table's ID", "id = \"INT_00001\"", 6, 11,
        "expected an ID like \"STU_00042\" or a number for column 'id', found \"INT_00001\"");
    row("is without null", "age is 5", 8, 1, "expected 'null' or 'not null' after 'is', found '5'");
    row("is not without null", "age is not 5", 12, 1, "expected 'null' after 'is not', found '5'");
    row("not without in", "age not 5", 9, 1, "expected 'in' after 'not', found '5'");
    row("in without paren", "age in 1, 2", 8, 1, "expected '(' after 'in', found '1'");
    row("in without comma", "age in (1 2)", 11, 1,
        "expected ',' or ')' in the list after 'in', found '2'");
    row("empty in", "age in ()", 9, 1,
        "expected a value after '(' (a number, \"quoted text\", true or false), found ')'");
    row("unexpected character", "cgpa > 8 # x", 10, 1, "unexpected character '#'");
    row("malformed number", "cgpa > 8.5.1", 8, 5, "malformed number '8.5.1'");
    row("bad escape", "name = \"a\\nb\"", 10, 2,
        "unknown escape '\\n' in a string (use \\\" or \\\\)");
    // Positions count characters, not bytes: "é" is one character of two bytes.
    row("position after non-ASCII", "name = \"é\" and zz > 1", 16, 2,
        "unknown column 'zz' in table 'fixture'");
    row("non-ASCII character", "cgpa > 8 ≥ 9", 10, 1, "unexpected character '≥'");
}

void TestFilter::malformed()
{
    QFETCH(QString, expression);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, message);
    const Table t = fixture(50);
    query::QueryError error;
    auto filter = query::compileFilter(t, expression.toStdString(), &error);
    QVERIFY(!filter.isOk());
    QCOMPARE(QString::fromStdString(error.message), message);
    QCOMPARE(int(error.position), position);
    QCOMPARE(int(error.length), length);
    QCOMPARE(QString::fromStdString(filter.error()),
             QStringLiteral("position %1: %2").arg(position).arg(message));
    // The marked span lies inside the expression (or just past its end).
    QVERIFY(position + length <= expression.size() + 1);
}

void TestFilter::emptyExpressionMatchesAll()
{
    const Table t = fixture(30);
    for (const char *text : {"", "   "}) {
        auto filter = query::compileFilter(t, text);
        QVERIFY(filter.isOk());
        QVERIFY(filter->isEmpty());
        QCOMPARE(filter->matchingRows(t).size(), t.rowCount());
    }
}

void TestFilter::parallelMatchesSerial()
{
    // Many blocks and uneven chunks: every thread count must give the brute-force answer.
    const Table t = fixture(100003, 7);
    const char *expr = "(skills has \"java\" or age is null) and created >= \"2025-02-01\" and "
                       "tier != \"Tier-2\"";
    auto filter = query::compileFilter(t, expr);
    QVERIFY2(filter.isOk(), filter.error().c_str());
    const auto want = bruteForce(t, [](const Table &tb, std::size_t r) {
        return (hasSkill(tb, r, "java") || isNull(tb, "age", r))
               && integer(tb, "created", r) >= k20250201 && cat(tb, "tier", r) != "Tier-2";
    });
    QVERIFY(want.size() > 1000);
    for (int threads : {1, 2, 3, 8})
        QCOMPARE(filter->matchingRows(t, threads), want);
    double last = -1;
    bool monotone = true;
    filter->matchingRows(t, 3, [&](double f, const std::string &) {
        monotone = monotone && f >= last && f <= 1.0;
        last = f;
        return true;
    });
    QVERIFY(monotone);
    QVERIFY(last > 0);
}

void TestFilter::cancel()
{
    const Table t = fixture(100000, 3);
    auto filter = query::compileFilter(t, "cgpa > 5");
    QVERIFY(filter.isOk());
    int calls = 0;
    const auto rows
            = filter->matchingRows(t, 2, [&](double, const std::string &) { return ++calls < 2; });
    QVERIFY(rows.empty());
    QCOMPARE(calls, 2);
}

void TestFilter::copiesEvaluateAlike()
{
    const Table t = fixture(500);
    auto filter = query::compileFilter(t, "skills has \"excel\" and age > 20");
    QVERIFY(filter.isOk());
    const query::Filter copy = *filter;
    query::Filter assigned;
    assigned = copy;
    QCOMPARE(copy.matchingRows(t), filter->matchingRows(t));
    QCOMPARE(assigned.matchingRows(t), filter->matchingRows(t));
    QCOMPARE(QString::fromStdString(assigned.expression()),
             QStringLiteral("skills has \"excel\" and age > 20"));
}

void TestFilter::whereInPmisGen()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(PMIS_GEN_EXE),
            {QStringLiteral("generate"), QStringLiteral("--preset"), QStringLiteral("demo-small"),
             QStringLiteral("--quiet"), QStringLiteral("--where"),
             QStringLiteral("students:college_tier = \"Tier-1\" and cgpa >= 8"),
             QStringLiteral("--out"), dir.path()});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);

    auto readLines = [&](const char *name) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    };
    const QStringList students = readLines("enhanced_students.csv");
    QVERIFY(students.size() > 2);
    const QStringList header = students.front().split(QLatin1Char(','));
    const int tierCol = header.indexOf(QStringLiteral("college_tier"));
    const int cgpaCol = header.indexOf(QStringLiteral("cgpa"));
    for (int i = 1; i < students.size(); ++i) {
        // The leading columns (id, tier, university, cgpa) hold no commas.
        const QStringList cells = students[i].split(QLatin1Char(','));
        QCOMPARE(cells[tierCol], QStringLiteral("Tier-1"));
        QVERIFY(cells[cgpaCol].toDouble() >= 8.0);
    }
    // The other tables are exported whole, and the metadata records the filter.
    QVERIFY(readLines("enhanced_interactions.csv").size() > 1000);
    QFile meta(dir.filePath(QStringLiteral("datasets_metadata.json")));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject filtered = QJsonDocument::fromJson(meta.readAll())
                                         .object()[QStringLiteral("filtered_tables")]
                                         .toObject();
    const QJsonObject s = filtered[QStringLiteral("students")].toObject();
    QCOMPARE(s[QStringLiteral("rows")].toInt(), students.size() - 1);
    QCOMPARE(s[QStringLiteral("filter")].toString(),
             QStringLiteral("college_tier = \"Tier-1\" and cgpa >= 8"));
}

void TestFilter::whereErrorsInPmisGen()
{
    struct Case
    {
        QString where;
        QString error;
    };
    const Case cases[] = {
            {QStringLiteral("students:cgpa >= "),
             QStringLiteral("pmis-gen: --where students: position 9: expected a value after '>=' "
                            "(a number, \"quoted text\", "
                            "true or false), found the end of the expression")},
            {QStringLiteral("studnets:cgpa > 8"),
             QStringLiteral("pmis-gen: --where: unknown table 'studnets' (tables: students, "
                            "internships, interactions, "
                            "outcomes, companies)")},
            {QStringLiteral("cgpa > 8"),
             QStringLiteral(
                     "pmis-gen: --where: expected TABLE:EXPRESSION, e.g. students:cgpa >= 8")},
    };
    for (const Case &c : cases) {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(PMIS_GEN_EXE),
                {QStringLiteral("generate"), QStringLiteral("--preset"),
                 QStringLiteral("demo-small"), QStringLiteral("--quiet"), QStringLiteral("--where"),
                 c.where, QStringLiteral("--out"), dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(p.exitCode() != 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()).trimmed(), c.error);
        QVERIFY(QDir(dir.path()).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFilter)
#include "test_filter.moc"
