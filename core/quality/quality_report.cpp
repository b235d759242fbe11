#include "core/quality/quality_report.h"

#include "core/util/parallel.h"
#include "core/quality/checks_internal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace pmis::quality {

std::string_view statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "pass";
    case CheckStatus::Warn:
        return "warn";
    case CheckStatus::Fail:
        return "fail";
    }
    return "fail";
}

std::size_t QualityReport::count(CheckStatus status) const
{
    std::size_t n = 0;
    for (const Check &c : checks)
        n += c.status == status;
    return n;
}

CheckStatus QualityReport::worst() const
{
    CheckStatus w = CheckStatus::Pass;
    for (const Check &c : checks)
        w = std::max(w, c.status);
    return w;
}

const Check *QualityReport::find(std::string_view id) const
{
    for (const Check &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

namespace detail {

Check &Context::add(std::string id, std::string category, std::string table, std::string column)
{
    Check &c = checks.emplace_back();
    c.id = std::move(id);
    c.category = std::move(category);
    c.table = std::move(table);
    c.column = std::move(column);
    return c;
}

std::string percent(double share)
{
    const double p = share * 100.0;
    // Three significant digits, and enough that nothing short of 100% reads as 100%.
    int decimals = std::abs(p) >= 10 ? 1 : std::abs(p) >= 1 ? 2 : 3;
    while (decimals < 6 && p != 100.0 && std::abs(p - 100.0) < 5 * std::pow(10.0, -decimals - 1))
        ++decimals;
    if (p == 0)
        decimals = 0;
    return number(p, decimals) + "%";
}

std::string count(std::size_t n)
{
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string number(double value, int decimals)
{
    // to_chars, unlike printf, ignores the process locale: the report reads the same everywhere.
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                         std::chars_format::fixed, std::clamp(decimals, 0, 17));
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

Text examples(const std::vector<Text> &values, std::size_t shown)
{
    Text out;
    for (std::size_t i = 0; i < values.size() && i < shown; ++i)
        out = i ? tx("%1, '%2'", {std::move(out), values[i]}) : tx("'%1'", {values[i]});
    if (values.size() > shown)
        return tx("%1 and %2 more", {std::move(out), count(values.size() - shown)});
    return out;
}

Text examples(const std::vector<std::string> &values, std::size_t shown)
{
    std::string out;
    for (std::size_t i = 0; i < values.size() && i < shown; ++i)
        out += (i ? ", '" : "'") + values[i] + "'";
    if (values.size() > shown)
        return tx("%1 and %2 more", {out, count(values.size() - shown)});
    return out;
}

} // namespace detail

Result<QualityReport> computeQuality(const Dataset &data, const Scenario *scenario,
                                     const ProgressFn &progress, const QualityOptions &options)
{
    detail::Context ctx{data, scenario, options, effectiveThreads(options.threads), {}};
    using Step = void (*)(detail::Context &);
    const std::pair<Step, const char *> steps[] = {
            {detail::rowCountChecks, "row counts"},
            {detail::completenessChecks, "completeness"},
            {detail::uniquenessChecks, "duplicates"},
            {detail::keyChecks, "keys"},
            {detail::rangeChecks, "ranges"},
            {detail::shareChecks, "shares"},
            {detail::lawChecks, "distributions"},
            {detail::declaredChecks, "distributions"},
            {detail::pileUpChecks, "range bounds"},
            {detail::shapeChecks, "children per parent"},
            {detail::skillChecks, "skills"},
            {detail::outcomeChecks, "outcomes"},
            {detail::groupChecks, "success by group"},
            {detail::privacyChecks, "contact data"},
            {detail::deadlineChecks, "deadlines"},
            {detail::consistencyChecks, "consistency"},
            {detail::publishedChecks, "published figures"},
    };
    const double total = double(std::size(steps));
    for (std::size_t i = 0; i < std::size(steps); ++i) {
        if (progress && !progress(double(i) / total, steps[i].second))
            return Status::cancelled();
        steps[i].first(ctx);
    }
    if (progress)
        progress(1.0, "done");
    QualityReport report;
    report.checks = std::move(ctx.checks);
    report.comparedWithScenario = scenario != nullptr;
    report.scenarioName = scenario ? scenario->name : std::string();
    return report;
}

namespace {

using Json = nlohmann::ordered_json;

Json numberOrNull(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json chartJson(const CheckChart &c)
{
    if (c.kind == CheckChart::Kind::None)
        return nullptr;
    Json j;
    j["kind"] = c.kind == CheckChart::Kind::Shares ? "shares" : "cdf";
    if (c.kind == CheckChart::Kind::Shares)
        j["labels"] = c.labels;
    else
        j["x"] = c.x;
    j["target"] = c.target;
    j["realized"] = c.realized;
    j["band_low"] = c.bandLow;
    j["band_high"] = c.bandHigh;
    return j;
}

} // namespace

std::string qualityReportJson(const QualityReport &report)
{
    Json j;
    j["summary"]
            = {{"checks", report.checks.size()},
               {"pass", report.count(CheckStatus::Pass)},
               {"warn", report.count(CheckStatus::Warn)},
               {"fail", report.count(CheckStatus::Fail)},
               {"status", statusName(report.worst())},
               {"targets", report.comparedWithScenario ? Json(report.scenarioName) : Json(nullptr)},
               {"band_level", 0.99}};
    Json checks = Json::array();
    for (const Check &c : report.checks) {
        Json k;
        k["id"] = c.id;
        k["category"] = c.category;
        k["table"] = c.table;
        k["column"] = c.column;
        k["status"] = statusName(c.status);
        k["metric"] = c.metric;
        k["measured"] = numberOrNull(c.measured);
        k["expected"] = numberOrNull(c.expected);
        k["low"] = numberOrNull(c.low);
        k["high"] = numberOrNull(c.high);
        k["reason"] = c.reason;
        if (c.chart.kind != CheckChart::Kind::None)
            k["chart"] = chartJson(c.chart);
        checks.push_back(k);
    }
    j["checks"] = checks;
    // Cells of imported files may hold invalid UTF-8: replace it rather than fail.
    return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace pmis::quality
