#pragma once
// What the suites that need a real dataset share: a built-in preset by name, and a dataset
// generated from a scenario. Either failing stops the suite with the reason.

#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"

#include <QtGlobal>

#include <memory>

namespace pmis::test {

inline Scenario preset(const char *name)
{
    auto s = loadPreset(name);
    if (!s)
        qFatal("%s", s.error().c_str());
    return s.takeValue();
}

inline Dataset generate(const Scenario &scenario)
{
    auto d = generateDataset(scenario);
    if (!d)
        qFatal("%s", d.error().c_str());
    return d.takeValue();
}

inline std::shared_ptr<const Dataset> generated(const Scenario &scenario)
{
    return std::make_shared<const Dataset>(generate(scenario));
}

} // namespace pmis::test
