#include "core/rec/rec_data.h"

#include "core/util/civil_time.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace pmis::rec {

double EventWeights::of(EventType type) const
{
    switch (type) {
    case EventType::View:
        return view;
    case EventType::Apply:
        return apply;
    case EventType::Shortlist:
        return shortlist;
    case EventType::Reject:
        return reject;
    case EventType::Other:
        break;
    }
    return 0.0;
}

std::string normaliseToken(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (isAsciiSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += asciiLower(c);
    }
    return out;
}

double parseDecimal(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::numeric_limits<double>::quiet_NaN();
    return value;
}

std::string formatDecimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                         std::chars_format::fixed, decimals);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

namespace {

// The number inside an ID cell: the stored number for Id / Int64 columns, the trailing digits of
// a text ("STU_00042" -> 42). -1 when there is none.
std::int64_t idNumber(const Column &c, std::size_t row)
{
    if (c.isNull(row))
        return -1;
    if (c.spec.type == ColumnType::Id || c.spec.type == ColumnType::Int64)
        return c.ints[row];
    const std::string text = c.text(row);
    std::size_t end = text.size();
    while (end > 0 && isAsciiSpace(text[end - 1]))
        --end;
    std::size_t begin = end;
    while (begin > 0 && isAsciiDigit(text[begin - 1]))
        --begin;
    if (begin == end || end - begin > 17)
        return -1;
    return std::stoll(text.substr(begin, end - begin));
}

std::int64_t idNumberOfText(const std::string &text)
{
    Column c;
    c.spec.type = ColumnType::Text;
    c.texts.push_back(text);
    return idNumber(c, 0);
}

std::string cellString(const Column &c, std::size_t row)
{
    if (c.isNull(row))
        return {};
    if (c.spec.type == ColumnType::Category)
        return c.dict[std::size_t(c.codes[row])];
    if (c.spec.type == ColumnType::Text)
        return c.texts[row];
    return c.text(row);
}

// Every element of a list cell: the codes of a StringList, or the comma-separated parts of text.
template<typename F>
void forEachListItem(const Column &c, std::size_t row, F f)
{
    if (c.isNull(row))
        return;
    if (c.spec.type == ColumnType::StringList) {
        for (std::size_t i = 0; i < c.listSize(row); ++i)
            f(std::string_view(c.dict[std::size_t(c.listCode(row, i))]));
        return;
    }
    const std::string text = cellString(c, row);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        f(std::string_view(text).substr(start, comma - start));
        start = comma + 1;
    }
}

// Seconds of a time cell (Timestamp, Date, Int64, or ISO text); kNoTime when null or malformed.
std::int64_t timeOf(const Column &c, std::size_t row)
{
    if (c.isNull(row))
        return kNoTime;
    switch (c.spec.type) {
    case ColumnType::Timestamp:
    case ColumnType::Date:
    case ColumnType::Int64:
        return c.ints[row];
    default:
        break;
    }
    const auto t = parseIsoTimestamp(cellString(c, row));
    return t ? *t : kNoTime;
}

// 0/1 of a boolean-like cell; -1 when null or unreadable.
int flagOf(const Column &c, std::size_t row)
{
    if (c.isNull(row))
        return -1;
    if (c.isNumeric()) {
        const double v = c.number(row);
        return std::isnan(v) ? -1 : (v != 0.0 ? 1 : 0);
    }
    const std::string v = normaliseToken(cellString(c, row));
    if (v == "true" || v == "1" || v == "yes" || v == "selected")
        return 1;
    if (v == "false" || v == "0" || v == "no" || v == "rejected")
        return 0;
    return -1;
}

double realOf(const Column &c, std::size_t row)
{
    if (c.isNumeric())
        return c.number(row);
    return parseDecimal(cellString(c, row));
}

// A column the success model may read as a feature: absent, or declared by the schema as anything
// but the label, a post-outcome value or the ground truth (those are never features).
const Column *featureColumn(const Table &t, const char *column)
{
    const Column *c = t.find(column);
    if (!c)
        return nullptr;
    switch (c->spec.role) {
    case ColumnRole::Label:
    case ColumnRole::PostOutcome:
    case ColumnRole::GroundTruth:
    case ColumnRole::Protected:
        return nullptr;
    default:
        return c;
    }
}

