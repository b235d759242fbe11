// Column specifications of the five tables, derived from the scenario's value sets and ranges.
#include "core/data/schemas.h"
#include "core/util/ascii.h"

#include <algorithm>

namespace pmis {
namespace {

ColumnSpec idSpec(std::string name, std::string prefix, std::size_t rows, std::string description)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = ColumnType::Id;
    s.role = ColumnRole::Id;
    s.idPrefix = std::move(prefix);
    s.idWidth = idWidthFor(rows);
    s.description = std::move(description);
    return s;
}

ColumnSpec fkSpec(std::string name, std::string prefix, std::size_t rows, std::string refTable,
                  std::string description)
{
    ColumnSpec s = idSpec(std::move(name), std::move(prefix), rows, std::move(description));
    s.role = ColumnRole::ForeignKey;
    s.refTable = std::move(refTable);
    return s;
}

ColumnSpec category(std::string name, std::vector<std::string> allowed, std::string description,
                    ColumnRole role = ColumnRole::Feature)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = ColumnType::Category;
    s.role = role;
    s.allowed = std::move(allowed);
    s.description = std::move(description);
    return s;
}

ColumnSpec numeric(std::string name, ColumnType type, double lo, double hi, std::string unit,
                   std::string description, int decimals = 2, ColumnRole role = ColumnRole::Feature)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = type;
    s.role = role;
    s.min = lo;
    s.max = hi;
    s.unit = std::move(unit);
    s.decimals = decimals;
    s.description = std::move(description);
    return s;
}

ColumnSpec text(std::string name, std::string description, bool nullable = false)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = ColumnType::Text;
    s.role = ColumnRole::FreeText;
    s.nullable = nullable;
    s.description = std::move(description);
    return s;
}

ColumnSpec list(std::string name, std::vector<std::string> allowed, std::string description)
{
    ColumnSpec s;
    s.name = std::move(name);
    s.type = ColumnType::StringList;
    s.allowed = std::move(allowed);
    s.description = std::move(description);
    return s;
}

std::vector<std::string> keys(const auto &pairs)
{
    std::vector<std::string> out;
    for (const auto &p : pairs)
        out.push_back(p.first);
    return out;
}

