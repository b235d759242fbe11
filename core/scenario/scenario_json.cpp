#include "core/scenario/scenario_json.h"

#include "core/scenario/presets.h"
#include "core/util/civil_time.h"
#include "core/util/file_util.h"
#include "core/util/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <cmath>
#include <set>

namespace pmis {
namespace {

using Json = nlohmann::ordered_json;

struct ScenarioError
{
    std::string message;
};

[[noreturn]] void fail(const std::string &path, const std::string &what)
{
    throw ScenarioError{path + ": " + what};
}

std::string child(const std::string &path, std::string_view key)
{
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    if (plain)
        return path + "." + std::string(key);
    return path + "[\"" + std::string(key) + "\"]";
}

std::string typeName(const Json &j)
{
    if (j.is_null())
        return "null";
    if (j.is_boolean())
        return "a boolean";
    if (j.is_number())
        return "a number";
    if (j.is_string())
        return "a string";
    if (j.is_array())
        return "an array";
    return "an object";
}

// A JSON object being read: every key must be consumed, so unknown keys are reported.
class Obj
{
public:
    Obj(const Json &j, std::string path) : m_j(j), m_path(std::move(path))
    {
        if (!j.is_object())
            fail(m_path, "expected an object, got " + typeName(j));
    }
    ~Obj() noexcept(false)
    {
        if (std::uncaught_exceptions() > 0)
            return;
        for (auto it = m_j.begin(); it != m_j.end(); ++it) {
            if (!m_used.count(it.key()))
                fail(child(m_path, it.key()), "unknown key; expected one of " + knownKeys());
        }
    }
    const std::string &path() const { return m_path; }
    const Json &object() const { return m_j; }
    bool has(const std::string &key) const { return m_j.contains(key); }
    const Json &get(const std::string &key)
    {
        m_known.push_back(key);
        if (!m_j.contains(key))
            fail(child(m_path, key), "missing required key");
        m_used.insert(key);
        return m_j.at(key);
    }
    const Json *optional(const std::string &key)
    {
        m_known.push_back(key);
        if (!m_j.contains(key))
            return nullptr;
        m_used.insert(key);
        return &m_j.at(key);
    }
    std::string at(const std::string &key) const { return child(m_path, key); }
    // Marks every key as read: for maps whose keys are data, not names.
    void consumeAll()
    {
        for (auto it = m_j.begin(); it != m_j.end(); ++it)
            m_used.insert(it.key());
    }

private:
    std::string knownKeys() const
    {
        std::string out;
        for (const auto &k : m_known)
            out += (out.empty() ? "" : ", ") + k;
        return out.empty() ? "(none)" : out;
    }
    const Json &m_j;
    std::string m_path;
    std::set<std::string> m_used;
    std::vector<std::string> m_known;
};

double readNumber(const Json &j, const std::string &path)
{
    if (!j.is_number())
        fail(path, "expected a number, got " + typeName(j));
    const double v = j.get<double>();
    if (!std::isfinite(v))
        fail(path, "expected a finite number");
    return v;
}

std::int64_t readInt(const Json &j, const std::string &path)
{
    if (!j.is_number_integer())
        fail(path, "expected a whole number, got " + typeName(j));
    return j.get<std::int64_t>();
}

std::int64_t readPositive(const Json &j, const std::string &path)
{
    const std::int64_t v = readInt(j, path);
    if (v <= 0)
        fail(path, "expected a whole number > 0, got " + std::to_string(v));
    return v;
}

std::string readString(const Json &j, const std::string &path)
{
    if (!j.is_string())
        fail(path, "expected a string, got " + typeName(j));
    return j.get<std::string>();
}

std::vector<std::string> readStringList(const Json &j, const std::string &path, bool allowEmpty = false)
{
    if (!j.is_array())
        fail(path, "expected an array of strings, got " + typeName(j));
    if (j.empty() && !allowEmpty)
        fail(path, "empty list; expected at least one string");
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        std::string s = readString(j[i], p);
        if (s.empty())
            fail(p, "empty string; expected a name");
        if (!seen.insert(s).second)
            fail(p, "duplicate value \"" + s + "\"; expected distinct names");
        out.push_back(std::move(s));
    }
    return out;
}

double readProbability(const Json &j, const std::string &path, bool openInterval)
{
    const double v = readNumber(j, path);
    if (openInterval ? (v <= 0 || v >= 1) : (v < 0 || v > 1))
        fail(path, std::string("expected a number in ") + (openInterval ? "(0, 1)" : "[0, 1]")
                       + ", got " + j.dump());
    return v;
}

ShareMode readMode(const Json &j, const std::string &path)
{
    const std::string s = readString(j, path);
    if (s == "sampled")
        return ShareMode::Sampled;
    if (s == "exact")
        return ShareMode::Exact;
    fail(path, "unknown mode \"" + s + "\"; expected \"sampled\" or \"exact\"");
}

ShareTable readShares(const Json &j, const std::string &path)
{
    Obj o(j, path);
    ShareTable t;
    if (const Json *m = o.optional("mode"))
        t.mode = readMode(*m, o.at("mode"));
    const std::string sharesPath = o.at("shares");
    Obj shares(o.get("shares"), sharesPath);
    shares.consumeAll();
    if (shares.object().empty())
        fail(sharesPath, "no shares; expected an object of label: weight");
    double total = 0;
    for (auto it = shares.object().begin(); it != shares.object().end(); ++it) {
        const std::string p = child(sharesPath, it.key());
        if (it.key().empty())
            fail(p, "empty label; expected a name");
        const double w = readNumber(it.value(), p);
        if (w < 0)
            fail(p, "negative weight " + it.value().dump() + "; expected a number >= 0");
        total += w;
        t.shares.push_back({it.key(), w});
    }
    if (!(total > 0))
        fail(sharesPath, "all weights are zero; expected at least one weight > 0");
    return t;
}

IntRange readRange(const Json &j, const std::string &path, std::int64_t lowest)
{
    Obj o(j, path);
    IntRange r;
    r.min = readInt(o.get("min"), o.at("min"));
    r.max = readInt(o.get("max"), o.at("max"));
    if (r.min < lowest)
        fail(o.at("min"), "expected a whole number >= " + std::to_string(lowest) + ", got "
                              + std::to_string(r.min));
    if (r.min > r.max)
        fail(path, "min " + std::to_string(r.min) + " > max " + std::to_string(r.max)
                       + "; expected min <= max");
    return r;
}

NormalSpec readNormal(const Json &j, const std::string &path)
{
    Obj o(j, path);
    NormalSpec n;
    n.mean = readNumber(o.get("mean"), o.at("mean"));
    n.sd = readNumber(o.get("sd"), o.at("sd"));
    n.min = readNumber(o.get("min"), o.at("min"));
    n.max = readNumber(o.get("max"), o.at("max"));
    if (n.sd <= 0)
        fail(o.at("sd"), "expected a standard deviation > 0, got " + o.object().at("sd").dump());
    if (n.min >= n.max)
        fail(path, "min >= max; expected min < max");
    if (n.mean < n.min - 3 * n.sd || n.mean > n.max + 3 * n.sd)
        fail(o.at("mean"), "mean lies more than 3 sd outside [min, max]; expected a mean near the range");
    return n;
}

template<typename T, typename Fn>
std::vector<std::pair<std::string, T>> readMap(const Json &j, const std::string &path, Fn readValue)
{
    Obj o(j, path);
    o.consumeAll();
    if (j.empty())
        fail(path, "empty object; expected at least one entry");
    std::vector<std::pair<std::string, T>> out;
    for (auto it = j.begin(); it != j.end(); ++it)
        out.emplace_back(it.key(), readValue(it.value(), child(path, it.key())));
    return out;
}

template<typename T>
const T *lookup(const std::vector<std::pair<std::string, T>> &map, const std::string &key)
{
    for (const auto &[k, v] : map) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

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
    s.interestsPerStudent = readRange(o.get("interests_per_student"), o.at("interests_per_student"), 0);
    s.ruralUrban = readShares(o.get("rural_urban"), o.at("rural_urban"));
    s.cities = readShares(o.get("cities"), o.at("cities"));
    s.gender = readShares(o.get("gender"), o.at("gender"));
    s.graduationYear = readShares(o.get("graduation_year"), o.at("graduation_year"));
    s.experience = readShares(o.get("previous_experience"), o.at("previous_experience"));
    s.createdWithinDays = readPositive(o.get("created_within_days"), o.at("created_within_days"));
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
        if (s.stipendMin >= s.stipendMax)
            fail(st.path(), "min >= max; expected min < max");
        if (s.stipendRound <= 0)
            fail(st.at("round_to"), "expected a rounding step > 0");
    }
    s.durationMonths = readShares(o.get("duration_months"), o.at("duration_months"));
    s.positions = readMap<IntRange>(o.get("positions"), o.at("positions"),
                                    [](const Json &v, const std::string &p) { return readRange(v, p, 1); });
    s.remoteWork = readShares(o.get("remote_work"), o.at("remote_work"));
    s.experienceLevel = readShares(o.get("experience_level"), o.at("experience_level"));
    s.activeShare = readProbability(o.get("active_share"), o.at("active_share"), false);
    s.createdWithinDays = readPositive(o.get("created_within_days"), o.at("created_within_days"));
    s.deadlineWithinDays = readPositive(o.get("deadline_within_days"), o.at("deadline_within_days"));
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
    }
    s.windowDays = readPositive(o.get("window_days"), o.at("window_days"));
    const auto range0 = [](const Json &v, const std::string &p) { return readRange(v, p, 0); };
    s.timeSpent = readMap<IntRange>(o.get("time_spent"), o.at("time_spent"), range0);
    s.pageViews = readMap<IntRange>(o.get("page_views"), o.at("page_views"), range0);
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
    {
        Obj w(o.get("weights"), o.at("weights"));
        s.wSkillMatch = readNumber(w.get("skill_match"), w.at("skill_match"));
        s.wCgpa = readNumber(w.get("cgpa"), w.at("cgpa"));
        s.wExperience = readNumber(w.get("experience"), w.at("experience"));
        s.wSameCity = readNumber(w.get("same_city"), w.at("same_city"));
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
    }
    s.rejectionReasons = readStringList(o.get("rejection_reasons"), o.at("rejection_reasons"));
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
    return c;
}

