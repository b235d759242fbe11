#pragma once
// JSON documents of the recommender's results for `pmis-gen --json`: every figure the GUI shows.
// Keys are stable (insertion order); numbers are plain JSON numbers, nulls where a field is unknown.

#include "core/rec/evaluation.h"
#include "core/rec/recommender.h"
#include "core/rec/shortlist.h"

#include <string>

namespace pmis::rec {

std::string recommendationsJson(const Recommender &recommender,
                                const StudentRecommendations &result, const BlendWeights &weights,
                                const Eligibility &rule);
std::string shortlistJson(const Recommender &recommender, const ShortlistResult &result,
                          const ShortlistOptions &options);
// With an audit of fair shortlists (and its groups) when one was run.
std::string evaluationJson(const EvaluationReport &report, const ShortlistAudit *audit = nullptr,
                           const std::vector<GroupSpec> &groups = {});

} // namespace pmis::rec
