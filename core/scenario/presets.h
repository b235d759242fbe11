#pragma once
// The built-in presets (resources/presets/*.json), compiled into the library.

#include <string_view>
#include <vector>

namespace pmis {

struct BuiltinPreset
{
    std::string_view name;
    std::string_view json;
};

const std::vector<BuiltinPreset> &builtinPresets();

} // namespace pmis
