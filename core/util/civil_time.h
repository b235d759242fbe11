#pragma once
// Calendar arithmetic in UTC without the C library's time zone state: dates are days since
// 1970-01-01, timestamps are seconds since 1970-01-01T00:00:00Z.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pmis {

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

std::int64_t daysFromCivil(CivilDate date);
CivilDate civilFromDays(std::int64_t days);

// "YYYY-MM-DD" or nullopt when malformed or not a real calendar date.
std::optional<std::int64_t> parseIsoDate(std::string_view text);
// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS", "YYYY-MM-DD HH:MM:SS" (fractional seconds ignored)
// as seconds; nullopt when malformed.
std::optional<std::int64_t> parseIsoTimestamp(std::string_view text);

void appendIsoDate(std::string &out, std::int64_t seconds);
void appendIsoTimestamp(std::string &out, std::int64_t seconds);
std::string formatIsoDate(std::int64_t seconds);
std::string formatIsoTimestamp(std::int64_t seconds);

constexpr std::int64_t kSecondsPerDay = 86400;

} // namespace pmis
