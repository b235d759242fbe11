#include "core/scenario/scenario.h"

#include "core/util/civil_time.h"

namespace pmis {

std::vector<std::string> ShareTable::labels() const
{
    std::vector<std::string> out;
    out.reserve(shares.size());
    for (const Share &s : shares)
        out.push_back(s.label);
    return out;
}

std::vector<double> ShareTable::probabilities() const
{
    double total = 0;
    for (const Share &s : shares)
        total += s.weight;
    std::vector<double> out;
    out.reserve(shares.size());
    for (const Share &s : shares)
        out.push_back(total > 0 ? s.weight / total : 0.0);
    return out;
}

int ShareTable::indexOf(const std::string &label) const
{
    for (std::size_t i = 0; i < shares.size(); ++i) {
        if (shares[i].label == label)
            return int(i);
    }
    return -1;
}

std::size_t Scenario::companyCount() const
{
    std::size_t n = 0;
    for (const CompanyCategory &c : companyCategories)
        n += c.names.size();
    return n;
}

std::vector<std::string> Scenario::allSkills() const
{
    std::vector<std::string> out;
    for (const auto &[category, skills] : skillCategories)
        out.insert(out.end(), skills.begin(), skills.end());
    return out;
}

std::int64_t Scenario::referenceSeconds() const
{
    const auto days = parseIsoDate(referenceDate);
    return days ? *days * kSecondsPerDay : 0;
}

} // namespace pmis