std::pair<double, double> labelRange(const ShareTable &t)
{
    double lo = 1e18, hi = -1e18;
    for (const Share &s : t.shares) {
        if (const auto v = parseAsciiDouble(s.label)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    return {lo, hi};
}

// A declared column: its type from its law, its range the union of its laws' ranges.
ColumnSpec declaredSpec(const ColumnDecl &c)
{
    const ColumnRole role = c.role == "ground_truth"   ? ColumnRole::GroundTruth
                            : c.role == "post_outcome" ? ColumnRole::PostOutcome
                            : c.role == "protected"    ? ColumnRole::Protected
                                                       : ColumnRole::Feature;
    const std::string description
            = c.description.empty() ? "Declared in the scenario" : c.description;
    const Distribution &first = c.first();
    if (first.isCategorical()) {
        ColumnSpec s = category(c.name, c.labels(), description, role);
        s.nullable = !c.emptyFor.empty();
        return s;
    }
    std::vector<const Distribution *> laws;
    if (c.given.empty())
        laws.push_back(&c.law);
    for (const auto &[value, law] : c.laws)
        laws.push_back(&law);
    double lo = laws.front()->min, hi = laws.front()->max;
    int decimals = 0;
    bool counts = false;
    for (const Distribution *l : laws) {
        counts = counts || l->kind == LawKind::Poisson;
        lo = std::min(lo, l->kind == LawKind::Poisson ? 0.0 : l->min);
        hi = std::max(hi, l->max);
        decimals = std::max(decimals, l->decimals());
    }
    ColumnSpec s = numeric(c.name, first.isWhole() ? ColumnType::Int64 : ColumnType::Double, lo, hi,
                           c.unit, description, decimals, role);
    if (counts)
        s.max.reset(); // counts have no upper bound
    s.nullable = !c.emptyFor.empty();
    return s;
}

} // namespace

Dataset emptyDataset(const Scenario &sc)
{
    const double ref = double(sc.referenceSeconds());
    const double day = 86400.0;
    const std::size_t nCompanies = sc.companyCount();
    const auto nStudents = std::size_t(sc.students);
    const auto nInternships = std::size_t(sc.internships);
    const auto nInteractions = std::size_t(sc.interactions);
    const auto skills = sc.allSkills();
    const auto cities = sc.student.cities.labels();
    const auto sizes = keys(sc.internship.positions);
    Dataset d;

    // companies
    {
        Table &t = d.companies;
        t.name = "companies";
        std::vector<std::string> names, labels, industries;
        double repLo = 5, foundedLo = 3000, foundedHi = 0;
        for (const CompanyCategory &c : sc.companyCategories) {
            names.insert(names.end(), c.names.begin(), c.names.end());
            labels.push_back(c.label);
            for (const auto &i : c.industries)
                if (std::find(industries.begin(), industries.end(), i) == industries.end())
                    industries.push_back(i);
            repLo = std::min(repLo, c.reputation.min);
            foundedLo = std::min(foundedLo, double(c.founded.min));
            foundedHi = std::max(foundedHi, double(c.founded.max));
        }
        t.add(idSpec("company_id", "CMP_", nCompanies, "Company identifier"));
        t.add(category("company_name", names, "Company name, unique"));
        t.add(category("category", labels,
                       "Company group (global tech, Indian IT, startups, ...)"));
        t.add(category("industry", industries, "Industry, from the group's industries"));
        t.add(category("size", sizes, "Company size"));
        t.add(category("location", cities, "Head-office city"));
        t.add(numeric("reputation_score", ColumnType::Double, repLo, 5, "score",
                      "Reputation, truncated normal per group", 1));
        t.add(numeric("growth_rate", ColumnType::Double, -5, 25, "% per year", "Annual growth", 1));
        t.add(numeric("employee_satisfaction", ColumnType::Double, 3, 5, "score",
                      "Employee satisfaction", 1));
        t.add(numeric("founded_year", ColumnType::Int64, foundedLo, foundedHi, "year",
                      "Year founded", 0));
        t.add(text("website", "https://{slug}.example.org"));
        t.add(text("linkedin_url", "https://linkedin.example.org/company/{slug}"));
        t.add(text("description", "One sentence about the company"));
    }
    // students
    {
        Table &t = d.students;
        t.name = "students";
        std::vector<std::string> universities;
        double cgpaLo = 10, cgpaHi = 0;
        for (const auto &[tier, names] : sc.student.universities)
            universities.insert(universities.end(), names.begin(), names.end());
        for (const auto &[tier, n] : sc.student.cgpa) {
            cgpaLo = std::min(cgpaLo, n.min);
            cgpaHi = std::max(cgpaHi, n.max);
        }
        const auto [gradLo, gradHi] = labelRange(sc.student.graduationYear);
        t.add(idSpec("student_id", "STU_", nStudents, "Student identifier"));
        t.add(category("college_tier", sc.student.tiers.labels(), "College tier"));
        t.add(category("university", universities, "University, from the tier's pool"));
        t.add(numeric("cgpa", ColumnType::Double, cgpaLo, cgpaHi, "points",
                      "CGPA, truncated normal per tier", 2));
        t.add(category("stream", sc.student.streams.labels(), "Field of study"));
        t.add(list("skills", skills, "Distinct skills from the stream's skill categories"));
        t.add(list("interests", skills, "Interests from the same pool"));
        t.add(category("rural_urban", sc.student.ruralUrban.labels(), "Rural or urban background"));
        t.add(category("location", cities, "Home city"));
        t.add(category("gender", sc.student.gender.labels(), "Gender"));
        t.add(numeric("graduation_year", ColumnType::Int64, gradLo, gradHi, "year",
                      "Graduation year", 0));
        t.add(category("previous_experience", sc.student.experience.labels(),
                       "Previous experience, least to most"));
        t.add(text("linkedin_url", "https://linkedin.example.org/in/{id}"));
        t.add(text("github_url", "https://github.example.org/{id}"));
        t.add(text("portfolio_url",
                   "https://portfolio.example.org/{id}; empty for students without a portfolio",
                   true));
        t.add(text("phone",
                   "(+91) 0XXXXXXXXX: a leading 0 after +91 is never a subscriber number"));
        t.add(text("email", "{id}@example.org"));
        t.add(numeric("created_at", ColumnType::Timestamp,
                      ref - double(sc.student.createdWithinDays) * day, ref, "timestamp",
                      "Profile creation time, before the reference date", 0));
    }
    // internships
    {
        Table &t = d.internships;
        t.name = "internships";
        std::vector<std::string> names, titles, industries;
        for (const CompanyCategory &c : sc.companyCategories) {
            names.insert(names.end(), c.names.begin(), c.names.end());
            for (const auto &i : c.industries)
                if (std::find(industries.begin(), industries.end(), i) == industries.end())
                    industries.push_back(i);
        }
        for (const auto &dom : sc.internship.domains.labels())
            titles.push_back(dom + " Intern");
        std::int64_t posLo = 1 << 30, posHi = 0;
        for (const auto &[size, r] : sc.internship.positions) {
            posLo = std::min(posLo, r.min);
            posHi = std::max(posHi, r.max);
        }
        const auto [durLo, durHi] = labelRange(sc.internship.durationMonths);
        t.add(idSpec("internship_id", "INT_", nInternships, "Internship identifier"));
        t.add(fkSpec("company_id", "CMP_", nCompanies, "companies", "The offering company"));
        t.add(category("company", names, "Company name (as in companies.company_name)"));
        t.add(category("title", titles, "\"{domain} Intern\""));
        t.add(category("domain", sc.internship.domains.labels(), "Work domain"));
        t.add(list("required_skills", skills, "Distinct skills from the domain's pool"));
        t.add(text("description", "One sentence naming the company and domain"));
        t.add(numeric("stipend", ColumnType::Int64, sc.internship.stipendMin,
                      sc.internship.stipendMax, "INR per month",
                      "Monthly stipend, truncated normal per company group", 0));
        t.add(numeric("duration", ColumnType::Int64, durLo, durHi, "months", "Duration", 0));
        t.add(category("location", cities, "City of the internship"));
        t.add(numeric("positions_available", ColumnType::Int64, double(posLo), double(posHi),
                      "positions", "Openings, by company size", 0));
        t.add(numeric("application_deadline", ColumnType::Date,
                      ref - double(sc.internship.createdWithinDays) * day,
                      ref + double(sc.internship.deadlineWithinDays) * day, "date",
                      "Active: after the reference date; inactive: before it", 0));
        t.add(category("company_size", sizes, "The company's size"));
        t.add(category("industry", industries, "The company's industry"));
        t.add(category("remote_work", sc.internship.remoteWork.labels(), "Remote mode"));
        t.add(category("experience_level", sc.internship.experienceLevel.labels(),
                       "Experience sought"));
        t.add(numeric("created_at", ColumnType::Timestamp,
                      ref - double(sc.internship.createdWithinDays) * day, ref, "timestamp",
                      "Posting time", 0));
        ColumnSpec active
                = numeric("is_active", ColumnType::Bool, 0, 1, "", "Open for applications", 0);
        t.add(active);
    }
    // interactions
    {
        Table &t = d.interactions;
        t.name = "interactions";
        double spentHi = 0, pagesHi = 0, spentLo = 1e18, pagesLo = 1e18;
        for (const auto &[type, r] : sc.interaction.timeSpent) {
            spentLo = std::min(spentLo, double(r.min));
            spentHi = std::max(spentHi, double(r.max));
        }
        for (const auto &[type, r] : sc.interaction.pageViews) {
            pagesLo = std::min(pagesLo, double(r.min));
            pagesHi = std::max(pagesHi, double(r.max));
        }
        t.add(idSpec("interaction_id", "ACT_", nInteractions, "Interaction identifier"));
        t.add(fkSpec("student_id", "STU_", nStudents, "students", "The student"));
        t.add(fkSpec("internship_id", "INT_", nInternships, "internships", "The internship"));
        ColumnSpec type
                = category("interaction_type", sc.interaction.types.labels(),
                           "Funnel step; shortlist and reject are the employer's closing step of "
                           "an application, recorded after its outcome was decided");
        for (const char *closing : {"shortlist", "reject"})
            if (sc.interaction.types.indexOf(closing) >= 0)
                type.postOutcomeValues.push_back(closing);
        t.add(std::move(type));
        t.add(numeric("timestamp", ColumnType::Timestamp,
                      ref - double(sc.interaction.windowDays) * day, ref, "timestamp",
                      "When; ordered along each engagement's funnel", 0));
        ColumnSpec session
                = idSpec("session_id", "SES_", nInteractions, "Engagement (session) identifier");
        session.role = ColumnRole::Feature;
        t.add(session);
        t.add(category("device_type", sc.interaction.device.labels(), "Device"));
        t.add(category("source", sc.interaction.source.labels(), "Traffic source"));
        t.add(numeric("time_spent", ColumnType::Int64, spentLo, spentHi, "seconds",
                      "Time on page, by type", 0));
        t.add(numeric("page_views", ColumnType::Int64, pagesLo, pagesHi, "pages",
                      "Pages viewed, by type", 0));
        t.add(category(
                "ip_address", {},
                "From the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24"));
        t.add(category("user_agent", {}, "Browser user agent, by device"));
    }
    // outcomes
    {
        Table &t = d.outcomes;
        t.name = "outcomes";
        // One outcome per apply: at most the interaction count.
        t.add(idSpec("outcome_id", "OUT_", nInteractions, "Outcome identifier"));
        t.add(fkSpec("interaction_id", "ACT_", nInteractions, "interactions",
                     "The apply interaction"));
        t.add(fkSpec("student_id", "STU_", nStudents, "students", "The applicant"));
        t.add(fkSpec("internship_id", "INT_", nInternships, "internships", "The internship"));
        t.add(category("application_status", {"selected", "rejected"}, "Outcome",
                       ColumnRole::Label));
        t.add(numeric("application_date", ColumnType::Timestamp,
                      ref - double(sc.interaction.windowDays) * day, ref, "timestamp",
                      "Time of the apply interaction", 0));
        t.add(numeric("selection_date", ColumnType::Date,
                      ref - double(sc.interaction.windowDays) * day, ref + 60 * day, "date",
                      "Decision date: selected +7-59 days, rejected +3-29", 0,
                      ColumnRole::PostOutcome));
        t.add(numeric("interview_rounds", ColumnType::Int64, 0, 4, "rounds",
                      "Selected 2-4, rejected 0-2", 0, ColumnRole::PostOutcome));
        t.add(category("final_decision", {"accepted", "rejected"}, "Decision",
                       ColumnRole::PostOutcome));
        t.add(numeric("feedback_score", ColumnType::Double, 2, 5, "score",
                      "Selected 4-5, rejected 2-4", 1, ColumnRole::PostOutcome));
        ColumnSpec reason = category("rejection_reason", sc.outcome.rejectionReasons,
                                     "Why the application was rejected; empty when selected",
                                     ColumnRole::PostOutcome);
        reason.nullable = true;
        t.add(reason);
        t.add(numeric("success", ColumnType::Int64, 0, 1, "", "1 when selected", 0,
                      ColumnRole::Label));
        t.add(numeric(
                "true_probability", ColumnType::Double, 0, 1, "probability",
                "The generator's success probability (ground truth at full precision; exported on request)",
                ColumnSpec::kRoundTrip, ColumnRole::GroundTruth));
    }
    for (const ColumnDecl &c : sc.columns) {
        Table *t = d.find(c.table);
        if (!t)
            continue;
        ColumnSpec spec = declaredSpec(c);
        // Empty where its condition is empty.
        const auto dot = c.given.find('.');
        const Table *from = dot == std::string::npos ? t : d.find(c.given.substr(0, dot));
        const Column *condition
                = from ? from->find(dot == std::string::npos ? c.given : c.given.substr(dot + 1))
                       : nullptr;
        spec.nullable = spec.nullable || (condition && condition->spec.nullable);
        t->add(std::move(spec));
    }
    return d;
}

} // namespace pmis
