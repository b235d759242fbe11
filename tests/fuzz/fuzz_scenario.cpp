// libFuzzer harness: the scenario loader. Any text gives a scenario or an error, never a crash, a
// leak or unbounded work; an accepted scenario writes back to JSON that loads to the same scenario.
#include "core/scenario/scenario_json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto scenario = pmis::scenarioFromJson(text);
    if (!scenario)
        return 0;
    const std::string json = pmis::scenarioToJson(*scenario);
    auto again = pmis::scenarioFromJson(json);
    if (!again || pmis::scenarioHash(*again) != pmis::scenarioHash(*scenario))
        std::abort(); // the writer and the loader disagree
    return 0;
}
