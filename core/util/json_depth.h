#pragma once
// A bound on the nesting of JSON text, checked before parsing: the parser itself is iterative, but
// copying, comparing, dumping and reading a parsed document recurse once per level, so a document
// nested thousands of levels deep would exhaust the stack there.

#include <cstddef>
#include <optional>
#include <string_view>

namespace pmis {

inline constexpr std::size_t kMaxJsonDepth = 128;

// The byte offset of the first '[' or '{' that opens a level deeper than `limit`, or none. Strings
// (with their escapes) are skipped; the text need not be valid JSON.
std::optional<std::size_t> jsonTooDeep(std::string_view text, std::size_t limit = kMaxJsonDepth);

} // namespace pmis
