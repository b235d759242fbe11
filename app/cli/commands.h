#pragma once
// pmis-gen sub-commands. Each command file registers itself with a static CommandRegistration; a
// command returns the process exit code and prints its own one-line error through fail().

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pmis::cli {

using CommandFn = std::function<int(const std::vector<std::string> &args)>;

struct Command
{
    std::string summary;
    CommandFn run;
};

std::map<std::string, Command> &commandRegistry();

struct CommandRegistration
{
    CommandRegistration(const std::string &name, const std::string &summary, CommandFn run)
    {
        commandRegistry()[name] = Command{summary, std::move(run)};
    }
};

// Prints "pmis-gen: <message>" on stderr and returns `code` (2 = usage, 1 = failure).
int fail(const std::string &message, int code = 1);
// Exit code of a shortlist or audit whose fairness constraints the candidate pool cannot meet.
inline constexpr int kInfeasibleExit = 3;

} // namespace pmis::cli
