#include "core/util/civil_time.h"

#include "core/util/ascii.h"

#include <algorithm>

namespace pmis {

// Era-based conversion: an era is 400 years (146097 days) and years start in March so that the
// leap day falls last.
std::int64_t daysFromCivil(CivilDate date)
{
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9;
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra
            = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    CivilDate out;
    out.day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    out.month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    out.year = int(yearOfEra + era * 400 + (out.month <= 2 ? 1 : 0));
    return out;
}

namespace {

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int &value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

void append2(std::string &out, int v)
{
    out += char('0' + v / 10);
    out += char('0' + v % 10);
}

} // namespace

std::optional<std::int64_t> parseIsoDate(std::string_view text)
{
    CivilDate d;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readDigits(text, 0, 4, d.year)
        || !readDigits(text, 5, 2, d.month) || !readDigits(text, 8, 2, d.day))
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    return daysFromCivil(d);
}

std::optional<std::int64_t> parseIsoTimestamp(std::string_view text)
{
    const auto days = parseIsoDate(text.substr(0, std::min<std::size_t>(10, text.size())));
    if (!days)
        return std::nullopt;
    std::int64_t seconds = *days * kSecondsPerDay;
    if (text.size() == 10)
        return seconds;
    int h = 0, m = 0, s = 0;
    if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ') || !readDigits(text, 11, 2, h)
        || text[13] != ':' || !readDigits(text, 14, 2, m) || text[16] != ':'
        || !readDigits(text, 17, 2, s) || h > 23 || m > 59 || s > 60)
        return std::nullopt;
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        std::size_t i = 1;
        while (i < rest.size() && isAsciiDigit(rest[i]))
            ++i;
        if (i == 1)
            return std::nullopt;
        rest.remove_prefix(i);
    }
    if (rest == "Z")
        rest = {};
    if (!rest.empty())
        return std::nullopt;
    return seconds + h * 3600 + m * 60 + s;
}

static std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void appendIsoDate(std::string &out, std::int64_t seconds)
{
    const CivilDate d = civilFromDays(floorDiv(seconds, kSecondsPerDay));
    append2(out, d.year / 100);
    append2(out, d.year % 100);
    out += '-';
    append2(out, d.month);
    out += '-';
    append2(out, d.day);
}

void appendIsoTimestamp(std::string &out, std::int64_t seconds)
{
    appendIsoDate(out, seconds);
    const std::int64_t inDay = seconds - floorDiv(seconds, kSecondsPerDay) * kSecondsPerDay;
    out += 'T';
    append2(out, int(inDay / 3600));
    out += ':';
    append2(out, int(inDay / 60 % 60));
    out += ':';
    append2(out, int(inDay % 60));
}

std::string formatIsoDate(std::int64_t seconds)
{
    std::string out;
    appendIsoDate(out, seconds);
    return out;
}

std::string formatIsoTimestamp(std::int64_t seconds)
{
    std::string out;
    appendIsoTimestamp(out, seconds);
    return out;
}

} // namespace pmis
