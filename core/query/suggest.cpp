#include "core/query/suggest.h"

#include "core/util/ascii.h"

#include <algorithm>

namespace pmis::query {

namespace {

std::string lower(std::string_view s)
{
    return asciiLower(s);
}

std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min(
                    {row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates)
{
    const std::string w = lower(word);
    const std::size_t limit = std::max<std::size_t>(1, w.size() / 3);
    std::size_t best = limit + 1;
    std::string bestName;
    for (const std::string &c : candidates) {
        const std::size_t d = editDistance(w, lower(c));
        if (d < best) {
            best = d;
            bestName = c;
        }
    }
    if (!bestName.empty() || w.size() < 3)
        return bestName;
    for (const std::string &c : candidates)
        if (lower(c).rfind(w, 0) == 0)
            return c;
    return {};
}

std::size_t codePointsBefore(std::string_view text, std::size_t byteOffset)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < std::min(byteOffset, text.size()); ++i)
        count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return count;
}

} // namespace pmis::query
