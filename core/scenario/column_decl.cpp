// Declared columns: their laws' value sets, and the columns they may be conditioned on.
#include "core/scenario/scenario.h"

#include <algorithm>
#include <cmath>

namespace pmis {
namespace {

void appendNew(std::vector<std::string> &to, const std::vector<std::string> &values)
{
    for (const std::string &v : values)
        if (std::find(to.begin(), to.end(), v) == to.end())
            to.push_back(v);
}

} // namespace

std::vector<std::string> Distribution::labels() const
{
    return isCategorical() ? shares.labels() : std::vector<std::string>();
}

std::vector<double> Distribution::probabilities() const
{
    if (kind == LawKind::Categorical)
        return shares.probabilities();
    if (kind != LawKind::Zipf)
        return {};
    std::vector<double> out;
    double total = 0;
    for (std::size_t r = 0; r < shares.shares.size(); ++r) {
        out.push_back(std::pow(double(r + 1), -exponent));
        total += out.back();
    }
    for (double &p : out)
        p /= total;
    return out;
}

int Distribution::decimals() const
{
    if (isCategorical() || isWhole())
        return 0;
    // The fewest digits that show every multiple of the step exactly (0.25 needs 2, 500 needs 0).
    for (int d = 0; d < 6; ++d) {
        const double scaled = roundTo * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled))
            return d;
    }
    return 6;
}

std::vector<std::string> ColumnDecl::labels() const
{
    if (given.empty())
        return law.labels();
    std::vector<std::string> out;
    for (const auto &[value, l] : laws)
        appendNew(out, l.labels());
    return out;
}

std::vector<std::string> builtinColumns(std::string_view table)
{
    if (table == "companies")
        return {"company_id",       "company_name", "category",
                "industry",         "size",         "location",
                "reputation_score", "growth_rate",  "employee_satisfaction",
                "founded_year",     "website",      "linkedin_url",
                "description"};
    if (table == "students")
        return {"student_id",   "college_tier", "university",      "cgpa",
                "stream",       "skills",       "interests",       "rural_urban",
                "location",     "gender",       "graduation_year", "previous_experience",
                "linkedin_url", "github_url",   "portfolio_url",   "phone",
                "email",        "created_at"};
    if (table == "internships")
        return {"internship_id",
                "company_id",
                "company",
                "title",
                "domain",
                "required_skills",
                "description",
                "stipend",
                "duration",
                "location",
                "positions_available",
                "application_deadline",
                "company_size",
                "industry",
                "remote_work",
                "experience_level",
                "created_at",
                "is_active"};
    if (table == "outcomes")
        return {"outcome_id",         "interaction_id",   "student_id",       "internship_id",
                "application_status", "application_date", "selection_date",   "interview_rounds",
                "final_decision",     "feedback_score",   "rejection_reason", "success",
                "true_probability"};
    return {};
}

std::optional<std::vector<std::string>> conditionValues(const Scenario &s, std::string_view table,
                                                        std::string_view column)
{
    const auto sizes = [&] {
        std::vector<std::string> out;
        for (const auto &[size, range] : s.internship.positions)
            out.push_back(size);
        return out;
    };
    const auto industries = [&] {
        std::vector<std::string> out;
        for (const CompanyCategory &c : s.companyCategories)
            appendNew(out, c.industries);
        return out;
    };
    if (column == "location" && table != "outcomes")
        return s.student.cities.labels();
    if (table == "students") {
        if (column == "college_tier")
            return s.student.tiers.labels();
        if (column == "stream")
            return s.student.streams.labels();
        if (column == "rural_urban")
            return s.student.ruralUrban.labels();
        if (column == "gender")
            return s.student.gender.labels();
        if (column == "previous_experience")
            return s.student.experience.labels();
    } else if (table == "internships") {
        if (column == "domain")
            return s.internship.domains.labels();
        if (column == "remote_work")
            return s.internship.remoteWork.labels();
        if (column == "experience_level")
            return s.internship.experienceLevel.labels();
        if (column == "company_size")
            return sizes();
        if (column == "industry")
            return industries();
    } else if (table == "companies") {
        if (column == "category") {
            std::vector<std::string> out;
            for (const CompanyCategory &c : s.companyCategories)
                out.push_back(c.label);
            return out;
        }
        if (column == "size")
            return sizes();
        if (column == "industry")
            return industries();
    } else if (table == "outcomes") {
        if (column == "application_status")
            return std::vector<std::string>{"selected", "rejected"};
        if (column == "final_decision")
            return std::vector<std::string>{"accepted", "rejected"};
    }
    for (const ColumnDecl &d : s.columns)
        if (d.table == table && d.name == column && d.first().isCategorical())
            return d.labels();
    return std::nullopt;
}

} // namespace pmis
