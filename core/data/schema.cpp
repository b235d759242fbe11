#include "core/data/schema.h"

#include <array>

namespace pmis {
namespace {
constexpr std::array<std::string_view, 9> kTypeNames
        = {"int64", "double", "category", "text", "timestamp", "date", "bool", "string_list", "id"};
constexpr std::array<std::string_view, 8> kRoleNames
        = {"id",           "foreign key",  "feature",   "label",
           "post-outcome", "ground truth", "free text", "protected"};
static_assert(kRoleNames.size() == std::size_t(kLastColumnRole) + 1);
} // namespace

std::string_view columnTypeName(ColumnType type)
{
    return kTypeNames[static_cast<std::size_t>(type)];
}

std::string_view columnRoleName(ColumnRole role)
{
    return kRoleNames[static_cast<std::size_t>(role)];
}

std::optional<ColumnType> columnTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (kTypeNames[i] == name)
            return static_cast<ColumnType>(i);
    }
    return std::nullopt;
}

bool isPostOutcomeValue(const ColumnSpec &spec, std::string_view value)
{
    for (const std::string &v : spec.postOutcomeValues)
        if (v == value)
            return true;
    return false;
}

bool validDecimals(int decimals)
{
    return decimals == ColumnSpec::kRoundTrip
           || (decimals >= 0 && decimals <= ColumnSpec::kMaxDecimals);
}

bool validIdPrefix(std::string_view prefix)
{
    for (const char c : prefix) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

int idWidthFor(std::size_t rows)
{
    int digits = 1;
    for (std::size_t n = rows; n >= 10; n /= 10)
        ++digits;
    return digits < 5 ? 5 : digits;
}

} // namespace pmis
