#include "widgets/studio/scenario_rule_texts.h"

#include <QCoreApplication>

namespace pmis {

namespace {

// The patterns of core/scenario's rules and loader (and the units they name), listed so that
// lupdate finds them (the context is the same as scenarioRuleText's).
const char *const kPatterns[] = {
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an object, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "unknown key; expected one of %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "missing required key"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty object; expected at least one entry"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a finite number"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number > 0, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a string, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an array of strings, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty list; expected at least one string"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty string; expected a name"),
        QT_TRANSLATE_NOOP("ScenarioRule", "duplicate value \"%1\"; expected distinct names"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number in (0, 1), got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number in [0, 1], got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "unknown mode \"%1\"; expected \"sampled\" or \"exact\""),
        QT_TRANSLATE_NOOP("ScenarioRule", "no shares; expected an object of label: weight"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty label; expected a name"),
        QT_TRANSLATE_NOOP("ScenarioRule", "negative weight %1; expected a number >= 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "all weights are zero; expected at least one weight > 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number >= %1, got %2"),
        QT_TRANSLATE_NOOP("ScenarioRule", "min %1 > max %2; expected min <= max"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a standard deviation > 0, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "min >= max; expected min < max"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "min > max; expected min <= max (equal for a flat stipend)"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "mean lies more than 3 sd outside [min, max]; expected a mean near the range"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a stipend >= 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a rounding step > 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a gamma shape > 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an exponent >= 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a noise scale > 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected at most 1000 candidates"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number >= 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "unsupported schema version %1; expected %2"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number >= 0, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected at most %1 rows, got %2"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty object; expected at least one company category"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number between -1e15 and 1e15, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "expected a rounding step between 0.000001 and 1e15, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "a step wider than [min, max]; expected at most max - min"),
        QT_TRANSLATE_NOOP("ScenarioRule", "two laws (%1 and %2); expected exactly one"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "no law; expected one of categorical, zipf, normal, log_normal, uniform, integers, poisson"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an exponent between 0 and 10"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a standard deviation > 0"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a lower bound > 0 for a log-normal law"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a log standard deviation of at most 10"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number <= 1e15"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a mean in (0, 500]"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "unknown table \"%1\"; expected students, internships, companies or outcomes"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "\"%1\" is not a column name; expected lower-case letters, digits and underscores, starting with a letter"),
        QT_TRANSLATE_NOOP("ScenarioRule", "%1 already has a column \"%2\"; expected a new name"),
        QT_TRANSLATE_NOOP("ScenarioRule", "%1 declares \"%2\" twice"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "unknown role \"%1\"; expected \"feature\", \"protected\", \"post_outcome\" or \"ground_truth\""),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "a protected column is a group of students; expected it in students"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "a protected column holds groups; expected a categorical law"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "an outcome column is known only after the outcome; expected \"post_outcome\" or \"ground_truth\""),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "\"%1\" is not a parent column; internships have a parent row (companies.<column>), outcomes two (students.<column>, internships.<column>)"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "\"%1\" is not a categorical column of %2 declared before this one"),
        QT_TRANSLATE_NOOP("ScenarioRule", "\"%1\" has no values to condition on"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "missing law; every value of %1 needs one (null leaves its rows empty)"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "every value of %1 leaves the column empty; expected a law for one at least"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "expected a whole number of applications >= 1, or no limit (left out)"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "expected a whole number of offers >= 1, or no limit (left out)"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "a law of another kind of value; the laws of one column must all be categorical, all whole numbers or all real numbers"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an array of column declarations, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected at most %1 declared columns"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "missing entry for \"%1\" listed in %2; expected one per label"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "\"%1\" is not a label of %2; expected only those labels"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole-number label in [%1, %2]"),
        QT_TRANSLATE_NOOP("ScenarioRule", "empty name; expected a short name"),
        QT_TRANSLATE_NOOP("ScenarioRule", "\"%1\" is not a date; expected YYYY-MM-DD"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "\"%1\" is out of range; expected a date from 1900-01-01 to 2899-12-31"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a whole number > 0"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "counts too large; expected at most 50M students, 10M internships, 500M interactions"),
        QT_TRANSLATE_NOOP("ScenarioRule", "max %1 is too large; expected at most %2 %3"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "skill \"%1\" appears in two categories; expected each skill once"),
        QT_TRANSLATE_NOOP("ScenarioRule", "%1 skills; expected at most 128"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "company \"%1\" is listed twice; expected each company once"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "size \"%1\" has no entry in $.internships.positions; expected one of its keys"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a range inside [0, 5]"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "unknown skill category \"%1\"; expected a key of $.skills"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "pool of %1 skills is smaller than $.students.skills_per_student.max (%2); expected a larger pool"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "pool of %1 skills is smaller than $.students.interests_per_student.max; expected a larger pool"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a CGPA range inside [0, 10]"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected exactly the labels \"rural\" and \"urban\""),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "expected 30 to 36500 days (profiles are at least 30 days old, so every student has time to apply)"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "skill \"%1\" is not in $.skills; expected a listed skill"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "skill \"%1\" (category \"%2\") is in no stream's pool, so no student can hold it; expected a skill some stream can hold"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "pool of %1 skills is smaller than $.internships.required_skills.max; expected a larger pool"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "expected 30 to 36500 days (postings are at least 30 days old)"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected 1 to 36500 days"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "missing \"%1\"; expected the labels view, apply, shortlist, reject"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "expected exactly the labels view, apply, shortlist, reject"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "view and apply need weights > 0 for applications to exist"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "expected 30 to 36500 days (applications are made at least 16 days before the reference date, so decisions precede it)"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "more interactions than student-internship pairs; expected at most students x internships"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a number in (0, 1)"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "\"%1\" is not a tier; expected a label of $.students.tiers"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "\"%1\" is not a gender; expected a label of $.students.gender"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "apply (%1 of interactions) outnumbers view (%2), but every application follows a view; give view at least apply's weight"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "shortlist and reject together (%1 of interactions) outnumber apply (%2), but each closes one application; lower them or raise apply"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "a success rate of %1 needs at least that share of applications to end in shortlist, but shortlist (%2 of interactions) is only %3 of apply (%4); lower the success rate to at most %3 or raise shortlist's share"),
        QT_TRANSLATE_NOOP(
                "ScenarioRule",
                "unknown table \"%1\"; expected students, internships, companies, interactions or outcomes"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "a share of distinct values; expected share_by or distinct"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected exactly one of share_of and top"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a share in [0, 1], got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a share in [0, 1), got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected a count between 0 and 1e12, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "expected an array of published figures, got %1"),
        QT_TRANSLATE_NOOP("ScenarioRule", "%1 figures; expected at most %2"),
        QT_TRANSLATE_NOOP("ScenarioRule",
                          "figure \"%1\" is listed twice; expected distinct figures"),
        QT_TRANSLATE_NOOP("ScenarioRule", "skills"),
        QT_TRANSLATE_NOOP("ScenarioRule", "positions per internship"),
        QT_TRANSLATE_NOOP("ScenarioRule", "seconds (one day)"),
        QT_TRANSLATE_NOOP("ScenarioRule", "pages"),
        QT_TRANSLATE_NOOP("ScenarioRule", "(a year)"),
};

// Replaces %1..%9 once each, left to right, through fillPattern: an argument's own '%' or "%2"
// (a label may hold one) is never read as a marker (QString::arg would read it).
QString fill(const QString &pattern, const QStringList &args)
{
    // The markers are ASCII, so filling the UTF-8 text is filling the text.
    std::vector<std::string> utf8;
    utf8.reserve(std::size_t(args.size()));
    for (const QString &a : args)
        utf8.push_back(a.toStdString());
    return QString::fromStdString(fillPattern(pattern.toStdString(), utf8));
}

} // namespace

QString scenarioRuleText(const Text &text)
{
    if (text.pattern.empty())
        return QString::fromStdString(text.literal);
    QStringList args;
    args.reserve(qsizetype(text.args.size()));
    for (const Text &a : text.args)
        args << scenarioRuleText(a);
    return fill(QCoreApplication::translate("ScenarioRule", text.pattern.c_str()), args);
}

QStringList scenarioRulePatterns()
{
    QStringList out;
    for (const char *p : kPatterns)
        out << QString::fromUtf8(p);
    return out;
}

} // namespace pmis
