#pragma once
// pmis-gen sub-commands. Each returns the process exit code and prints its one-line error itself.

#include <string>
#include <vector>

namespace pmis::cli {

int runGenerate(const std::vector<std::string> &args);
int runSchema(const std::vector<std::string> &args);
int runPresets(const std::vector<std::string> &args);

// Prints "pmis-gen: <message>" on stderr and returns 2 (usage) or 1 (failure).
int fail(const std::string &message, int code = 1);

} // namespace pmis::cli
