// Children per parent, skills no student holds, the success rate, contact data and deadlines.
#include "core/quality/checks_internal.h"

#include "core/data/key_index.h"
#include "core/quality/noise_band.h"
#include "core/util/ascii.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace pmis::quality::detail {
namespace {

// Poisson counts have variance = mean: a dispersion near 1 means parents were picked uniformly.
constexpr double kUniformDispersion = 1.2;

void childrenPerParent(Context &ctx, const Table &child, const std::string &key,
                       const Table &parent, const Text &what, double expectedMean)
{
    const Column *fk = child.find(key);
    const Column *pk = primaryKeyColumn(parent);
    if (!fk || !pk || fk->spec.type != ColumnType::Id || parent.rowCount() == 0)
        return;
    const KeyIndex index(*pk);
    std::vector<std::size_t> per(parent.rowCount(), 0);
    for (std::size_t r = 0; r < fk->size(); ++r)
        if (const std::int64_t p = fk->isNull(r) ? -1 : index.rowOf(fk->ints[r]); p >= 0)
            ++per[std::size_t(p)];
    const double n = double(per.size());
    double mean = 0, sq = 0;
    std::size_t none = 0, most = 0;
    for (std::size_t v : per) {
        mean += double(v);
        none += v == 0;
        most = std::max(most, v);
    }
    mean /= n;
    for (std::size_t v : per)
        sq += (double(v) - mean) * (double(v) - mean);
    const double variance = per.size() > 1 ? sq / (n - 1) : 0;
    const double dispersion = mean > 0 ? variance / mean : 0;

    Check &c = ctx.add("shape." + child.name + "_per_"
                               + parent.name.substr(0, parent.name.size() - 1),
                       "shape", child.name, key);
    c.metric = "mean";
    c.measured = mean;
    c.expected = expectedMean;
    const Text summary = tx(
            "%1: mean %2, max %3, %4 with none, variance/mean %5",
            {what, number(mean, 2), count(most), percent(double(none) / n), number(dispersion, 2)});
    if (mean >= 2 && dispersion < kUniformDispersion) {
        c.status = CheckStatus::Warn;
        c.setReason(tx("%1: as flat as uniformly random picks, so there is no preference or "
                       "popularity to learn. Draw activity and choices from skewed, feature-driven "
                       "laws.",
                       {summary}));
    } else {
        c.setReason(tx("%1.", {summary}));
    }
    // Histogram: 0 .. 19 and 20+.
    constexpr std::size_t kBins = 21;
    std::vector<double> bins(kBins, 0);
    for (std::size_t v : per)
        bins[std::min(v, kBins - 1)] += 1 / n;
    c.chart.kind = CheckChart::Kind::Shares;
    for (std::size_t b = 0; b < kBins; ++b)
        c.chart.labels.push_back(b + 1 < kBins ? std::to_string(b) : std::to_string(b) + "+");
    c.chart.realized = bins;
}

std::size_t typeCount(const Table &interactions, const char *type)
{
    const Column *c = interactions.find("interaction_type");
    if (!c || c->spec.type != ColumnType::Category)
        return 0;
    const std::int32_t code = c->codeOf(type);
    return std::size_t(std::count(c->codes.begin(), c->codes.end(), code));
}

bool reservedDomain(std::string_view email)
{
    const auto at = email.rfind('@');
    if (at == std::string_view::npos)
        return false;
    const std::string domain = asciiLower(email.substr(at + 1));
    const auto endsWith = [&](std::string_view s) {
        return domain.size() >= s.size()
               && domain.compare(domain.size() - s.size(), s.size(), s) == 0
               && (domain.size() == s.size() || domain[domain.size() - s.size() - 1] == '.');
    };
    // RFC 2606 / 6761 names that never reach anyone.
    return endsWith("example.org") || endsWith("example.com") || endsWith("example.net")
           || endsWith("example") || endsWith("test") || endsWith("invalid")
           || endsWith("localhost");
}

} // namespace

