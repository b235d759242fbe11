#include "widgets/quality/quality_texts.h"

#include <QCoreApplication>

#include <iterator>

namespace pmis {

namespace {

// The patterns of core/quality, listed so that lupdate finds them (the context is the same as
// qualityReasonText's).
const char *const kPatterns[] = {
        QT_TRANSLATE_NOOP("QualityReason", "%1 of %2 %3 break the rule: %4 (first: %5)."),
        QT_TRANSLATE_NOOP("QualityReason", "All %1 %2 follow the rule: %3."),
        QT_TRANSLATE_NOOP("QualityReason", "interactions"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "an interaction comes after the %1 it involves was created (%2.created_at)"),
        QT_TRANSLATE_NOOP("QualityReason", "applies"),
        QT_TRANSLATE_NOOP("QualityReason", "applications"),
        QT_TRANSLATE_NOOP("QualityReason", "a student makes at most %1 applications"),
        QT_TRANSLATE_NOOP("QualityReason", "offers"),
        QT_TRANSLATE_NOOP("QualityReason", "a student receives at most %1 offers"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 of %2 rows break the rule: %3 (first: %4)."),
        QT_TRANSLATE_NOOP("QualityReason", "All %1 rows follow the rule: %2."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 is empty exactly where %2 is empty"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 is empty exactly where %2 is %3or empty"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 (%2): the data has no column %3 to measure it by; generate with the scenario that declares it."),
        QT_TRANSLATE_NOOP("QualityReason", "%1: published %2 (%3), generated %4, within %5 to %6."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1: published %2 (%3), generated %4, outside %5 to %6: tune the scenario's assumptions or its published figure."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "an application is made on or before the internship's application_deadline"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "an apply follows a view of the same internship by the same student in its session"),
        QT_TRANSLATE_NOOP("QualityReason", "closing steps"),
        QT_TRANSLATE_NOOP("QualityReason",
                          "a shortlist or reject follows the apply it closes in its session"),
        QT_TRANSLATE_NOOP("QualityReason", "engagements with a closing step"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "an engagement (a session's rows for one student and internship) has at most one closing step"),
        QT_TRANSLATE_NOOP("QualityReason", "outcomes"),
        QT_TRANSLATE_NOOP("QualityReason", "an outcome decides an apply interaction"),
        QT_TRANSLATE_NOOP("QualityReason", "each apply has exactly one outcome"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "the decision (selection_date) comes after the application and after its closing step"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "a selected application's engagement ends in shortlist, and one ending in reject is not selected"),
        QT_TRANSLATE_NOOP("QualityReason", "internships"),
        QT_TRANSLATE_NOOP("QualityReason",
                          "an internship selects no more applicants than its positions_available"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 rows"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 is on or before the reference date (%2)"),
        QT_TRANSLATE_NOOP("QualityReason", "largest gap: '%1' %2 realized vs %3 target"),
        QT_TRANSLATE_NOOP("QualityReason", "No rows with %1 = '%2' to compare with its law."),
        QT_TRANSLATE_NOOP("QualityReason", "rows with %1 = '%2'"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "The column holds another type than its law gives, so it cannot be compared with the law."),
        QT_TRANSLATE_NOOP("QualityReason",
                          "The column is missing, so it cannot be compared with its law."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 = %2 %3"),
        QT_TRANSLATE_NOOP("QualityReason", "the 99% sampling band (>= %1)"),
        QT_TRANSLATE_NOOP("QualityReason", "%1: exact shares, off by rounding at most (>= %2)."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1: exact shares should match up to rounding (>= %2); %3. The generator did not honour the exact mode."),
        QT_TRANSLATE_NOOP("QualityReason", "%1, inside %2."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1, just outside %2; %3. Sampling does this about once in 100 checks: try another seed, or exact shares."),
        QT_TRANSLATE_NOOP("QualityReason",
                          "%1, far outside %2; %3. The values do not follow the target."),
        QT_TRANSLATE_NOOP("QualityReason", "No values to compare with the target."),
        QT_TRANSLATE_NOOP("QualityReason", "No values for %1 to compare with the target."),
        QT_TRANSLATE_NOOP("QualityReason", "over %1 values"),
        QT_TRANSLATE_NOOP("QualityReason", "over %1 values of %2"),
        QT_TRANSLATE_NOOP("QualityReason", "the target law does not describe them"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "The column is missing, so its shares cannot be compared with the target."),
        QT_TRANSLATE_NOOP("QualityReason", "rows"),
        QT_TRANSLATE_NOOP("QualityReason", "sessions"),
        QT_TRANSLATE_NOOP("QualityReason", "rows in %1 sessions"),
        QT_TRANSLATE_NOOP("QualityReason", "%1; %2 hold values outside the target's labels"),
        QT_TRANSLATE_NOOP("QualityReason", "over %1 %2 (exact mode)"),
        QT_TRANSLATE_NOOP("QualityReason", "over %1 %2"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of the values (%2) sit exactly at the lowest value %3, the declared minimum, against about %4% per step next to it"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of the values (%2) sit exactly at the highest value %3, the declared maximum, against about %4% per step next to it"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of the values (%2) sit exactly at the lowest value %3, against about %4% per step next to it"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of the values (%2) sit exactly at the highest value %3, against about %4% per step next to it"),
        QT_TRANSLATE_NOOP("QualityReason", "No value piles up at the lowest or highest value."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1: values outside the range were probably clipped to it. Draw inside the range (truncate and resample) instead of clipping."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 %2 of %3 (bias %4)"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 %2 of %3"),
        QT_TRANSLATE_NOOP("QualityReason", "%1; %2"),
        QT_TRANSLATE_NOOP("QualityReason",
                          "No scenario: the bias terms that made the data are not known."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "The scenario sets bias terms for this attribute; the gap also includes what CGPA, skills and city contribute."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Every bias term for this attribute is zero: the gap comes from features that differ by group (CGPA and skills are drawn per tier), not from a bias term."),
        QT_TRANSLATE_NOOP("QualityReason", "Success by %1: %2. Overall %3. %4"),
        QT_TRANSLATE_NOOP("QualityReason", "one outcome per apply interaction"),
        QT_TRANSLATE_NOOP("QualityReason", "the scenario's count"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 rows; no target to compare with"),
        QT_TRANSLATE_NOOP("QualityReason", "The table is empty: import or generate its rows."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 rows, as expected (%2)."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 rows where %2 were expected (%3)."),
        QT_TRANSLATE_NOOP("QualityReason", "May be empty by design: %1 empty (%2 of %3). %4"),
        QT_TRANSLATE_NOOP("QualityReason", "Complete: every one of %1 rows holds a value."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of %2 cells are empty (first at row %3) in a column declared complete: fill them or declare the column nullable."),
        QT_TRANSLATE_NOOP("QualityReason",
                          "The metadata claims 100% completeness and no cell is empty."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "The metadata claims 100% completeness, but %1 cells are empty: %2. Correct the claim or say which columns may be empty."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 rows repeat an ID already used (%2): other tables cannot tell which row a key means. Give every row its own ID."),
        QT_TRANSLATE_NOOP("QualityReason", "Every ID is used once."),
        QT_TRANSLATE_NOOP("QualityReason", "rows %1 and %2"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 rows repeat another row in every column but the ID (first: %2). Remove the copies unless the events really happened twice."),
        QT_TRANSLATE_NOOP("QualityReason", "No row repeats another."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 outcomes repeat a (student, internship) pair (%2): a student has one outcome per internship. Merge or remove the repeats."),
        QT_TRANSLATE_NOOP("QualityReason", "Each (student, internship) pair has one outcome."),
        QT_TRANSLATE_NOOP("QualityReason", "Every company name is used once."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Several companies share a name (%1): internships naming them are ambiguous. Keep one row per company."),
        QT_TRANSLATE_NOOP("QualityReason",
                          "Cannot check: table '%1' has no ID column to refer to."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of %2 keys of %3 name no row (%4). Add the missing rows or remove the rows that refer to them."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "The keys of %1 are written with the prefix '%2' but the IDs with '%3': the text forms do not match. Use one prefix."),
        QT_TRANSLATE_NOOP("QualityReason", "Every key of %1 names an existing row."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Outcomes have no interaction_id: an outcome cannot be traced to the apply interaction it decides. Add the column."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 outcomes (first %2) point to an interaction that is not an apply by the same student for the same internship. Point each outcome at its apply."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Each outcome points to the apply interaction of its student and internship."),
        QT_TRANSLATE_NOOP("QualityReason", "Each table's IDs have a prefix of their own."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Tables share an ID prefix: %1. An ID alone does not say which table it names; give each table its own prefix."),
        QT_TRANSLATE_NOOP("QualityReason", "the declared value set (%1 values)"),
        QT_TRANSLATE_NOOP("QualityReason", "Every value lies in %1."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of %2 rows hold values outside %3: %4. Correct the values or the declared range."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 of %2 rows hold values outside %3: %4. Correct the values or the declared value set."),
        QT_TRANSLATE_NOOP("QualityReason", "%1: mean %2, max %3, %4 with none, variance/mean %5"),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1: as flat as uniformly random picks, so there is no preference or popularity to learn. Draw activity and choices from skewed, feature-driven laws."),
        QT_TRANSLATE_NOOP("QualityReason", "%1."),
        QT_TRANSLATE_NOOP("QualityReason", "Interactions per student"),
        QT_TRANSLATE_NOOP("QualityReason", "Interactions per internship"),
        QT_TRANSLATE_NOOP("QualityReason", "Applications per student"),
        QT_TRANSLATE_NOOP("QualityReason", "Applications per internship"),
        QT_TRANSLATE_NOOP("QualityReason", "Every required skill is held by at least one student."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 required skills are held by no student (%2), affecting %3 internships: they can never be matched. Add them to the students' skill pools or require other skills."),
        QT_TRANSLATE_NOOP("QualityReason", "Success rate %1 (%2 of %3)"),
        QT_TRANSLATE_NOOP("QualityReason", "%1; no target to compare with."),
        QT_TRANSLATE_NOOP("QualityReason", "[%1, %2]"),
        QT_TRANSLATE_NOOP("QualityReason", "%1, inside the 99% band %2 around the target %3."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1, just outside the 99% band %2 around the target %3. Sampling does this about once in 100 datasets; exact mode meets the rate exactly."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 is far from the target %2 (99% band %3). Too few seats or a wrong intercept can cause this."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 outcomes have success and application_status disagreeing. Make success 1 exactly when the status is selected."),
        QT_TRANSLATE_NOOP("QualityReason",
                          "success is 1 exactly when application_status is selected."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 synthetic e-mail addresses use domains that may reach real people (%2). Use example.org or another reserved domain."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Every e-mail address is under a reserved domain (example.org and the like)."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "%1 internships are active with a past deadline or inactive with a future one (reference date %2)."),
        QT_TRANSLATE_NOOP(
                "QualityReason",
                "Active internships have deadlines on or after the reference date, inactive ones before it."),
        QT_TRANSLATE_NOOP("QualityReason", "%1 and %2 more"),
        QT_TRANSLATE_NOOP("QualityReason", "'%1'"),
        QT_TRANSLATE_NOOP("QualityReason", "%1, '%2'"),
        QT_TRANSLATE_NOOP("QualityReason", "%1 at row %2"),
        QT_TRANSLATE_NOOP("QualityReason", "profile"),
        QT_TRANSLATE_NOOP("QualityReason", "posting"),
};

// Replaces %1..%9 once each, left to right, through quality::fillPattern: an argument's own '%' or
// "%2" is never read as a marker (QString::arg would read it).
QString fill(const QString &pattern, const QStringList &args)
{
    // The markers are ASCII, so filling the UTF-8 text is filling the text.
    std::vector<std::string> utf8;
    utf8.reserve(std::size_t(args.size()));
    for (const QString &a : args)
        utf8.push_back(a.toStdString());
    return QString::fromStdString(quality::fillPattern(pattern.toStdString(), utf8));
}

} // namespace

QString qualityReasonText(const quality::Text &text)
{
    if (text.pattern.empty())
        return QString::fromStdString(text.literal);
    QStringList args;
    args.reserve(qsizetype(text.args.size()));
    for (const quality::Text &a : text.args)
        args << qualityReasonText(a);
    return fill(QCoreApplication::translate("QualityReason", text.pattern.c_str()), args);
}

QStringList qualityReasonPatterns()
{
    QStringList out;
    for (const char *p : kPatterns)
        out << QString::fromUtf8(p);
    return out;
}

} // namespace pmis
