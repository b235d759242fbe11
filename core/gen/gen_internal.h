#pragma once
// Shared state of one generation run, passed from table to table. Internal to core/gen.

#include "core/gen/generator.h"
#include "core/gen/sampling.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace pmis::gen {

inline constexpr std::int64_t kSecondsPerDayGen = 86400;
inline constexpr std::int64_t kNoApply = -1;
// Every application is made at least this long before the reference date, so its closing step
// (1 to 14 days later) and the decision (a later day) both fall on or before the reference date.
inline constexpr std::int64_t kDecisionRoomDays = 16;
// Profiles and postings are at least this old at the reference date, so every student can apply.
inline constexpr std::int64_t kMinimumAgeDays = 30;

enum ClosingStep : std::uint8_t { NoClosing = 0, ClosedShortlist = 1, ClosedReject = 2 };

// The funnel's conditional odds, derived from the type shares (view, apply, shortlist, reject).
struct FunnelOdds
{
    double apply = 0;     // P(apply | view) = apply / view
    double closing = 0;   // P(closing step | apply) = (shortlist + reject) / apply
    double shortlist = 0; // P(shortlist | closing step) = shortlist / (shortlist + reject)
};
FunnelOdds funnelOdds(const ShareTable &types);

using SkillMask = std::array<std::uint64_t, 2>; // up to 128 skills

inline int popcount(const SkillMask &m)
{
    return __builtin_popcountll(m[0]) + __builtin_popcountll(m[1]);
}
inline SkillMask operator&(const SkillMask &a, const SkillMask &b)
{
    return {a[0] & b[0], a[1] & b[1]};
}
inline void setSkill(SkillMask &m, int skill)
{
    m[std::size_t(skill >> 6)] |= std::uint64_t(1) << (skill & 63);
}

// Thrown by Context::checkpoint on the generating thread when the caller cancels; generateDataset
// turns it into Status::cancelled(). Never thrown on a worker thread.
struct Cancelled
{};

struct Context
{
    const Scenario &scenario;
    int threads = 1;
    ProgressFn progress;             // the caller's; returning false cancels
    std::int64_t reference = 0;      // seconds
    std::vector<std::string> skills; // master list; code = index
    std::vector<std::string> cities; // student city labels; code = index
    std::vector<std::string> sizes;  // company sizes (positions keys)

    // companies
    std::vector<int> companyCategory;          // index into scenario.companyCategories
    std::vector<std::int32_t> companySize;     // index into sizes
    std::vector<std::int32_t> companyIndustry; // code in the industry value set
    std::vector<std::string> companyNames;

    // students
    std::vector<SkillMask> studentSkills;
    std::vector<std::int32_t> studentCity;
    std::vector<std::int64_t> studentCreated;

    // internships
    std::vector<SkillMask> internshipSkills;
    std::vector<std::int32_t> internshipCity;
    std::vector<double> internshipStipendZ; // standardised log stipend
    std::vector<std::int64_t> internshipCreated;
    std::vector<std::int64_t> internshipDeadline; // midnight of the deadline day
    std::vector<std::int64_t> internshipPositions;

    // Engagements (a view, optionally followed by an apply), student by student in the order they
    // become interaction rows. Applications are numbered in the same order.
    std::vector<std::size_t> engagementOffset; // per student, size students + 1
    std::vector<std::int32_t> engagementInternship;
    std::vector<std::int64_t> engagementView;  // seconds
    std::vector<std::int64_t> engagementApply; // seconds; kNoApply for a bare view
    std::vector<std::size_t> applyEngagement;  // application -> engagement
    std::vector<std::int32_t> applyStudent;    // application -> student row
    std::int64_t closingSteps = 0;             // shortlist + reject rows the total leaves room for

    // Outcomes of the applications, decided before the rows are laid out (the closing step depends
    // on them): success, true probability and the closing step (ClosingStep).
    std::vector<std::uint8_t> applySuccess;
    std::vector<double> applyProbability;
    std::vector<std::uint8_t> applyClosing;
    // Filled while the interaction rows are written: row of each apply and time of its closing step.
    std::vector<std::int64_t> applyRow;
    std::vector<std::int64_t> applyClosingTime;

    Context(const Scenario &s, int threadCount, ProgressFn progressFn = {});
    RandomStream stream(std::string_view table, std::string_view column) const
    {
        return RandomStream(scenario.seed, table, column);
    }

    // Reports `fraction` of the whole run in `phase` (a fraction below the last one reported is
    // raised to it) and throws Cancelled when the caller cancels. Call from the generating thread.
    void checkpoint(double fraction, const char *phase) const;
    // The last fraction reported: for a checkpoint that does not advance.
    void checkpoint() const { checkpoint(m_fraction, m_phase); }
    // Sizes every column of `table` to `rows` (list columns excepted: their offsets say), with a
    // checkpoint after each, as each is a large allocation at scale.
    void sizeColumns(Table &table, std::size_t rows) const;

    // body(begin, end) over [0, n) on `threads` threads, in blocks with a checkpoint after each,
    // progress running from `from` to `to`: a cancel is seen within one block. The body must not
    // depend on where the blocks and chunks begin (true of every row-wise draw here).
    template<typename Body>
    void rows(std::size_t n, Body body, double from, double to, const char *phase) const
    {
        // 4,096 to 65,536 rows a block, and no more than 64 blocks below 4 M rows.
        constexpr std::size_t kMinBlock = 1 << 12, kMaxBlock = 1 << 16, kBlocks = 64;
        const std::size_t blocks = std::max<std::size_t>(
                1, std::min(n / kMinBlock, std::max(kBlocks, n / kMaxBlock)));
        for (std::size_t b = 0; b < blocks; ++b) {
            const std::size_t lo = n * b / blocks, hi = n * (b + 1) / blocks;
            parallelFor(hi - lo, threads,
                        [&](std::size_t begin, std::size_t end) { body(lo + begin, lo + end); });
            checkpoint(from + (to - from) * double(b + 1) / double(blocks), phase);
        }
    }
    // The same without advancing the progress.
    template<typename Body>
    void rows(std::size_t n, Body body) const
    {
        rows(n, body, m_fraction, m_fraction, m_phase);
    }

private:
    mutable double m_fraction = 0;
    mutable const char *m_phase = "";
};

// Fills codes and dictionary of a category column from share-table draws.
void fillCategory(Column &column, const ShareTable &shares, const RandomStream &stream,
                  std::size_t rows, int threads);

// Each function below checks for a cancel (Context::checkpoint) between its steps and blocks.
void generateCompanies(Context &ctx, Table &table);
void generateStudents(Context &ctx, Table &table);
void generateInternships(Context &ctx, Table &table);
// The columns the scenario declares for `table` ("companies", "students" or "internships"), once
// its built-in columns (and its parent table) are generated.
void generateDeclaredColumns(Context &ctx, Dataset &data, const std::string &table);
// Who engages with which internship and when (views and applies); fails when the counts cannot be
// met.
Status planEngagements(Context &ctx);
// Success of every application and its closing step, drawn together: a selected application always
// ends in shortlist, and the closing steps of the others are chosen so the type shares hold.
void decideOutcomes(Context &ctx, const Dataset &data);
// The interaction rows (view, apply, closing step per engagement) and then the outcome rows.
void writeInteractions(Context &ctx, Table &table);
void writeOutcomes(Context &ctx, Table &table, const Table &interactions);

} // namespace pmis::gen