void shapeChecks(Context &ctx)
{
    const Dataset &d = ctx.data;
    const Scenario *s = ctx.scenario;
    const double nan = Check::kNone;
    childrenPerParent(ctx, d.interactions, "student_id", d.students, tx("Interactions per student"),
                      s ? double(s->interactions) / double(s->students) : nan);
    childrenPerParent(ctx, d.interactions, "internship_id", d.internships,
                      tx("Interactions per internship"),
                      s ? double(s->interactions) / double(s->internships) : nan);
    const double applies = double(typeCount(d.interactions, "apply"));
    childrenPerParent(ctx, d.outcomes, "student_id", d.students, tx("Applications per student"),
                      s ? applies / double(s->students) : nan);
    childrenPerParent(ctx, d.outcomes, "internship_id", d.internships,
                      tx("Applications per internship"),
                      s ? applies / double(s->internships) : nan);
}

void skillChecks(Context &ctx)
{
    const Column *required = ctx.data.internships.find("required_skills");
    const Column *held = ctx.data.students.find("skills");
    if (!required || !held || required->spec.type != ColumnType::StringList
        || held->spec.type != ColumnType::StringList)
        return;
    std::vector<std::uint8_t> heldCode(held->dict.size(), 0);
    for (std::int32_t code : held->codes)
        heldCode[std::size_t(code)] = 1;
    std::set<std::string_view> studentSkills;
    for (std::size_t code = 0; code < held->dict.size(); ++code)
        if (heldCode[code])
            studentSkills.insert(held->dict[code]);
    std::vector<std::uint8_t> unmatched(required->dict.size(), 0);
    std::vector<std::string> names;
    for (std::size_t k = 0; k < required->dict.size(); ++k)
        unmatched[k] = !studentSkills.count(required->dict[k]);
    std::size_t internships = 0;
    std::vector<std::uint8_t> used(required->dict.size(), 0);
    for (std::size_t r = 0; r < required->size(); ++r) {
        if (required->isNull(r))
            continue;
        bool any = false;
        for (std::size_t i = 0; i < required->listSize(r); ++i) {
            const auto code = std::size_t(required->listCode(r, i));
            if (unmatched[code]) {
                any = true;
                if (!used[code]++)
                    names.push_back(required->dict[code]);
            }
        }
        internships += any;
    }
    Check &c = ctx.add("skills.required_unmatched", "integrity", "internships", "required_skills");
    c.metric = "skills no student holds";
    c.measured = double(names.size());
    c.expected = c.high = 0;
    if (names.empty()) {
        c.setReason(tx("Every required skill is held by at least one student."));
        return;
    }
    c.status = CheckStatus::Fail;
    c.setReason(tx("%1 required skills are held by no student (%2), affecting %3 internships: they "
                   "can never be matched. Add them to the students' skill pools or require other "
                   "skills.",
                   {count(names.size()), examples(names), count(internships)}));
}

void outcomeChecks(Context &ctx)
{
    const Table &o = ctx.data.outcomes;
    const Column *success = o.find("success");
    if (!success || !success->isNumeric() || o.rowCount() == 0)
        return;
    std::size_t wins = 0, values = 0;
    for (std::size_t r = 0; r < success->size(); ++r)
        if (!success->isNull(r)) {
            ++values;
            wins += success->number(r) == 1;
        }
    const double rate = values ? double(wins) / double(values) : 0;
    Check &c = ctx.add("outcome.success_rate", "outcome", "outcomes", "success");
    c.metric = "rate";
    c.measured = rate;
    const Text head = tx("Success rate %1 (%2 of %3)", {percent(rate), count(wins), count(values)});
    if (!ctx.scenario) {
        c.setReason(tx("%1; no target to compare with.", {head}));
    } else {
        const OutcomeSpec &sp = ctx.scenario->outcome;
        const double p = sp.successRate;
        c.expected = p;
        const bool exact = sp.mode == ShareMode::Exact;
        // |rate - p| is the total-variation distance of the two-label share.
        const double band = exact ? 1.0 / double(std::max<std::size_t>(values, 1))
                                  : shareBand({p, 1 - p}, values, sp.mode);
        c.low = std::max(0.0, p - band);
        c.high = p + band;
        const double off = std::abs(rate - p);
        const Text range = tx("[%1, %2]", {percent(c.low), percent(c.high)});
        if (off <= band + 1e-12) {
            c.setReason(tx("%1, inside the 99% band %2 around the target %3.",
                           {head, range, percent(p)}));
        } else if (!exact && off <= 2 * band) {
            c.status = CheckStatus::Warn;
            c.setReason(tx("%1, just outside the 99% band %2 around the target %3. Sampling does "
                           "this about once in 100 datasets; exact mode meets the rate exactly.",
                           {head, range, percent(p)}));
        } else {
            c.status = CheckStatus::Fail;
            c.setReason(tx("%1 is far from the target %2 (99% band %3). Too few seats or a wrong "
                           "intercept can cause this.",
                           {head, percent(p), range}));
        }
        c.chart.kind = CheckChart::Kind::Shares;
        c.chart.labels = {"selected", "rejected"};
        c.chart.target = {p, 1 - p};
        c.chart.realized = {rate, 1 - rate};
        c.chart.bandLow = {c.low, 1 - c.high};
        c.chart.bandHigh = {c.high, 1 - c.low};
    }
    // The label and the status say the same thing.
    if (const Column *status = o.find("application_status");
        status && status->spec.type == ColumnType::Category) {
        const std::int32_t selected = status->codeOf("selected");
        std::size_t bad = 0;
        for (std::size_t r = 0; r < o.rowCount(); ++r)
            if (!status->isNull(r) && !success->isNull(r)
                && (status->codes[r] == selected) != (success->number(r) == 1))
                ++bad;
        Check &k
                = ctx.add("outcome.label_consistency", "outcome", "outcomes", "application_status");
        k.metric = "disagreements";
        k.measured = double(bad);
        k.expected = k.high = 0;
        k.status = bad ? CheckStatus::Fail : CheckStatus::Pass;
        k.setReason(bad ? tx("%1 outcomes have success and application_status disagreeing. Make "
                             "success 1 exactly when the status is selected.",
                             {count(bad)})
                        : tx("success is 1 exactly when application_status is selected."));
    }
}

