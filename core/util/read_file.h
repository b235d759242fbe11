#pragma once
// Reading input files a user names: regular files only (a FIFO, a device such as /dev/zero or a
// folder is refused before any byte is read, so nothing blocks or reads forever) and no more than a
// stated size, so a wrong file gives an error instead of exhausting memory.

#include "core/util/result.h"

#include <cstdint>
#include <string>

namespace pmis {

inline constexpr std::uint64_t kMaxJsonFileBytes = std::uint64_t(64) << 20;  // scenarios, metadata
inline constexpr std::uint64_t kMaxTableFileBytes = std::uint64_t(16) << 30; // one table's CSV

// The whole file, when it is a regular file of at most `maxBytes` bytes; otherwise an error that
// names the file and what it is.
Result<std::string> readRegularFile(const std::string &path, std::uint64_t maxBytes);

} // namespace pmis
