#include "core/io/dataset_source.h"

#include "core/gen/generator.h"
#include "core/io/dataset_import.h"
#include "core/scenario/scenario_json.h"

#include <filesystem>
#include <system_error>

namespace pmis {

Result<DatasetSource> loadDatasetSource(const std::string &name, std::optional<std::uint64_t> seed,
                                        const ProgressFn &progress)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool exists = !name.empty() && fs::exists(fs::path(name), ec);
    const bool scenarioFile = exists && fs::path(name).extension() == ".json"
                              && !fs::is_directory(fs::path(name), ec);
    DatasetSource out;
    if (exists && !scenarioFile) {
        if (seed)
            return Status::error(name + ": a seed applies to a scenario or preset, not to data");
        ImportOptions options;
        options.progress = progress;
        auto imported = importDataset(name, options);
        if (!imported)
            return imported.status();
        out.data = std::move(imported->data);
        if (imported->scenario)
            out.scenario = std::move(imported->scenario);
        out.description = imported->format + " " + name;
        return out;
    }
    Result<Scenario> scenario = scenarioFile ? loadScenarioFile(name) : loadPreset(name);
    if (!scenario) {
        if (!scenarioFile && !exists)
            return Status::error("'" + name
                                 + "' is neither a folder, a file nor a preset (see 'pmis-gen "
                                   "presets')");
        return scenario.status();
    }
    if (seed)
        scenario->seed = *seed;
    GenerateOptions options;
    options.progress = progress;
    auto generated = generateDataset(*scenario, options);
    if (!generated)
        return generated.status();
    out.data = generated.takeValue();
    out.description = (scenarioFile ? "scenario " : "preset ") + scenario->name + ", seed "
                      + std::to_string(scenario->seed) + " (generated)";
    out.scenario = scenario.takeValue();
    return out;
}

} // namespace pmis
