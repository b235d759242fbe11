// pmis-gen: the command line face of PMIS Dataset Studio.
#include "app/cli/commands.h"

#include <cstdio>
#include <functional>
#include <map>

namespace {

const char *kUsage = R"(usage: pmis-gen <command> [options]

Commands:
  generate   generate the five PMIS tables and export them (CSV + metadata)
  schema     print the data dictionary (--markdown) of the tables
  presets    list the built-in presets

Run 'pmis-gen <command> --help' for the options of a command.
Options: --help, --version
)";

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::printf("pmis-gen %s\n", PMIS_VERSION);
        return 0;
    }
    const std::map<std::string, std::function<int(const std::vector<std::string> &)>> commands = {
        {"generate", pmis::cli::runGenerate},
        {"schema", pmis::cli::runSchema},
        {"presets", pmis::cli::runPresets},
    };
    const auto it = commands.find(args[0]);
    if (it == commands.end())
        return pmis::cli::fail("unknown command '" + args[0] + "' (see --help)", 2);
    return it->second(std::vector<std::string>(args.begin() + 1, args.end()));
}