Scenario readScenario(const Json &j)
{
    Obj o(j, "$");
    const Json &version = o.get("schema_version");
    if (!version.is_number_integer() || version.get<std::int64_t>() != Scenario::kSchemaVersion)
        fail("$.schema_version", "unsupported schema version " + version.dump() + "; expected "
                                     + std::to_string(Scenario::kSchemaVersion));
    Scenario s;
    s.name = readString(o.get("name"), "$.name");
    if (const Json *d = o.optional("description"))
        s.description = readString(*d, "$.description");
    {
        const Json &seed = o.get("seed");
        if (!seed.is_number_unsigned() && !(seed.is_number_integer() && seed.get<std::int64_t>() >= 0))
            fail("$.seed", "expected a whole number >= 0, got " + seed.dump());
        s.seed = seed.get<std::uint64_t>();
    }
    s.referenceDate = readString(o.get("reference_date"), "$.reference_date");
    {
        Obj c(o.get("counts"), "$.counts");
        s.students = readPositive(c.get("students"), c.at("students"));
        s.internships = readPositive(c.get("internships"), c.at("internships"));
        s.interactions = readPositive(c.get("interactions"), c.at("interactions"));
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
    }
    readStudents(o.get("students"), s.student);
    readInternships(o.get("internships"), s.internship);
    readInteractions(o.get("interactions"), s.interaction);
    readOutcomes(o.get("outcomes"), s.outcome);
    return s;
}

