// pmis-gen: the command line face of PMIS Dataset Studio.
#include "app/cli/commands.h"
#include "core/util/process_locale.h"

#include <cstdio>

namespace pmis::cli {

std::map<std::string, Command> &commandRegistry()
{
    static std::map<std::string, Command> registry;
    return registry;
}

int fail(const std::string &message, int code)
{
    std::fprintf(stderr, "pmis-gen: %s\n", message.c_str());
    return code;
}

} // namespace pmis::cli

namespace {

void printUsage(std::FILE *to)
{
    std::fprintf(to, "usage: pmis-gen <command> [options]\n\nCommands:\n");
    for (const auto &[name, command] : pmis::cli::commandRegistry())
        std::fprintf(to, "  %-11s %s\n", name.c_str(), command.summary.c_str());
    std::fprintf(to, "\nRun 'pmis-gen <command> --help' for the options of a command.\n"
                     "Options: --help, --version\n");
}

} // namespace

int main(int argc, char **argv)
{
    // A C program starts in the C locale; pinned anyway, so that no later setlocale(LC_ALL, "")
    // lets LANG or LC_* change the output.
    pmis::pinOutputLocale();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::printf("pmis-gen %s\n", PMIS_VERSION);
        return 0;
    }
    const auto &registry = pmis::cli::commandRegistry();
    const auto it = registry.find(args[0]);
    if (it == registry.end())
        return pmis::cli::fail("unknown command '" + args[0] + "' (see --help)", 2);
    return it->second.run(std::vector<std::string>(args.begin() + 1, args.end()));
}
