#include "widgets/studio/column_texts.h"

#include <QCoreApplication>

namespace pmis {

namespace {

// The descriptions and units of the generated tables' columns (core/gen/schemas.cpp), marked for
// translation. Descriptions that are only a template (a URL or an e-mail address) are not listed:
// they are shown as they are.
constexpr const char *kDescriptions[] = {
        QT_TRANSLATE_NOOP("ColumnDescription", "\"{domain} Intern\""),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "(+91) 0XXXXXXXXX: a leading 0 after +91 is never a subscriber number"),
        QT_TRANSLATE_NOOP("ColumnDescription", "1 when selected"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Active: after the reference date; inactive: before it"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Annual growth"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Browser user agent, by device"),
        QT_TRANSLATE_NOOP("ColumnDescription", "CGPA, truncated normal per tier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "City of the internship"),
        QT_TRANSLATE_NOOP("ColumnDescription", "College tier"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Company group (global tech, Indian IT, startups, ...)"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Company identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Company name (as in companies.company_name)"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Company name, unique"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Company size"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Decision"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Decision date: selected +7-59 days, rejected +3-29"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Device"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Distinct skills from the domain's pool"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Distinct skills from the stream's skill categories"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Duration"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Employee satisfaction"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Engagement (session) identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Experience sought"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Field of study"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "From the documentation ranges 192.0.2.0/24, 198.51.100.0/24, "
                          "203.0.113.0/24"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Funnel step"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Funnel step; shortlist and reject are the employer's closing step of "
                          "an application, recorded after its outcome was decided"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Gender"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Graduation year"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Head-office city"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Home city"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Industry, from the group's industries"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Interaction identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Interests from the same pool"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Internship identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Monthly stipend, truncated normal per company group"),
        QT_TRANSLATE_NOOP("ColumnDescription", "One sentence about the company"),
        QT_TRANSLATE_NOOP("ColumnDescription", "One sentence naming the company and domain"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Open for applications"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Openings, by company size"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Outcome"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Outcome identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Pages viewed, by type"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Posting time"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Previous experience, least to most"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Profile creation time, before the reference date"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Remote mode"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Reputation, truncated normal per group"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Rural or urban background"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Selected 2-4, rejected 0-2"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Selected 4-5, rejected 2-4"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Student identifier"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The applicant"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The apply interaction"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The company's industry"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The company's size"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "The generator's success probability "
                          "(ground truth at full precision; exported on request)"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The internship"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The offering company"),
        QT_TRANSLATE_NOOP("ColumnDescription", "The student"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Time of the apply interaction"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Time on page, by type"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Traffic source"),
        QT_TRANSLATE_NOOP("ColumnDescription", "University, from the tier's pool"),
        QT_TRANSLATE_NOOP("ColumnDescription", "When; ordered along each engagement's funnel"),
        QT_TRANSLATE_NOOP("ColumnDescription",
                          "Why the application was rejected; empty when selected"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Work domain"),
        QT_TRANSLATE_NOOP("ColumnDescription", "Year founded"),
        QT_TRANSLATE_NOOP("ColumnDescription", "https://portfolio.example.org/{id}; "
                                               "empty for students without a portfolio"),
};

constexpr const char *kUnits[] = {
        QT_TRANSLATE_NOOP("ColumnUnit", "% per year"),
        QT_TRANSLATE_NOOP("ColumnUnit", "INR per month"),
        QT_TRANSLATE_NOOP("ColumnUnit", "date"),
        QT_TRANSLATE_NOOP("ColumnUnit", "months"),
        QT_TRANSLATE_NOOP("ColumnUnit", "pages"),
        QT_TRANSLATE_NOOP("ColumnUnit", "points"),
        QT_TRANSLATE_NOOP("ColumnUnit", "positions"),
        QT_TRANSLATE_NOOP("ColumnUnit", "probability"),
        QT_TRANSLATE_NOOP("ColumnUnit", "rounds"),
        QT_TRANSLATE_NOOP("ColumnUnit", "score"),
        QT_TRANSLATE_NOOP("ColumnUnit", "seconds"),
        QT_TRANSLATE_NOOP("ColumnUnit", "timestamp"),
        QT_TRANSLATE_NOOP("ColumnUnit", "year"),
};

} // namespace

QString columnDescriptionText(const std::string &description)
{
    return QCoreApplication::translate("ColumnDescription", description.c_str());
}

QString columnUnitText(const std::string &unit)
{
    return QCoreApplication::translate("ColumnUnit", unit.c_str());
}

std::vector<std::string> translatableColumnTexts(bool units)
{
    std::vector<std::string> out;
    if (units)
        out.assign(std::begin(kUnits), std::end(kUnits));
    else
        out.assign(std::begin(kDescriptions), std::end(kDescriptions));
    return out;
}

} // namespace pmis