// ---- cross-field rules -----------------------------------------------------------------------

template<typename T>
void requireSameKeys(const ShareTable &shares, const std::string &sharesPath,
                     const std::vector<std::pair<std::string, T>> &map, const std::string &mapPath)
{
    for (const Share &sh : shares.shares) {
        if (!lookup(map, sh.label))
            fail(child(mapPath, sh.label), "missing entry for \"" + sh.label + "\" listed in "
                                                + sharesPath + "; expected one per label");
    }
    for (const auto &[k, v] : map) {
        if (shares.indexOf(k) < 0)
            fail(child(mapPath, k), "\"" + k + "\" is not a label of " + sharesPath
                                        + "; expected only those labels");
    }
}

void requireIntegerLabels(const ShareTable &shares, const std::string &path, std::int64_t lo, std::int64_t hi)
{
    for (const Share &sh : shares.shares) {
        std::size_t used = 0;
        long long v = 0;
        try {
            v = std::stoll(sh.label, &used);
        } catch (...) {
            used = 0;
        }
        if (used != sh.label.size() || v < lo || v > hi)
            fail(child(path + ".shares", sh.label), "expected a whole-number label in [" + std::to_string(lo)
                                                        + ", " + std::to_string(hi) + "]");
    }
}

void checkScenario(const Scenario &s)
{
    if (s.name.empty())
        fail("$.name", "empty name; expected a short name");
    if (!parseIsoDate(s.referenceDate))
        fail("$.reference_date", "\"" + s.referenceDate + "\" is not a date; expected YYYY-MM-DD");
    if (s.students <= 0)
        fail("$.counts.students", "expected a whole number > 0");
    if (s.internships <= 0)
        fail("$.counts.internships", "expected a whole number > 0");
    if (s.interactions <= 0)
        fail("$.counts.interactions", "expected a whole number > 0");
    if (s.students > 50'000'000 || s.internships > 10'000'000 || s.interactions > 500'000'000)
        fail("$.counts", "counts too large; expected at most 50M students, 10M internships, 500M interactions");

    // Skills: unique across categories, at most 128 in all (they are held as bit sets).
    std::set<std::string> skills;
    for (const auto &[cat, list] : s.skillCategories) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!skills.insert(list[i]).second)
                fail(child("$.skills", cat) + "[" + std::to_string(i) + "]",
                     "skill \"" + list[i] + "\" appears in two categories; expected each skill once");
        }
    }
    if (skills.size() > 128)
        fail("$.skills", std::to_string(skills.size()) + " skills; expected at most 128");

    // Companies.
    std::set<std::string> companyNames;
    for (const CompanyCategory &c : s.companyCategories) {
        const std::string p = child("$.companies", c.key);
        for (std::size_t i = 0; i < c.names.size(); ++i) {
            if (!companyNames.insert(c.names[i]).second)
                fail(p + ".names[" + std::to_string(i) + "]",
                     "company \"" + c.names[i] + "\" is listed twice; expected each company once");
        }
        for (const Share &sz : c.size.shares) {
            if (!lookup(s.internship.positions, sz.label))
                fail(child(p + ".size.shares", sz.label),
                     "size \"" + sz.label + "\" has no entry in $.internships.positions; expected one of its keys");
        }
        if (c.reputation.min < 0 || c.reputation.max > 5)
            fail(p + ".reputation", "expected a range inside [0, 5]");
        if (c.stipend.min < 0)
            fail(p + ".stipend.min", "expected a stipend >= 0");
    }

    // Students.
    const StudentSpec &st = s.student;
    requireSameKeys(st.tiers, "$.students.tiers", st.universities, "$.students.universities");
    requireSameKeys(st.tiers, "$.students.tiers", st.cgpa, "$.students.cgpa");
    requireSameKeys(st.streams, "$.students.streams", st.streamCategories, "$.students.stream_skill_categories");
    for (const auto &[stream, cats] : st.streamCategories) {
        std::size_t pool = 0;
        for (std::size_t i = 0; i < cats.size(); ++i) {
            const auto *list = lookup(s.skillCategories, cats[i]);
            if (!list)
                fail(child("$.students.stream_skill_categories", stream) + "[" + std::to_string(i) + "]",
                     "unknown skill category \"" + cats[i] + "\"; expected a key of $.skills");
            pool += list->size();
        }
        if (std::int64_t(pool) < st.skillsPerStudent.max)
            fail(child("$.students.stream_skill_categories", stream),
                 "pool of " + std::to_string(pool) + " skills is smaller than $.students.skills_per_student.max ("
                     + std::to_string(st.skillsPerStudent.max) + "); expected a larger pool");
        if (std::int64_t(pool) < st.interestsPerStudent.max)
            fail(child("$.students.stream_skill_categories", stream),
                 "pool of " + std::to_string(pool) + " skills is smaller than $.students.interests_per_student.max; expected a larger pool");
    }
    for (const auto &[tier, n] : st.cgpa) {
        if (n.min < 0 || n.max > 10)
            fail(child("$.students.cgpa", tier), "expected a CGPA range inside [0, 10]");
    }
    const auto ruralCount = st.ruralUrban.indexOf("rural") >= 0 ? 1 : 0;
    if (!ruralCount || st.ruralUrban.indexOf("urban") < 0 || st.ruralUrban.shares.size() != 2)
        fail("$.students.rural_urban.shares", "expected exactly the labels \"rural\" and \"urban\"");
    requireIntegerLabels(st.graduationYear, "$.students.graduation_year", 1950, 2100);
    if (st.createdWithinDays > 36500)
        fail("$.students.created_within_days", "expected at most 36500 days");

    // Internships.
    const InternshipSpec &in = s.internship;
    requireSameKeys(in.domains, "$.internships.domains", in.domainSkills, "$.internships.domain_skills");
    std::map<std::string, std::string> categoryOf;
    for (const auto &[cat, list] : s.skillCategories)
        for (const auto &skill : list)
            categoryOf[skill] = cat;
    std::set<std::string> holdable;
    for (const auto &[stream, cats] : st.streamCategories)
        for (const auto &c : cats)
            holdable.insert(c);
    for (const auto &[domain, list] : in.domainSkills) {
        const std::string p = child("$.internships.domain_skills", domain);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto it = categoryOf.find(list[i]);
            if (it == categoryOf.end())
                fail(p + "[" + std::to_string(i) + "]",
                     "skill \"" + list[i] + "\" is not in $.skills; expected a listed skill");
            if (!holdable.count(it->second))
                fail(p + "[" + std::to_string(i) + "]",
                     "skill \"" + list[i] + "\" (category \"" + it->second
                         + "\") is in no stream's pool, so no student can hold it; expected a skill some stream can hold");
        }
        if (std::int64_t(list.size()) < in.requiredSkills.max)
            fail(p, "pool of " + std::to_string(list.size())
                        + " skills is smaller than $.internships.required_skills.max; expected a larger pool");
    }
    requireIntegerLabels(in.durationMonths, "$.internships.duration_months", 1, 60);

    // Interactions.
    const InteractionSpec &ia = s.interaction;
    static const std::vector<std::string> kTypes = {"view", "apply", "shortlist", "reject"};
    for (const auto &t : kTypes) {
        if (ia.types.indexOf(t) < 0)
            fail("$.interactions.types.shares", "missing \"" + t
                                                    + "\"; expected the labels view, apply, shortlist, reject");
    }
    if (ia.types.shares.size() != kTypes.size())
        fail("$.interactions.types.shares", "expected exactly the labels view, apply, shortlist, reject");
    if (ia.types.shares[std::size_t(ia.types.indexOf("view"))].weight <= 0
        || ia.types.shares[std::size_t(ia.types.indexOf("apply"))].weight <= 0)
        fail("$.interactions.types.shares", "view and apply need weights > 0 for applications to exist");
    for (const auto *map : {&ia.timeSpent, &ia.pageViews}) {
        const std::string p = map == &ia.timeSpent ? "$.interactions.time_spent" : "$.interactions.page_views";
        requireSameKeys(ia.types, "$.interactions.types", *map, p);
    }
    const double maxEngagements = double(s.students) * double(s.internships);
    if (double(s.interactions) > maxEngagements)
        fail("$.counts.interactions", "more interactions than student-internship pairs; expected at most "
                                          "students x internships");

    // Outcomes.
    const OutcomeSpec &out = s.outcome;
    if (!(out.successRate > 0 && out.successRate < 1))
        fail("$.outcomes.success_rate", "expected a number in (0, 1)");
    for (const auto &[tier, b] : out.tierBias) {
        if (st.tiers.indexOf(tier) < 0)
            fail(child("$.outcomes.bias.tier", tier), "\"" + tier + "\" is not a tier; expected a label of $.students.tiers");
    }
    for (const auto &[g, b] : out.genderBias) {
        if (st.gender.indexOf(g) < 0)
            fail(child("$.outcomes.bias.gender", g), "\"" + g + "\" is not a gender; expected a label of $.students.gender");
    }
}

