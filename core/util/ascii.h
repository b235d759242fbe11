#pragma once
// Character classes, case mapping and number parsing for ASCII text, the same under every process
// locale. The <cctype> functions follow LC_CTYPE (under tr_TR 'I' lowers to a dotless i, under an
// ISO-8859 locale the bytes of UTF-8 text count as letters) and std::stod follows LC_NUMERIC (under
// de_DE "2.5" reads as 2); these never do.

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace pmis {

constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isAsciiAlpha(char c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}
constexpr bool isAsciiAlnum(char c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}
constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
constexpr char asciiToLower(char c)
{
    return isAsciiUpper(c) ? char(c - 'A' + 'a') : c;
}
constexpr char asciiToUpper(char c)
{
    return isAsciiLower(c) ? char(c - 'a' + 'A') : c;
}

// True when every character of a non-empty `text` is an ASCII letter or digit.
constexpr bool isAsciiAlnum(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (!isAsciiAlnum(c))
            return false;
    return true;
}

// `text` with A-Z lowered; other bytes (UTF-8 sequences included) unchanged.
inline std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = asciiToLower(c);
    return out;
}

constexpr bool asciiEqualsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (asciiToLower(a[i]) != asciiToLower(b[i]))
            return false;
    return true;
}

// A whole decimal number with '.' as the decimal point ("-2.5", "1e3"); nothing when any part of
// `text` is not part of the number.
inline std::optional<double> parseAsciiDouble(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

} // namespace pmis