Status need(const Table &t, const char *column)
{
    if (!t.find(column))
        return Status::error(t.name + "." + column
                             + ": the column is missing; the recommender needs it");
    return Status::ok();
}

class Interner
{
public:
    explicit Interner(std::vector<std::string> &labels)
        : m_labels(labels)
    {}
    std::int32_t operator()(const std::string &key)
    {
        auto [it, inserted] = m_index.try_emplace(key, std::int32_t(m_labels.size()));
        if (inserted)
            m_labels.push_back(key);
        return it->second;
    }

private:
    std::vector<std::string> &m_labels;
    std::map<std::string, std::int32_t> m_index;
};

// A categorical column's labels in the declared order of its value set (spec.allowed: ordered levels
// such as previous_experience stay ordered, and generated and imported data agree), then any other
// values in dictionary or first-seen order.
void readCategory(const Column *c, std::size_t rows, std::vector<std::string> &labels,
                  std::vector<std::int32_t> &codes)
{
    codes.assign(rows, -1);
    if (!c)
        return;
    Interner intern(labels);
    for (const std::string &v : c->spec.allowed)
        intern(v);
    if (c->spec.type == ColumnType::Category) {
        std::vector<std::int32_t> remap(c->dict.size());
        for (std::size_t k = 0; k < c->dict.size(); ++k)
            remap[k] = intern(c->dict[k]);
        for (std::size_t r = 0; r < rows; ++r)
            codes[r] = c->isNull(r) ? -1 : remap[std::size_t(c->codes[r])];
        return;
    }
    for (std::size_t r = 0; r < rows; ++r) {
        const std::string v = cellString(*c, r);
        codes[r] = v.empty() ? -1 : intern(v);
    }
}

// Nominal attributes (tier, rural/urban, gender, company size) in alphabetical order, so every source
// of the same data lists their groups alike.
void sortLabels(std::vector<std::string> &labels, std::vector<std::int32_t> &codes)
{
    std::vector<std::int32_t> order(labels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = std::int32_t(k);
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return normaliseToken(labels[std::size_t(a)]) != normaliseToken(labels[std::size_t(b)])
                       ? normaliseToken(labels[std::size_t(a)])
                                 < normaliseToken(labels[std::size_t(b)])
                       : labels[std::size_t(a)] < labels[std::size_t(b)];
    });
    std::vector<std::int32_t> rank(labels.size());
    std::vector<std::string> sorted;
    for (std::size_t k = 0; k < order.size(); ++k) {
        rank[std::size_t(order[k])] = std::int32_t(k);
        sorted.push_back(labels[std::size_t(order[k])]);
    }
    labels = std::move(sorted);
    for (std::int32_t &c : codes)
        if (c >= 0)
            c = rank[std::size_t(c)];
}

EventType eventTypeOf(const std::string &label)
{
    const std::string v = normaliseToken(label);
    if (v == "view")
        return EventType::View;
    if (v == "apply")
        return EventType::Apply;
    if (v == "shortlist")
        return EventType::Shortlist;
    if (v == "reject")
        return EventType::Reject;
    return EventType::Other;
}

} // namespace

std::vector<const GroupAttribute *> RecData::groupAttributes() const
{
    std::vector<const GroupAttribute *> out = {&ruralUrban, &tier, &gender};
    for (const GroupAttribute &g : declaredGroups)
        out.push_back(&g);
    return out;
}

std::int32_t RecData::findStudent(const std::string &id) const
{
    const auto it = studentByNumber.find(idNumberOfText(id));
    return it == studentByNumber.end() ? -1 : it->second;
}

std::int32_t RecData::findInternship(const std::string &id) const
{
    const auto it = internshipByNumber.find(idNumberOfText(id));
    return it == internshipByNumber.end() ? -1 : it->second;
}

bool RecData::hasApplied(std::size_t student, std::int32_t internship) const
{
    const auto &list = appliedTo[student];
    return std::binary_search(list.begin(), list.end(), internship);
}

bool RecData::available(std::size_t internship, std::int64_t referenceTime) const
{
    if (!active[internship])
        return false;
    return deadline[internship] == kNoTime || deadline[internship] >= referenceTime;
}