// ---- saving ----------------------------------------------------------------------------------

Json sharesToJson(const ShareTable &t)
{
    Json j;
    j["mode"] = t.mode == ShareMode::Exact ? "exact" : "sampled";
    Json shares = Json::object();
    for (const Share &s : t.shares)
        shares[s.label] = s.weight;
    j["shares"] = shares;
    return j;
}

Json rangeToJson(const IntRange &r)
{
    return Json{{"min", r.min}, {"max", r.max}};
}

Json normalToJson(const NormalSpec &n)
{
    return Json{{"mean", n.mean}, {"sd", n.sd}, {"min", n.min}, {"max", n.max}};
}

template<typename T, typename Fn>
Json mapToJson(const std::vector<std::pair<std::string, T>> &map, Fn toJson)
{
    Json j = Json::object();
    for (const auto &[k, v] : map)
        j[k] = toJson(v);
    return j;
}

const auto identity = [](const auto &v) { return Json(v); };

Json toJson(const Scenario &s)
{
    Json j;
    j["schema_version"] = Scenario::kSchemaVersion;
    j["name"] = s.name;
    if (!s.description.empty())
        j["description"] = s.description;
    j["seed"] = s.seed;
    j["reference_date"] = s.referenceDate;
    j["counts"] = {{"students", s.students}, {"internships", s.internships}, {"interactions", s.interactions}};
    j["skills"] = mapToJson(s.skillCategories, identity);
    Json companies = Json::object();
    for (const CompanyCategory &c : s.companyCategories) {
        Json cj;
        cj["label"] = c.label;
        cj["names"] = c.names;
        cj["industries"] = c.industries;
        cj["size"] = sharesToJson(c.size);
        cj["stipend"] = normalToJson(c.stipend);
        cj["reputation"] = normalToJson(c.reputation);
        cj["founded"] = rangeToJson(c.founded);
        companies[c.key] = cj;
    }
    j["companies"] = companies;

    const StudentSpec &st = s.student;
    Json sj;
    sj["tiers"] = sharesToJson(st.tiers);
    sj["universities"] = mapToJson(st.universities, identity);
    sj["cgpa"] = mapToJson(st.cgpa, normalToJson);
    sj["streams"] = sharesToJson(st.streams);
    sj["stream_skill_categories"] = mapToJson(st.streamCategories, identity);
    sj["skills_per_student"] = rangeToJson(st.skillsPerStudent);
    sj["interests_per_student"] = rangeToJson(st.interestsPerStudent);
    sj["rural_urban"] = sharesToJson(st.ruralUrban);
    sj["cities"] = sharesToJson(st.cities);
    sj["gender"] = sharesToJson(st.gender);
    sj["graduation_year"] = sharesToJson(st.graduationYear);
    sj["previous_experience"] = sharesToJson(st.experience);
    sj["created_within_days"] = st.createdWithinDays;
    j["students"] = sj;

    const InternshipSpec &in = s.internship;
    Json ij;
    ij["domains"] = sharesToJson(in.domains);
    ij["domain_skills"] = mapToJson(in.domainSkills, identity);
    ij["required_skills"] = rangeToJson(in.requiredSkills);
    ij["stipend"] = {{"min", in.stipendMin}, {"max", in.stipendMax}, {"round_to", in.stipendRound}};
    ij["duration_months"] = sharesToJson(in.durationMonths);
    ij["positions"] = mapToJson(in.positions, rangeToJson);
    ij["remote_work"] = sharesToJson(in.remoteWork);
    ij["experience_level"] = sharesToJson(in.experienceLevel);
    ij["active_share"] = in.activeShare;
    ij["created_within_days"] = in.createdWithinDays;
    ij["deadline_within_days"] = in.deadlineWithinDays;
    j["internships"] = ij;

    const InteractionSpec &ia = s.interaction;
    Json aj;
    aj["types"] = sharesToJson(ia.types);
    aj["activity_dispersion"] = ia.activityDispersion;
    aj["device"] = sharesToJson(ia.device);
    aj["source"] = sharesToJson(ia.source);
    aj["affinity"] = {{"skill_overlap", ia.affinity.skillOverlap}, {"same_city", ia.affinity.sameCity},
                      {"stipend", ia.affinity.stipend},           {"zipf_exponent", ia.affinity.zipfExponent},
                      {"noise", ia.affinity.noise},               {"candidates", ia.affinity.candidates}};
    aj["window_days"] = ia.windowDays;
    aj["time_spent"] = mapToJson(ia.timeSpent, rangeToJson);
    aj["page_views"] = mapToJson(ia.pageViews, rangeToJson);
    j["interactions"] = aj;

    const OutcomeSpec &o = s.outcome;
    Json oj;
    oj["success_rate"] = o.successRate;
    oj["mode"] = o.mode == ShareMode::Exact ? "exact" : "sampled";
    oj["signal_strength"] = o.signalStrength;
    oj["weights"] = {{"skill_match", o.wSkillMatch}, {"cgpa", o.wCgpa},
                     {"experience", o.wExperience},  {"same_city", o.wSameCity}};
    Json bias = Json::object();
    if (!o.tierBias.empty())
        bias["tier"] = mapToJson(o.tierBias, identity);
    if (!o.genderBias.empty())
        bias["gender"] = mapToJson(o.genderBias, identity);
    bias["rural"] = o.ruralBias;
    oj["bias"] = bias;
    oj["rejection_reasons"] = o.rejectionReasons;
    j["outcomes"] = oj;
    return j;
}

} // namespace

