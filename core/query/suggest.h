#pragma once
// Helpers for error messages of the query module: "did you mean" suggestions and code point
// positions. Internal to core/query.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pmis::query {

// The candidate closest to `word` (case-insensitive edit distance within about a third of its
// length, or a candidate that starts with a word of 3+ characters); empty when none is close.
std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates);

// The number of Unicode code points in text[0, byteOffset).
std::size_t codePointsBefore(std::string_view text, std::size_t byteOffset);

} // namespace pmis::query
