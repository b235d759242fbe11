#include "core/rec/feedback.h"

#include <algorithm>

namespace pmis::rec {

std::int64_t Feedback::find(std::size_t s, std::int32_t i) const
{
    const auto begin = item.begin() + offset[s], end = item.begin() + offset[s + 1];
    const auto it = std::lower_bound(begin, end, i);
    return it != end && *it == i ? std::int64_t(it - item.begin()) : -1;
}

Feedback buildFeedback(const RecData &data, const EventWeights &weights,
                       const std::vector<std::uint8_t> *keep, bool outcomesApply)
{
    Feedback f;
    f.students = data.students;
    f.internships = data.internships;
    f.offset.assign(data.students + 1, 0);
    std::vector<std::vector<std::int32_t>> extraApplied(outcomesApply ? data.students : 0);
    if (outcomesApply)
        for (const OutcomeRow &o : data.outcomes)
            extraApplied[std::size_t(o.student)].push_back(o.internship);
    struct Entry
    {
        std::int32_t item;
        double weight;
        std::uint8_t applied;
    };
    std::vector<Entry> entries;
    for (std::size_t s = 0; s < data.students; ++s) {
        entries.clear();
        for (std::uint32_t e = data.eventOffset[s]; e < data.eventOffset[s + 1]; ++e) {
            if (keep && !(*keep)[e])
                continue;
            const Event &ev = data.events[e];
            const bool applied = ev.type == EventType::Apply || ev.type == EventType::Shortlist
                                 || ev.type == EventType::Reject;
            // A post-outcome row (the employer's closing step) says the student applied, but is not
            // the student's preference: it carries no weight of its own.
            const double w = ev.postOutcome ? 0.0 : std::max(0.0, weights.of(ev.type));
            entries.push_back({ev.internship, w, std::uint8_t(applied)});
        }
        if (outcomesApply)
            for (std::int32_t i : extraApplied[s])
                entries.push_back({i, 0.0, 1});
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.item < b.item; });
        for (std::size_t k = 0; k < entries.size();) {
            Entry merged = entries[k];
            for (++k; k < entries.size() && entries[k].item == merged.item; ++k) {
                merged.weight = std::max(merged.weight, entries[k].weight);
                merged.applied |= entries[k].applied;
            }
            f.item.push_back(merged.item);
            f.weight.push_back(merged.weight);
            f.applied.push_back(merged.applied);
        }
        f.offset[s + 1] = std::uint32_t(f.item.size());
    }
    return f;
}

} // namespace pmis::rec