Result<Scenario> scenarioFromJson(std::string_view text)
{
    Json j;
    try {
        j = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        std::string what = e.what();
        const auto pos = what.find("parse error");
        return Status::error("$: invalid JSON (" + (pos == std::string::npos ? what : what.substr(pos))
                             + "); expected a JSON object");
    }
    try {
        Scenario s = readScenario(j);
        checkScenario(s);
        return s;
    } catch (const ScenarioError &e) {
        return Status::error(e.message);
    } catch (const std::exception &e) {
        return Status::error(std::string("$: ") + e.what());
    }
}

Status validateScenario(const Scenario &scenario)
{
    try {
        checkScenario(scenario);
        return Status::ok();
    } catch (const ScenarioError &e) {
        return Status::error(e.message);
    }
}

Result<Scenario> loadScenarioFile(const std::string &path)
{
    auto text = readWholeFile(path);
    if (!text)
        return text.status();
    auto s = scenarioFromJson(*text);
    if (!s)
        return Status::error(path + ": " + s.error());
    return s;
}

std::string scenarioToJson(const Scenario &scenario)
{
    return toJson(scenario).dump(2) + "\n";
}

Status saveScenarioFile(const Scenario &scenario, const std::string &path)
{
    return writeFileAtomically(path, scenarioToJson(scenario));
}

std::string scenarioHash(const Scenario &scenario)
{
    return Sha256::hex(toJson(scenario).dump());
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