void privacyChecks(Context &ctx)
{
    const Column *email = ctx.data.students.find("email");
    if (!email || email->spec.type != ColumnType::Text)
        return;
    std::size_t values = 0, real = 0;
    std::vector<std::string> shown;
    for (std::size_t r = 0; r < email->size(); ++r) {
        if (email->isNull(r))
            continue;
        ++values;
        if (!reservedDomain(email->texts[r])) {
            ++real;
            const std::string &e = email->texts[r];
            const std::string domain
                    = e.substr(e.rfind('@') == std::string::npos ? 0 : e.rfind('@') + 1);
            if (std::find(shown.begin(), shown.end(), domain) == shown.end() && shown.size() < 5)
                shown.push_back(domain);
        }
    }
    Check &c = ctx.add("privacy.students.email", "privacy", "students", "email");
    c.metric = "share at reserved domains";
    c.measured = values ? double(values - real) / double(values) : 1.0;
    c.expected = c.low = 1.0;
    c.status = real ? CheckStatus::Warn : CheckStatus::Pass;
    c.setReason(real ? tx("%1 synthetic e-mail addresses use domains that may reach real people "
                          "(%2). Use example.org or another reserved domain.",
                          {count(real), examples(shown)})
                     : tx("Every e-mail address is under a reserved domain (example.org and the "
                          "like)."));
}

void deadlineChecks(Context &ctx)
{
    const Table &in = ctx.data.internships;
    const Column *active = in.find("is_active");
    const Column *deadline = in.find("application_deadline");
    if (!ctx.scenario || !active || !deadline || !active->isNumeric() || !deadline->isNumeric())
        return;
    const double ref = double(ctx.scenario->referenceSeconds());
    std::size_t bad = 0, values = 0;
    for (std::size_t r = 0; r < in.rowCount(); ++r) {
        if (active->isNull(r) || deadline->isNull(r))
            continue;
        ++values;
        const bool open = active->number(r) != 0;
        bad += open != (deadline->number(r) >= ref);
    }
    Check &c = ctx.add("consistency.internships.deadline", "integrity", "internships", "is_active");
    c.metric = "share consistent";
    c.measured = values ? double(values - bad) / double(values) : 1.0;
    c.expected = c.low = 1.0;
    c.status = bad ? CheckStatus::Warn : CheckStatus::Pass;
    c.setReason(bad ? tx("%1 internships are active with a past deadline or inactive with a future "
                         "one (reference date %2).",
                         {count(bad), ctx.scenario->referenceDate})
                    : tx("Active internships have deadlines on or after the reference date, "
                         "inactive ones before it."));
}

} // namespace pmis::quality::detail
