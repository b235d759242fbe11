#pragma once
// The recommender's indexed view of a Dataset: row-indexed students and internships, a skill
// vocabulary, per-student events sorted by time and the outcomes, all with foreign keys already
// mapped to row indices through the parents' ID columns (never assuming number == row + 1).
// Built once, then read-only and safe to share between threads.

#include "core/data/table.h"
#include "core/util/result.h"

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmis::rec {

enum class EventType : std::uint8_t { View, Apply, Shortlist, Reject, Other };

// Implicit-feedback weight of each event type (docs/recommender.md: view 1, shortlist 3, apply 5,
// reject 0).
struct EventWeights
{
    double view = 1.0;
    double shortlist = 3.0;
    double apply = 5.0;
    double reject = 0.0; // never positive: a rejection is not a preference
    double of(EventType type) const;
};

struct Event
{
    std::int32_t internship = 0; // row index
    EventType type = EventType::View;
    std::int64_t time = 0;    // seconds since the epoch
    std::uint32_t row = 0;    // row in the interactions table (stable tie-break)
    bool postOutcome = false; // the schema marks this row's type as post-outcome (a closing step)
};

struct OutcomeRow
{
    std::int32_t student = 0;    // row index
    std::int32_t internship = 0; // row index
    std::int64_t date = 0;       // application_date, seconds
    std::int8_t success = 0;
    double trueProbability = std::numeric_limits<double>::quiet_NaN(); // NaN when not in the data
    std::uint32_t row = 0;
};

// A protected or audit attribute of students (rural_urban, college_tier, gender, or a column the
// scenario declares protected, such as social_group): one code per student (-1 = null) into
// `labels`, which are in alphabetical order.
struct GroupAttribute
{
    std::string column;
    std::vector<std::string> labels;
    std::vector<std::int32_t> codes;
};

inline constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

struct RecData
{
    std::size_t students = 0;
    std::size_t internships = 0;
    std::vector<std::string> studentIds;    // "STU_00042", as the data spells it
    std::vector<std::string> internshipIds; // "INT_00007"

    // Skill vocabulary: normalised tokens (lower case, single spaces) of skills, interests and
    // internship domains; token ids index `vocabulary`.
    std::vector<std::string> vocabulary;
    std::vector<std::vector<std::int32_t>> studentSkills;    // sorted, distinct
    std::vector<std::vector<std::int32_t>> studentInterests; // sorted, distinct, not in skills
    std::vector<std::vector<std::int32_t>> requiredSkills;   // sorted, distinct
    std::vector<std::int32_t> domainToken;                   // -1 when null

    // Cities share one code space across students and internships (-1 = null).
    std::vector<std::string> cities;     // normalised, the match key
    std::vector<std::string> cityLabels; // as first spelled in the data, for display
    std::vector<std::int32_t> studentCity;
    std::vector<std::int32_t> internshipCity;

    std::vector<double> cgpa;                   // NaN when null or absent
    std::vector<std::string> experienceLabels;  // the declared order (least to most), then others
    std::vector<std::int32_t> experience;       // -1 when null
    GroupAttribute tier, ruralUrban, gender;    // protected: audits only, never features
    std::vector<GroupAttribute> declaredGroups; // students' columns of the role "protected"

    std::vector<double> stipend;   // NaN when null
    std::vector<double> positions; // positions_available; NaN when null or absent
    std::vector<std::uint32_t>
            applicants; // distinct students who applied (events or outcomes), ever
    // Per internship: each applicant's first application time (an apply event or an outcome's
    // application_date), sorted. Features count from it as of a decision time.
    std::vector<std::vector<std::int64_t>> applicationTimes;
    std::vector<std::string> companySizeLabels;
    std::vector<std::int32_t> companySize;           // -1 when null
    std::vector<std::uint8_t> active;                // 1 when is_active is true or absent
    std::vector<std::int64_t> deadline;              // seconds; kNoTime when null or absent
    std::vector<std::string> title, company, domain; // display only; empty when absent

    // Interactions grouped by student, sorted by (time, row).
    std::vector<std::uint32_t> eventOffset; // students + 1 entries
    std::vector<Event> events;
    std::vector<OutcomeRow> outcomes;                 // in table order
    std::vector<std::vector<std::int32_t>> appliedTo; // per student: internships applied to, sorted
    bool hasTrueProbability = false;

    std::unordered_map<std::int64_t, std::int32_t> studentByNumber; // ID number -> row
    std::unordered_map<std::int64_t, std::int32_t> internshipByNumber;

    std::size_t skippedInteractions = 0; // rows whose keys did not resolve
    std::size_t skippedOutcomes = 0;

    std::size_t eventCount(std::size_t student) const
    {
        return eventOffset[student + 1] - eventOffset[student];
    }
    const Event *eventsOf(std::size_t student) const
    {
        return events.data() + eventOffset[student];
    }
    // Row index of a student or internship by its ID text ("STU_00042") or number ("42"); -1 when
    // unknown.
    // Every group attribute: rural_urban, college_tier, gender, then the declared ones in table
    // order.
    std::vector<const GroupAttribute *> groupAttributes() const;
    std::int32_t findStudent(const std::string &id) const;
    std::int32_t findInternship(const std::string &id) const;
    bool hasApplied(std::size_t student, std::int32_t internship) const;
    // Open for applications at `referenceTime`: active and not past the deadline.
    bool available(std::size_t internship, std::int64_t referenceTime) const;
    // Distinct students whose first application to `internship` is strictly before `time` (every
    // applicant when time is kNoTime): what was known at a decision taken at `time`.
    std::uint32_t applicantsBefore(std::size_t internship, std::int64_t time) const;
};

// Normalises a skill, domain or city: ASCII lower case, trimmed, inner white space collapsed. The
// same for every process locale.
std::string normaliseToken(std::string_view text);
// ASCII classification and case mapping, independent of the process locale (<cctype> is not).
constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiAlnum(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
constexpr char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}
// A decimal number read with std::from_chars (locale-independent); NaN when the text is not one.
double parseDecimal(std::string_view text);
// A number with `decimals` digits after the point, by std::to_chars (locale-independent).
std::string formatDecimal(double value, int decimals);

// Builds the view. Fails with "<table>.<column>: ..." when a required column is missing or has a
// type it cannot be read as. Required: students.student_id, students.skills,
// internships.internship_id, internships.required_skills, interactions.student_id / internship_id /
// interaction_type / timestamp, outcomes.student_id / internship_id / application_date / success.
// Every other column is optional and simply absent from features and reasons when missing; a
// feature column the schema declares as label, post-outcome or ground truth is treated as absent.
Result<RecData> buildRecData(const Dataset &data);

// The reference time of data without a scenario: midnight after the last interaction.
std::int64_t dayAfterLastEvent(const RecData &data);

} // namespace pmis::rec
