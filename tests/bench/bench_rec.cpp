// Recommender speed: success-model training on pmis-2025 outcomes, top-10 for one student, the
// whole evaluation on pmis-2025, and the item-kNN build on 50k students x 5k internships x 1M
// interactions. Prints medians; not a pass/fail test.
//   bench_rec [runs]      (default 7)
#include "core/gen/generator.h"
#include "core/rec/evaluation.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace pmis;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

double seconds(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

std::shared_ptr<const rec::RecData> recData(const Scenario &s)
{
    auto data = generateDataset(s);
    if (!data) {
        std::fprintf(stderr, "generation failed: %s\n", data.error().c_str());
        std::exit(1);
    }
    return std::make_shared<const rec::RecData>(rec::buildRecData(*data).takeValue());
}

void successTraining(const char *label, const std::shared_ptr<const rec::RecData> &d, int runs)
{
    const rec::ContentModel content = rec::ContentModel::build(*d);
    std::vector<std::uint32_t> all(d->outcomes.size()), fit, calibration;
    for (std::size_t k = 0; k < all.size(); ++k)
        all[k] = std::uint32_t(k);
    rec::splitOutcomesByTime(*d, all, 0.15, fit, calibration);
    std::vector<double> times;
    int iterations = 0;
    for (int r = 0; r < runs; ++r) {
        const auto t = Clock::now();
        auto model = rec::SuccessModel::train(*d, content, fit, calibration);
        times.push_back(seconds(t));
        iterations = model ? model->iterations() : -1;
    }
    std::printf(
            "success model, %-28s %6zu applications, %2d Newton steps: %7.1f ms (target <= 100 ms)\n",
            label, d->outcomes.size(), iterations, 1e3 * median(times));
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    Scenario pmis = loadPreset("pmis-2025").takeValue();
    const auto base = recData(pmis);
    Scenario rich = pmis;
    rich.outcome.successRate = 0.05;
    const auto five = recData(rich);

    successTraining("pmis-2025 (rate 0.21%)", base, runs);
    successTraining("pmis-2025 --success-rate 0.05", five, runs);

    // Top-10 for one student, with every explanation, from a model trained on everything.
    {
        const rec::Recommender r = rec::Recommender::train(base).takeValue();
        rec::Eligibility rule;
        rule.referenceTime = pmis.referenceSeconds();
        std::vector<double> times;
        for (int rep = 0; rep < runs; ++rep) {
            const auto t = Clock::now();
            const std::size_t students = 500;
            for (std::size_t s = 0; s < students; ++s)
                (void)r.recommend((s * 7919 + std::size_t(rep)) % base->students, 10, rule);
            times.push_back(seconds(t) / double(students));
        }
        std::printf(
                "top-10 for one student (hybrid, explanations), pmis-2025:          %7.3f ms (target <= 1 ms)\n",
                1e3 * median(times));
    }

    // The whole evaluation (all five methods, explanation checks, 1,000 bootstrap resamples).
    for (const auto &[label, d] :
         {std::pair{"pmis-2025", base}, std::pair{"pmis-2025 --success-rate 0.05", five}}) {
        std::vector<double> times;
        for (int r = 0; r < std::min(runs, 5); ++r) {
            const auto t = Clock::now();
            auto report = rec::evaluate(d);
            times.push_back(seconds(t));
            if (!report)
                std::printf("evaluation failed: %s\n", report.error().c_str());
        }
        std::printf("whole evaluation, %-36s %7.3f s (target <= 3 s)\n", label, median(times));
    }

    // Item-kNN on 50k students x 5k internships x 1M interactions.
    {
        Scenario big = pmis;
        big.students = 50000;
        big.internships = 5000;
        big.interactions = 1000000;
        const auto d = recData(big);
        const rec::Feedback f = rec::buildFeedback(*d);
        std::vector<double> times;
        std::size_t edges = 0;
        for (int r = 0; r < std::min(runs, 5); ++r) {
            const auto t = Clock::now();
            auto knn = rec::ItemKnn::build(f);
            times.push_back(seconds(t));
            edges = knn ? knn->edgeCount() : 0;
        }
        std::printf(
                "item-kNN build, %zu students x %zu internships x %zu events (%zu pairs, %zu edges): %.3f s "
                "(target <= 2 s)\n",
                d->students, d->internships, d->events.size(), f.item.size(), edges, median(times));
    }
    return 0;
}
