// Success by group (college tier, gender, rural/urban) next to the scenario's bias term for each
// group. With every bias term at zero the groups still differ, through CGPA and skills drawn per
// tier; the check shows how much, so nobody reads a structural gap as a bias term or the other way
// round. Informational: it passes, and its chart shows each group's rate against the band the rate
// would fall in if success did not depend on the group.
#include "core/data/key_index.h"
#include "core/quality/checks_internal.h"

#include <algorithm>
#include <cmath>

namespace pmis::quality::detail {
namespace {

double biasOf(const Scenario *s, const std::string &column, const std::string &label)
{
    if (!s)
        return std::nan("");
    const OutcomeSpec &o = s->outcome;
    const auto in = [&](const std::vector<std::pair<std::string, double>> &map) {
        for (const auto &[k, v] : map)
            if (k == label)
                return v;
        return 0.0;
    };
    if (column == "college_tier")
        return in(o.tierBias);
    if (column == "gender")
        return in(o.genderBias);
    if (column == "rural_urban")
        return label == "rural" ? o.ruralBias : 0.0;
    return 0.0;
}

} // namespace

void groupChecks(Context &ctx)
{
    const Dataset &d = ctx.data;
    const Table &o = d.outcomes;
    const Column *success = o.find("success");
    const Column *fk = o.find("student_id");
    const Column *pk = primaryKeyColumn(d.students);
    if (!success || !success->isNumeric() || !fk || fk->spec.type != ColumnType::Id || !pk
        || !o.rowCount())
        return;
    const KeyIndex students(*pk);
    std::size_t wins = 0, values = 0;
    for (std::size_t r = 0; r < o.rowCount(); ++r)
        if (!success->isNull(r)) {
            ++values;
            wins += success->number(r) != 0;
        }
    if (!values)
        return;
    const double overall = double(wins) / double(values);
    for (const char *name : {"college_tier", "gender", "rural_urban"}) {
        const Column *group = d.students.find(name);
        if (!group || group->spec.type != ColumnType::Category)
            continue;
        std::vector<std::size_t> applied(group->dict.size(), 0), won(group->dict.size(), 0);
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            const std::int64_t s = fk->isNull(r) ? -1 : students.rowOf(fk->ints[r]);
            if (s < 0 || success->isNull(r) || group->isNull(std::size_t(s)))
                continue;
            const auto g = std::size_t(group->codes[std::size_t(s)]);
            ++applied[g];
            won[g] += success->number(r) != 0;
        }
        Check &c = ctx.add(std::string("outcome.success_by_group.") + name, "outcome", "students",
                           name);
        c.metric = "highest / lowest rate";
        c.chart.kind = CheckChart::Kind::Shares;
        double lo = 1, hi = 0;
        Text parts;
        bool anyBias = false;
        for (std::size_t g = 0; g < applied.size(); ++g) {
            if (!applied[g])
                continue;
            const double rate = double(won[g]) / double(applied[g]);
            lo = std::min(lo, rate);
            hi = std::max(hi, rate);
            // Where the rate would fall (99%) if success did not depend on the group.
            const double band = 2.576 * std::sqrt(overall * (1 - overall) / double(applied[g]));
            c.chart.labels.push_back(group->dict[g]);
            c.chart.target.push_back(overall);
            c.chart.realized.push_back(rate);
            c.chart.bandLow.push_back(std::max(0.0, overall - band));
            c.chart.bandHigh.push_back(std::min(1.0, overall + band));
            const double bias = biasOf(ctx.scenario, name, group->dict[g]);
            anyBias = anyBias || (std::isfinite(bias) && bias != 0);
            Text part = std::isfinite(bias)
                                ? tx("%1 %2 of %3 (bias %4)", {group->dict[g], percent(rate),
                                                               count(applied[g]), number(bias, 2)})
                                : tx("%1 %2 of %3",
                                     {group->dict[g], percent(rate), count(applied[g])});
            parts = parts.pattern.empty() && parts.literal.empty()
                            ? std::move(part)
                            : tx("%1; %2", {std::move(parts), std::move(part)});
        }
        c.measured = lo > 0 ? hi / lo : std::nan("");
        Text tail;
        if (!ctx.scenario)
            tail = tx("No scenario: the bias terms that made the data are not known.");
        else if (anyBias)
            tail = tx("The scenario sets bias terms for this attribute; the gap also includes what "
                      "CGPA, skills and city contribute.");
        else
            tail = tx(
                    "Every bias term for this attribute is zero: the gap comes from features that "
                    "differ by group (CGPA and skills are drawn per tier), not from a bias term.");
        c.setReason(tx("Success by %1: %2. Overall %3. %4",
                       {std::string(name), std::move(parts), percent(overall), std::move(tail)}));
    }
}

} // namespace pmis::quality::detail