std::uint32_t RecData::applicantsBefore(std::size_t internship, std::int64_t time) const
{
    const auto &times = applicationTimes[internship];
    if (time == kNoTime)
        return std::uint32_t(times.size());
    return std::uint32_t(std::lower_bound(times.begin(), times.end(), time) - times.begin());
}

Result<RecData> buildRecData(const Dataset &data)
{
    RecData d;
    const Table &st = data.students, &in = data.internships, &ia = data.interactions,
                &oc = data.outcomes;
    for (auto [t, name] : {std::pair{&st, "student_id"},
                           {&st, "skills"},
                           {&in, "internship_id"},
                           {&in, "required_skills"},
                           {&ia, "student_id"},
                           {&ia, "internship_id"},
                           {&ia, "interaction_type"},
                           {&ia, "timestamp"},
                           {&oc, "student_id"},
                           {&oc, "internship_id"},
                           {&oc, "application_date"},
                           {&oc, "success"}}) {
        if (Status s = need(*t, name); !s)
            return s;
    }
    // Present: checked above.
    const Column &sIdColumn = st.at("student_id"), &sSkillsColumn = st.at("skills");
    const Column &iIdColumn = in.at("internship_id"), &iSkillsColumn = in.at("required_skills");
    const Column &aStudentColumn = ia.at("student_id"), &aInternshipColumn = ia.at("internship_id");
    const Column &aTypeColumn = ia.at("interaction_type"), &aTimeColumn = ia.at("timestamp");
    const Column &oStudentColumn = oc.at("student_id"), &oInternshipColumn = oc.at("internship_id");
    const Column &oDateColumn = oc.at("application_date"), &oSuccessColumn = oc.at("success");
    const Column *sId = &sIdColumn, *sSkills = &sSkillsColumn, *iId = &iIdColumn,
                 *iSkills = &iSkillsColumn;
    const Column *aStudent = &aStudentColumn, *aInternship = &aInternshipColumn,
                 *aType = &aTypeColumn;
    const Column *aTime = &aTimeColumn, *oStudent = &oStudentColumn,
                 *oInternship = &oInternshipColumn;
    const Column *oDate = &oDateColumn, *oSuccess = &oSuccessColumn;
    d.students = st.rowCount();
    d.internships = in.rowCount();

    // Rows by ID number; a duplicate ID is an error the user must fix first.
    for (std::size_t r = 0; r < d.students; ++r) {
        d.studentIds.push_back(sId->text(r));
        if (!d.studentByNumber.try_emplace(idNumber(*sId, r), std::int32_t(r)).second)
            return Status::error("students.student_id: row " + std::to_string(r + 1)
                                 + ": duplicate ID " + d.studentIds.back()
                                 + "; expected unique IDs");
    }
    for (std::size_t r = 0; r < d.internships; ++r) {
        d.internshipIds.push_back(iId->text(r));
        if (!d.internshipByNumber.try_emplace(idNumber(*iId, r), std::int32_t(r)).second)
            return Status::error("internships.internship_id: row " + std::to_string(r + 1)
                                 + ": duplicate ID " + d.internshipIds.back()
                                 + "; expected unique IDs");
    }

    // Vocabulary: skills, interests and domains share one token space.
    Interner token(d.vocabulary);
    const auto tokens = [&](const Column &c, std::size_t row) {
        std::vector<std::int32_t> out;
        forEachListItem(c, row, [&](std::string_view item) {
            const std::string t = normaliseToken(item);
            if (!t.empty())
                out.push_back(token(t));
        });
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    const Column *sInterests = st.find("interests");
    d.studentSkills.resize(d.students);
    d.studentInterests.resize(d.students);
    for (std::size_t r = 0; r < d.students; ++r) {
        d.studentSkills[r] = tokens(*sSkills, r);
        if (sInterests) {
            for (std::int32_t t : tokens(*sInterests, r))
                if (!std::binary_search(d.studentSkills[r].begin(), d.studentSkills[r].end(), t))
                    d.studentInterests[r].push_back(t);
        }
    }
    const Column *iDomain = in.find("domain");
    d.requiredSkills.resize(d.internships);
    d.domainToken.assign(d.internships, -1);
    for (std::size_t r = 0; r < d.internships; ++r) {
        d.requiredSkills[r] = tokens(*iSkills, r);
        if (iDomain) {
            const std::string t = normaliseToken(cellString(*iDomain, r));
            if (!t.empty())
                d.domainToken[r] = token(t);
        }
    }

    // Cities in one code space.
    Interner city(d.cities);
    const auto cityCodes = [&](const Column *c, std::size_t rows, std::vector<std::int32_t> &out) {
        out.assign(rows, -1);
        for (std::size_t r = 0; c && r < rows; ++r) {
            const std::string label = cellString(*c, r);
            const std::string v = normaliseToken(label);
            if (v.empty())
                continue;
            out[r] = city(v);
            if (std::size_t(out[r]) == d.cityLabels.size())
                d.cityLabels.push_back(label);
        }
    };
    cityCodes(featureColumn(st, "location"), d.students, d.studentCity);
    cityCodes(featureColumn(in, "location"), d.internships, d.internshipCity);

    d.cgpa.assign(d.students, std::numeric_limits<double>::quiet_NaN());
    if (const Column *c = featureColumn(st, "cgpa"))
        for (std::size_t r = 0; r < d.students; ++r)
            d.cgpa[r] = realOf(*c, r);
    readCategory(featureColumn(st, "previous_experience"), d.students, d.experienceLabels,
                 d.experience);
    for (auto [attr, name] : {std::pair{&d.tier, "college_tier"},
                              {&d.ruralUrban, "rural_urban"},
                              {&d.gender, "gender"}}) {
        attr->column = name;
        readCategory(st.find(name), d.students, attr->labels, attr->codes);
        sortLabels(attr->labels, attr->codes);
    }
    for (const Column &c : st.columns) {
        if (c.spec.role != ColumnRole::Protected || c.spec.type != ColumnType::Category)
            continue;
        GroupAttribute &attr = d.declaredGroups.emplace_back();
        attr.column = c.spec.name;
        readCategory(&c, d.students, attr.labels, attr.codes);
        sortLabels(attr.labels, attr.codes);
    }

    d.stipend.assign(d.internships, std::numeric_limits<double>::quiet_NaN());
    if (const Column *c = featureColumn(in, "stipend"))
        for (std::size_t r = 0; r < d.internships; ++r)
            d.stipend[r] = realOf(*c, r);
    d.positions.assign(d.internships, std::numeric_limits<double>::quiet_NaN());
    if (const Column *c = featureColumn(in, "positions_available"))
        for (std::size_t r = 0; r < d.internships; ++r)
            d.positions[r] = realOf(*c, r);
    readCategory(featureColumn(in, "company_size"), d.internships, d.companySizeLabels,
                 d.companySize);
    sortLabels(d.companySizeLabels, d.companySize);
    d.active.assign(d.internships, 1);
    if (const Column *c = in.find("is_active"))
        for (std::size_t r = 0; r < d.internships; ++r)
            d.active[r] = flagOf(*c, r) != 0;
    d.deadline.assign(d.internships, kNoTime);
    if (const Column *c = in.find("application_deadline"))
        for (std::size_t r = 0; r < d.internships; ++r)
            d.deadline[r] = timeOf(*c, r);
    for (auto [out, name] :
         {std::pair{&d.title, "title"}, {&d.company, "company"}, {&d.domain, "domain"}}) {
        out->assign(d.internships, {});
        if (const Column *c = in.find(name))
            for (std::size_t r = 0; r < d.internships; ++r)
                (*out)[r] = cellString(*c, r);
    }

    // Interactions, grouped by student and sorted by time.
    const auto rowOf = [](const std::unordered_map<std::int64_t, std::int32_t> &m, std::int64_t n) {
        const auto it = m.find(n);
        return it == m.end() ? -1 : it->second;
    };
    std::vector<std::pair<std::int32_t, Event>> flat;
    flat.reserve(ia.rowCount());
    for (std::size_t r = 0; r < ia.rowCount(); ++r) {
        const std::int32_t s = rowOf(d.studentByNumber, idNumber(*aStudent, r));
        const std::int32_t i = rowOf(d.internshipByNumber, idNumber(*aInternship, r));
        const std::int64_t t = timeOf(*aTime, r);
        if (s < 0 || i < 0 || t == kNoTime) {
            ++d.skippedInteractions;
            continue;
        }
        const std::string type = cellString(*aType, r);
        Event e{i, eventTypeOf(type), t, std::uint32_t(r)};
        e.postOutcome = isPostOutcomeValue(aType->spec, type);
        flat.push_back({s, e});
    }
    d.eventOffset.assign(d.students + 1, 0);
    for (const auto &[s, e] : flat)
        ++d.eventOffset[std::size_t(s) + 1];
    for (std::size_t s = 0; s < d.students; ++s)
        d.eventOffset[s + 1] += d.eventOffset[s];
    d.events.resize(flat.size());
    std::vector<std::uint32_t> fill(d.eventOffset.begin(), d.eventOffset.end() - 1);
    for (const auto &[s, e] : flat)
        d.events[fill[std::size_t(s)]++] = e;
    for (std::size_t s = 0; s < d.students; ++s)
        std::sort(d.events.begin() + d.eventOffset[s], d.events.begin() + d.eventOffset[s + 1],
                  [](const Event &a, const Event &b) {
                      return a.time != b.time ? a.time < b.time : a.row < b.row;
                  });

    const Column *oTruth = oc.find("true_probability");
    d.hasTrueProbability = oTruth != nullptr;
    for (std::size_t r = 0; r < oc.rowCount(); ++r) {
        OutcomeRow o;
        o.student = rowOf(d.studentByNumber, idNumber(*oStudent, r));
        o.internship = rowOf(d.internshipByNumber, idNumber(*oInternship, r));
        o.date = timeOf(*oDate, r);
        const int y = flagOf(*oSuccess, r);
        if (o.student < 0 || o.internship < 0 || o.date == kNoTime || y < 0) {
            ++d.skippedOutcomes;
            continue;
        }
        o.success = std::int8_t(y);
        if (oTruth)
            o.trueProbability = realOf(*oTruth, r);
        if (std::isnan(o.trueProbability))
            d.hasTrueProbability = false;
        o.row = std::uint32_t(r);
        d.outcomes.push_back(o);
    }

    // Who applied where: apply, shortlist and reject events and every outcome row.
    d.appliedTo.assign(d.students, {});
    for (std::size_t s = 0; s < d.students; ++s)
        for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e)
            if (d.events[e].type == EventType::Apply || d.events[e].type == EventType::Shortlist
                || d.events[e].type == EventType::Reject)
                d.appliedTo[s].push_back(d.events[e].internship);
    for (const OutcomeRow &o : d.outcomes)
        d.appliedTo[std::size_t(o.student)].push_back(o.internship);
    d.applicants.assign(d.internships, 0);
    for (auto &list : d.appliedTo) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        for (std::int32_t i : list)
            ++d.applicants[std::size_t(i)];
    }

    // First application time of each (student, internship) from apply events and outcomes, then per
    // internship sorted.
    std::vector<std::pair<std::uint64_t, std::int64_t>> first; // (student << 32 | internship, time)
    for (std::size_t s = 0; s < d.students; ++s)
        for (std::uint32_t e = d.eventOffset[s]; e < d.eventOffset[s + 1]; ++e)
            if (d.events[e].type
                == EventType::Apply) // closing steps are post-outcome: never evidence
                first.push_back({std::uint64_t(s) << 32 | std::uint32_t(d.events[e].internship),
                                 d.events[e].time});
    for (const OutcomeRow &o : d.outcomes)
        first.push_back({std::uint64_t(o.student) << 32 | std::uint32_t(o.internship), o.date});
    std::sort(first.begin(), first.end());
    d.applicationTimes.assign(d.internships, {});
    for (std::size_t k = 0; k < first.size(); ++k)
        if (k == 0 || first[k].first != first[k - 1].first)
            d.applicationTimes[std::size_t(first[k].first & 0xffffffffu)].push_back(
                    first[k].second);
    for (auto &times : d.applicationTimes)
        std::sort(times.begin(), times.end());
    return d;
}

std::int64_t dayAfterLastEvent(const RecData &data)
{
    std::int64_t last = 0;
    for (const Event &e : data.events)
        last = std::max(last, e.time);
    return (last / kSecondsPerDay + 1) * kSecondsPerDay;
}

} // namespace pmis::rec
