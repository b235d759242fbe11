#pragma once
// The figures behind the studio's Overview dashboard, computed from a generated dataset in one
// pass per table. Pure: safe to run on a worker thread while the dataset is only read.

#include "core/data/table.h"
#include "core/scenario/scenario.h"
#include "core/stats/histogram.h"

#include <string>
#include <vector>

namespace pmis {

struct LabelledValues
{
    std::vector<std::string> labels;
    std::vector<double> values;
};

// A count the scenario says was published (registered candidates, offers, joined) beside the same
// count in the data.
struct PublishedBar
{
    std::string figure; // "Offers"
    std::string source; // "PTI 2025-02-04"
    double published = 0;
    double generated = 0;
    bool met = false; // inside the quality report's band
};

struct OverviewStats
{
    LabelledValues tierMix; // students per college tier, in the tiers' declared order
    std::vector<std::string> cgpaTiers;
    std::vector<Histogram> cgpaByTier;    // CGPA over [0, 10] in 0.25 steps, one per tier
    LabelledValues cities;                // students per home city, most first
    std::vector<std::string> topSkills;   // the 20 skills most students hold, most first
    std::vector<double> skillStudents;    // students holding each
    std::vector<double> skillInternships; // internships requiring each
    Histogram stipend;                    // INR per month
    LabelledValues internshipsPerGroup;   // internships per company group (companies.category)
    Histogram interactionsPerStudent;
    LabelledValues funnel;        // view, apply, shortlist, selected
    LabelledValues successByTier; // selected per application, in percent
    LabelledValues ruralUrban;
    LabelledValues gender;
    // The published counts of the scenario the data was generated from, in its order (the
    // funnel from registration to joining in a pilot preset); shares are left to the quality
    // report. Empty without such figures.
    std::vector<PublishedBar> published;
};

// The figures of `data`, with the published counts of `published` measured on it when given.
OverviewStats computeOverview(const Dataset &data,
                              const std::vector<PublishedFigure> *published = nullptr);

} // namespace pmis
