#pragma once
// Implicit feedback per student: each distinct internship a student interacted with, weighted by
// the strongest of its events (view 1, shortlist 3, apply 5, reject 0 by default). An internship
// with only zero-weight events is seen but not a positive signal. Rows the schema marks as
// post-outcome (interaction_type shortlist, reject: the employer's closing step) count as applied
// but carry no weight.

#include "core/rec/rec_data.h"

#include <cstdint>
#include <vector>

namespace pmis::rec {

struct Feedback
{
    std::size_t students = 0;
    std::size_t internships = 0;
    std::vector<std::uint32_t> offset; // students + 1 entries
    std::vector<std::int32_t> item;    // internship rows, increasing per student
    std::vector<double> weight;        // the strongest event weight (>= 0)
    std::vector<std::uint8_t> applied; // 1 when the student applied (apply, shortlist or reject)

    std::size_t count(std::size_t s) const { return offset[s + 1] - offset[s]; }
    // Index of (s, i) in item/weight/applied, or -1 when the student did not interact with i.
    std::int64_t find(std::size_t s, std::int32_t i) const;
    bool seen(std::size_t s, std::int32_t i) const { return find(s, i) >= 0; }
    bool hasApplied(std::size_t s, std::int32_t i) const
    {
        const auto k = find(s, i);
        return k >= 0 && applied[std::size_t(k)];
    }
};

// Feedback from the data's events; `keep` (one flag per entry of data.events) selects a subset,
// e.g. a training split. Outcomes count as applications too when `outcomesApply` is set.
Feedback buildFeedback(const RecData &data, const EventWeights &weights = {},
                       const std::vector<std::uint8_t> *keep = nullptr, bool outcomesApply = false);

} // namespace pmis::rec
