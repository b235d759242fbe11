#include "core/scenario/scenario_json.h"

#include "core/scenario/presets.h"
#include "core/scenario/scenario_json_internal.h"
#include "core/scenario/scenario_json_read.h"
#include "core/util/civil_time.h"
#include "core/util/file_util.h"
#include "core/util/json_depth.h"
#include "core/util/read_file.h"
#include "core/util/sha256.h"

#include <nlohmann/json.hpp>

#include <cassert>
#include <cmath>
#include <set>

namespace pmis {
namespace {

using namespace scenario_json;

// ---- loading ---------------------------------------------------------------------------------

void readStudents(const Json &j, StudentSpec &s)
{
    Obj o(j, "$.students");
    s.tiers = readShares(o.get("tiers"), o.at("tiers"));
    s.universities = readMap<std::vector<std::string>>(
            o.get("universities"), o.at("universities"),
            [](const Json &v, const std::string &p) { return readStringList(v, p); });
    s.cgpa = readMap<NormalSpec>(o.get("cgpa"), o.at("cgpa"), readNormal);
    s.streams = readShares(o.get("streams"), o.at("streams"));
    s.streamCategories = readMap<std::vector<std::string>>(
            o.get("stream_skill_categories"), o.at("stream_skill_categories"),
            [](const Json &v, const std::string &p) { return readStringList(v, p); });
    s.skillsPerStudent = readRange(o.get("skills_per_student"), o.at("skills_per_student"), 1);
    s.interestsPerStudent
            = readRange(o.get("interests_per_student"), o.at("interests_per_student"), 0);
    s.ruralUrban = readShares(o.get("rural_urban"), o.at("rural_urban"));
    s.cities = readShares(o.get("cities"), o.at("cities"));
    s.gender = readShares(o.get("gender"), o.at("gender"));
    s.graduationYear = readShares(o.get("graduation_year"), o.at("graduation_year"));
    s.experience = readShares(o.get("previous_experience"), o.at("previous_experience"));
    s.createdWithinDays = readPositive(o.get("created_within_days"), o.at("created_within_days"));
    o.done();
}

void readInternships(const Json &j, InternshipSpec &s)
{
    Obj o(j, "$.internships");
    s.domains = readShares(o.get("domains"), o.at("domains"));
    s.domainSkills = readMap<std::vector<std::string>>(
            o.get("domain_skills"), o.at("domain_skills"),
            [](const Json &v, const std::string &p) { return readStringList(v, p); });
    s.requiredSkills = readRange(o.get("required_skills"), o.at("required_skills"), 1);
    {
        Obj st(o.get("stipend"), o.at("stipend"));
        s.stipendMin = readNumber(st.get("min"), st.at("min"));
        s.stipendMax = readNumber(st.get("max"), st.at("max"));
        s.stipendRound = readNumber(st.get("round_to"), st.at("round_to"));
        if (s.stipendMin < 0)
            fail(st.at("min"), "expected a stipend >= 0");
        if (s.stipendMin > s.stipendMax)
            fail(st.path(), "min > max; expected min <= max (equal for a flat stipend)");
        if (s.stipendRound <= 0)
            fail(st.at("round_to"), "expected a rounding step > 0");
        st.done();
    }
    s.durationMonths = readShares(o.get("duration_months"), o.at("duration_months"));
    s.positions = readMap<IntRange>(
            o.get("positions"), o.at("positions"),
            [](const Json &v, const std::string &p) { return readRange(v, p, 1); });
    s.remoteWork = readShares(o.get("remote_work"), o.at("remote_work"));
    s.experienceLevel = readShares(o.get("experience_level"), o.at("experience_level"));
    s.activeShare = readProbability(o.get("active_share"), o.at("active_share"), false);
    s.createdWithinDays = readPositive(o.get("created_within_days"), o.at("created_within_days"));
    s.deadlineWithinDays
            = readPositive(o.get("deadline_within_days"), o.at("deadline_within_days"));
    o.done();
}

void readInteractions(const Json &j, InteractionSpec &s)
{
    Obj o(j, "$.interactions");
    s.types = readShares(o.get("types"), o.at("types"));
    s.activityDispersion = readNumber(o.get("activity_dispersion"), o.at("activity_dispersion"));
    if (s.activityDispersion <= 0)
        fail(o.at("activity_dispersion"), "expected a gamma shape > 0");
    s.device = readShares(o.get("device"), o.at("device"));
    s.source = readShares(o.get("source"), o.at("source"));
    {
        Obj a(o.get("affinity"), o.at("affinity"));
        AffinitySpec &f = s.affinity;
        f.skillOverlap = readNumber(a.get("skill_overlap"), a.at("skill_overlap"));
        f.sameCity = readNumber(a.get("same_city"), a.at("same_city"));
        f.stipend = readNumber(a.get("stipend"), a.at("stipend"));
        f.zipfExponent = readNumber(a.get("zipf_exponent"), a.at("zipf_exponent"));
        f.noise = readNumber(a.get("noise"), a.at("noise"));
        f.candidates = int(readPositive(a.get("candidates"), a.at("candidates")));
        if (f.zipfExponent < 0)
            fail(a.at("zipf_exponent"), "expected an exponent >= 0");
        if (f.noise <= 0)
            fail(a.at("noise"), "expected a noise scale > 0");
        if (f.candidates > 1000)
            fail(a.at("candidates"), "expected at most 1000 candidates");
        a.done();
    }
    s.windowDays = readPositive(o.get("window_days"), o.at("window_days"));
    if (const Json *m = o.optional("max_applications_per_student"))
        s.maxApplications = readPositive(*m, o.at("max_applications_per_student"));
    if (const Json *m = o.optional("inactive_share")) {
        s.inactiveShare = readNumber(*m, o.at("inactive_share"));
        if (s.inactiveShare < 0 || s.inactiveShare >= 1)
            fail(o.at("inactive_share"), "expected a share in [0, 1), got %1", {m->dump()});
    }
    const auto range0 = [](const Json &v, const std::string &p) { return readRange(v, p, 0); };
    s.timeSpent = readMap<IntRange>(o.get("time_spent"), o.at("time_spent"), range0);
    s.pageViews = readMap<IntRange>(o.get("page_views"), o.at("page_views"), range0);
    o.done();
}

std::vector<std::pair<std::string, double>> readBiasMap(const Json &j, const std::string &path)
{
    return readMap<double>(j, path, readNumber);
}

void readOutcomes(const Json &j, OutcomeSpec &s)
{
    Obj o(j, "$.outcomes");
    s.successRate = readProbability(o.get("success_rate"), o.at("success_rate"), true);
    if (const Json *m = o.optional("mode"))
        s.mode = readMode(*m, o.at("mode"));
    s.signalStrength = readNumber(o.get("signal_strength"), o.at("signal_strength"));
    if (s.signalStrength < 0)
        fail(o.at("signal_strength"), "expected a number >= 0");
    if (const Json *m = o.optional("max_offers_per_student"))
        s.maxOffers = readPositive(*m, o.at("max_offers_per_student"));
    {
        Obj w(o.get("weights"), o.at("weights"));
        s.wSkillMatch = readNumber(w.get("skill_match"), w.at("skill_match"));
        s.wCgpa = readNumber(w.get("cgpa"), w.at("cgpa"));
        s.wExperience = readNumber(w.get("experience"), w.at("experience"));
        s.wSameCity = readNumber(w.get("same_city"), w.at("same_city"));
        w.done();
    }
    s.tierBias.clear();
    s.genderBias.clear();
    s.ruralBias = 0;
    if (const Json *b = o.optional("bias")) {
        Obj bias(*b, o.at("bias"));
        if (const Json *t = bias.optional("tier"))
            s.tierBias = readBiasMap(*t, bias.at("tier"));
        if (const Json *g = bias.optional("gender"))
            s.genderBias = readBiasMap(*g, bias.at("gender"));
        if (const Json *r = bias.optional("rural"))
            s.ruralBias = readNumber(*r, bias.at("rural"));
        bias.done();
    }
    s.rejectionReasons = readStringList(o.get("rejection_reasons"), o.at("rejection_reasons"));
    o.done();
}

CompanyCategory readCompanyCategory(const Json &j, const std::string &path, const std::string &key)
{
    Obj o(j, path);
    CompanyCategory c;
    c.key = key;
    c.label = readString(o.get("label"), o.at("label"));
    c.names = readStringList(o.get("names"), o.at("names"));
    c.industries = readStringList(o.get("industries"), o.at("industries"));
    c.size = readShares(o.get("size"), o.at("size"));
    c.stipend = readNormal(o.get("stipend"), o.at("stipend"));
    c.reputation = readNormal(o.get("reputation"), o.at("reputation"));
    c.founded = readRange(o.get("founded"), o.at("founded"), 1800);
    o.done();
    return c;
}

Scenario readScenario(const Json &j)
{
    Obj o(j, "$");
    const Json &version = o.get("schema_version");
    if (!version.is_number_integer() || version.get<std::int64_t>() != Scenario::kSchemaVersion)
        fail("$.schema_version", "unsupported schema version %1; expected %2",
             {version.dump(), std::to_string(Scenario::kSchemaVersion)});
    Scenario s;
    s.name = readString(o.get("name"), "$.name");
    if (const Json *d = o.optional("description"))
        s.description = readString(*d, "$.description");
    {
        const Json &seed = o.get("seed");
        if (!seed.is_number_unsigned()
            && !(seed.is_number_integer() && seed.get<std::int64_t>() >= 0))
            fail("$.seed", "expected a whole number >= 0, got %1", {seed.dump()});
        s.seed = seed.get<std::uint64_t>();
    }
    s.referenceDate = readString(o.get("reference_date"), "$.reference_date");
    {
        Obj c(o.get("counts"), "$.counts");
        // Rows are indexed with 32 bits; far fewer fit in memory anyway.
        constexpr std::int64_t kMaxRows = 1'000'000'000;
        const auto count = [&](const char *key) {
            const std::int64_t v = readPositive(c.get(key), c.at(key));
            if (v > kMaxRows)
                fail(c.at(key), "expected at most %1 rows, got %2",
                     {std::to_string(kMaxRows), std::to_string(v)});
            return v;
        };
        s.students = count("students");
        s.internships = count("internships");
        s.interactions = count("interactions");
        c.done();
    }
    s.skillCategories = readMap<std::vector<std::string>>(
            o.get("skills"), "$.skills",
            [](const Json &v, const std::string &p) { return readStringList(v, p); });
    {
        Obj c(o.get("companies"), "$.companies");
        c.consumeAll();
        if (c.object().empty())
            fail("$.companies", "empty object; expected at least one company category");
        for (auto it = c.object().begin(); it != c.object().end(); ++it)
            s.companyCategories.push_back(
                    readCompanyCategory(it.value(), child("$.companies", it.key()), it.key()));
        c.done();
    }
    readStudents(o.get("students"), s.student);
    readInternships(o.get("internships"), s.internship);
    readInteractions(o.get("interactions"), s.interaction);
    readOutcomes(o.get("outcomes"), s.outcome);
    if (const Json *c = o.optional("columns"))
        readColumns(*c, s);
    if (const Json *p = o.optional("published"))
        readPublished(*p, s);
    o.done();
    return s;
}

} // namespace

Result<Scenario> scenarioFromJson(std::string_view text)
{
    if (const auto at = jsonTooDeep(text))
        return Status::error("$: nested more than " + std::to_string(kMaxJsonDepth)
                             + " levels deep (at byte " + std::to_string(*at + 1)
                             + "); expected a scenario document");
    Json j;
    try {
        j = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        // parse_error, and out_of_range for numbers such as 9e999 that no double holds.
        std::string what = e.what();
        const auto pos = what.find(e.id == 406 ? "number" : "parse error");
        return Status::error("$: invalid JSON ("
                             + (pos == std::string::npos ? what : what.substr(pos))
                             + "); expected a JSON object");
    }
    try {
        Scenario s = readScenario(j);
        checkScenarioRules(s);
        return s;
    } catch (const ScenarioError &e) {
        return Status::error(e.path, e.text);
    } catch (const std::bad_alloc &) {
        return Status::error("$: not enough memory to read the scenario");
    } catch (const std::exception &e) {
        return Status::error(std::string("$: ") + e.what());
    }
}

Status validateScenario(const Scenario &scenario)
{
    try {
        checkScenarioRules(scenario);
        return Status::ok();
    } catch (const ScenarioError &e) {
        return Status::error(e.path, e.text);
    }
}

Result<Scenario> loadScenarioFile(const std::string &path)
{
    auto text = readRegularFile(path, kMaxJsonFileBytes);
    if (!text)
        return text.status();
    auto s = scenarioFromJson(*text);
    if (!s)
        return Status::error(path + ": " + s.error());
    return s;
}

std::string scenarioToJson(const Scenario &scenario)
{
    return scenarioDocument(scenario).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status saveScenarioFile(const Scenario &scenario, const std::string &path)
{
    return writeFileAtomically(path, scenarioToJson(scenario));
}

std::string scenarioHash(const Scenario &scenario)
{
    return Sha256::hex(
            scenarioDocument(scenario).dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::vector<std::string> presetNames()
{
    std::vector<std::string> names;
    for (const auto &p : builtinPresets())
        names.emplace_back(p.name);
    return names;
}

Result<Scenario> loadPreset(std::string_view name)
{
    for (const auto &p : builtinPresets()) {
        if (p.name == name) {
            auto s = scenarioFromJson(p.json);
            if (!s)
                return Status::error("preset " + std::string(name) + ": " + s.error());
            return s;
        }
    }
    std::string known;
    for (const auto &n : presetNames())
        known += (known.empty() ? "" : ", ") + n;
    return Status::error("unknown preset \"" + std::string(name) + "\"; expected one of " + known);
}

} // namespace pmis
