#include "core/gen/generator.h"

#include "core/gen/gen_internal.h"
#include "core/scenario/scenario_json.h"

#include <new>
#include <stdexcept>

namespace pmis {
namespace {

Result<Dataset> generate(const Scenario &scenario, const GenerateOptions &options)
{
    const auto report = [&](double fraction, const char *phase) {
        return !options.progress || options.progress(fraction, phase);
    };
    gen::Context ctx(scenario, effectiveThreads(options.threads));
    Dataset data = emptyDataset(scenario);
    if (!report(0.0, "companies"))
        return Status::cancelled();
    gen::generateCompanies(ctx, data.companies);
    gen::generateDeclaredColumns(ctx, data, "companies");
    if (!report(0.02, "students"))
        return Status::cancelled();
    gen::generateStudents(ctx, data.students);
    gen::generateDeclaredColumns(ctx, data, "students");
    if (!report(0.25, "internships"))
        return Status::cancelled();
    gen::generateInternships(ctx, data.internships);
    gen::generateDeclaredColumns(ctx, data, "internships");
    if (!report(0.35, "interactions"))
        return Status::cancelled();
    if (Status s = gen::planEngagements(ctx, options.progress); !s)
        return s;
    if (!report(0.75, "outcomes"))
        return Status::cancelled();
    gen::decideOutcomes(ctx, data);
    if (!report(0.85, "interactions"))
        return Status::cancelled();
    gen::writeInteractions(ctx, data.interactions);
    gen::writeOutcomes(ctx, data.outcomes, data.interactions);
    // Outcome IDs are sized to the outcome count, now that it is known.
    for (const char *col : {"outcome_id"})
        data.outcomes.at(col).spec.idWidth = idWidthFor(data.outcomes.rowCount());
    if (!report(1.0, "done"))
        return Status::cancelled();
    return data;
}

} // namespace

Result<Dataset> generateDataset(const Scenario &scenario, const GenerateOptions &options)
{
    if (Status s = validateScenario(scenario); !s)
        return s;
    // Counts the rules accept can still be more than this machine holds.
    try {
        return generate(scenario, options);
    } catch (const std::bad_alloc &) {
    } catch (const std::length_error &) {
    }
    return Status::error("not enough memory to generate " + std::to_string(scenario.students)
                         + " students, " + std::to_string(scenario.internships)
                         + " internships and " + std::to_string(scenario.interactions)
                         + " interactions; expected smaller counts");
}

} // namespace pmis
