#include "core/gen/generator.h"

#include "core/gen/gen_internal.h"
#include "core/scenario/scenario_json.h"

#include <algorithm>
#include <new>
#include <stdexcept>

namespace pmis {

void gen::Context::checkpoint(double fraction, const char *phase) const
{
    m_fraction = std::max(m_fraction, fraction);
    m_phase = phase;
    if (progress && !progress(m_fraction, phase))
        throw Cancelled{};
}

void gen::Context::sizeColumns(Table &table, std::size_t rows) const
{
    for (Column &col : table.columns) {
        if (col.spec.type != ColumnType::StringList)
            col.resize(rows);
        checkpoint();
    }
}

namespace {

Result<Dataset> generate(const Scenario &scenario, const GenerateOptions &options)
{
    gen::Context ctx(scenario, effectiveThreads(options.threads), options.progress);
    Dataset data = emptyDataset(scenario);
    ctx.checkpoint(0.0, "companies");
    gen::generateCompanies(ctx, data.companies);
    gen::generateDeclaredColumns(ctx, data, "companies");
    ctx.checkpoint(0.02, "students");
    gen::generateStudents(ctx, data.students);
    gen::generateDeclaredColumns(ctx, data, "students");
    ctx.checkpoint(0.25, "internships");
    gen::generateInternships(ctx, data.internships);
    gen::generateDeclaredColumns(ctx, data, "internships");
    ctx.checkpoint(0.35, "interactions");
    if (Status s = gen::planEngagements(ctx); !s)
        return s;
    ctx.checkpoint(0.75, "outcomes");
    gen::decideOutcomes(ctx, data);
    ctx.checkpoint(0.85, "interactions");
    gen::writeInteractions(ctx, data.interactions);
    gen::writeOutcomes(ctx, data.outcomes, data.interactions);
    gen::generateDeclaredColumns(ctx, data, "outcomes");
    // Outcome IDs are sized to the outcome count, now that it is known.
    for (const char *col : {"outcome_id"})
        data.outcomes.at(col).spec.idWidth = idWidthFor(data.outcomes.rowCount());
    ctx.checkpoint(1.0, "done");
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
    } catch (const gen::Cancelled &) {
        return Status::cancelled();
    } catch (const std::bad_alloc &) {
    } catch (const std::length_error &) {
    }
    return Status::error("not enough memory to generate " + std::to_string(scenario.students)
                         + " students, " + std::to_string(scenario.internships)
                         + " internships and " + std::to_string(scenario.interactions)
                         + " interactions; expected smaller counts");
}

} // namespace pmis
