#pragma once
// Shared state of one generation run, passed from table to table. Internal to core/gen.

#include "core/gen/generator.h"
#include "core/gen/sampling.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace pmis::gen {

inline constexpr std::int64_t kSecondsPerDayGen = 86400;

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

struct Context
{
    const Scenario &scenario;
    int threads = 1;
    std::int64_t reference = 0; // seconds
    std::vector<std::string> skills;       // master list; code = index
    std::vector<std::string> cities;       // student city labels; code = index
    std::vector<std::string> sizes;        // company sizes (positions keys)

    // companies
    std::vector<int> companyCategory;      // index into scenario.companyCategories
    std::vector<std::int32_t> companySize; // index into sizes
    std::vector<std::int32_t> companyIndustry; // code in the industry value set
    std::vector<std::string> companyNames;

    // students
    std::vector<SkillMask> studentSkills;
    std::vector<std::int32_t> studentCity;

    // internships
    std::vector<SkillMask> internshipSkills;
    std::vector<std::int32_t> internshipCity;
    std::vector<double> internshipStipendZ; // standardised log stipend
    std::vector<std::int64_t> internshipCreated;
    std::vector<std::int64_t> internshipPositions;

    // interactions: rows of type "apply", in row order
    std::vector<std::int64_t> applyRows;

    Context(const Scenario &s, int threadCount);
    RandomStream stream(std::string_view table, std::string_view column) const
    {
        return RandomStream(scenario.seed, table, column);
    }
};

// Fills codes and dictionary of a category column from share-table draws.
void fillCategory(Column &column, const ShareTable &shares, const RandomStream &stream, std::size_t rows,
                  int threads);

void generateCompanies(Context &ctx, Table &table);
void generateStudents(Context &ctx, Table &table);
void generateInternships(Context &ctx, Table &table);
// Returns false when cancelled.
bool generateInteractions(Context &ctx, Table &table, const ProgressFn &progress);
void generateOutcomes(Context &ctx, const Dataset &data, Table &table, Table &interactions);

} // namespace pmis::gen
