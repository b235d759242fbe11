// libFuzzer harness: the filter language. The first byte picks one of the five tables of a small
// generated dataset, the rest is the expression; it compiles or fails with a position inside the
// text, and a compiled filter evaluates on every row without a crash.
#include "core/gen/generator.h"
#include "core/query/filter.h"
#include "core/scenario/scenario_json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const pmis::Dataset &dataset()
{
    static const pmis::Dataset data = [] {
        pmis::Scenario s = *pmis::loadPreset("demo-small");
        s.students = 40;
        s.internships = 10;
        s.interactions = 150;
        return generateDataset(s, {1, {}}).takeValue();
    }();
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto tables = dataset().tables();
    const pmis::Table &table = *tables[data[0] % tables.size()];
    const std::string_view expression(reinterpret_cast<const char *>(data + 1), size - 1);
    pmis::query::QueryError error;
    auto filter = pmis::query::compileFilter(table, expression, &error);
    if (!filter) {
        if (error.position == 0 || error.position > expression.size() + 1)
            std::abort(); // a position outside the text
        return 0;
    }
    const auto rows = filter->matchingRows(table, 1);
    std::size_t matched = 0;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        matched += filter->matches(table, r);
    if (matched != rows.size())
        std::abort(); // the two evaluations disagree
    return 0;
}
