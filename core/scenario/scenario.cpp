#include "core/scenario/scenario.h"

#include "core/util/civil_time.h"

#include <cmath>

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

namespace {

// "12.3%" in the C locale whatever the process locale (printf's %f follows LC_NUMERIC).
std::string percentText(double share)
{
    const long tenths = std::lround(share * 1000.0);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

} // namespace

std::vector<TargetConflict> funnelConflicts(const Scenario &s)
{
    std::vector<TargetConflict> out;
    const ShareTable &types = s.interaction.types;
    const auto p = types.probabilities();
    const auto share = [&](const char *label) {
        const int k = types.indexOf(label);
        return k < 0 ? 0.0 : p[std::size_t(k)];
    };
    const double view = share("view"), apply = share("apply"), shortlist = share("shortlist"),
                 reject = share("reject");
    constexpr double kSlack = 1e-12;
    const auto add = [&out](const char *path, Text text, TargetConflict::Kind kind, double value,
                            double limit) {
        std::string message = text.english();
        out.push_back({path, std::move(message), std::move(text), kind, value, limit});
    };
    if (apply > view + kSlack)
        add("$.interactions.types.shares",
            Text::of("apply (%1 of interactions) outnumbers view (%2), but every application "
                     "follows a view; give view at least apply's weight",
                     {percentText(apply), percentText(view)}),
            TargetConflict::Kind::ApplyOverView, apply, view);
    if (shortlist + reject > apply + kSlack)
        add("$.interactions.types.shares",
            Text::of("shortlist and reject together (%1 of interactions) outnumber apply (%2), "
                     "but each closes one application; lower them or raise apply",
                     {percentText(shortlist + reject), percentText(apply)}),
            TargetConflict::Kind::ClosingOverApply, shortlist + reject, apply);
    const double rate = s.outcome.successRate;
    if (apply > 0 && rate > shortlist / apply + kSlack)
        add("$.outcomes.success_rate",
            Text::of("a success rate of %1 needs at least that share of applications to end in "
                     "shortlist, but shortlist (%2 of interactions) is only %3 of apply (%4); "
                     "lower the success rate to at most %3 or raise shortlist's share",
                     {percentText(rate), percentText(shortlist), percentText(shortlist / apply),
                      percentText(apply)}),
            TargetConflict::Kind::RateOverShortlist, rate, shortlist / apply);
    return out;
}

double expectedSeats(const Scenario &s)
{
    std::size_t companies = 0;
    double positions = 0; // summed over companies: the mean positions of each one's internships
    for (const CompanyCategory &cat : s.companyCategories) {
        const auto p = cat.size.probabilities();
        double mean = 0;
        for (std::size_t k = 0; k < p.size(); ++k) {
            IntRange range{1, 1};
            for (const auto &[label, r] : s.internship.positions)
                if (label == cat.size.shares[k].label)
                    range = r;
            mean += p[k] * 0.5 * double(range.min + range.max);
        }
        companies += cat.names.size();
        positions += double(cat.names.size()) * mean;
    }
    return companies == 0 ? 0.0 : double(s.internships) * positions / double(companies);
}

double expectedApplications(const Scenario &s)
{
    const ShareTable &types = s.interaction.types;
    const int k = types.indexOf("apply");
    if (k < 0)
        return 0;
    const auto p = types.probabilities();
    return double(s.interactions) * p[std::size_t(k)];
}

} // namespace pmis
