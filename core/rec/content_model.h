#pragma once
// Content-based matching (docs/recommender.md): binary tf, idf = ln((1 + N) / (1 + df)) + 1 over the N
// internship documents (required skills + the domain token), L2-normalised vectors, cosine = dot
// product. Student documents are skills at weight 1 plus interests at a lower weight.
// Immutable after build; safe to read from many threads.

#include "core/rec/rec_data.h"

#include <cstdint>
#include <vector>

namespace pmis::rec {

struct SparseVector
{
    std::vector<std::int32_t> index; // token ids, increasing
    std::vector<double> value;
};

enum class TokenSource : std::uint8_t { Skill, Interest };

struct SkillContribution
{
    std::int32_t token = 0;
    // Student weight x internship weight; the contributions sum to the cosine.
    double contribution = 0;
    TokenSource source = TokenSource::Skill;
    bool required = true; // false for the domain token
};

struct ContentExplanation
{
    double cosine = 0;
    std::vector<SkillContribution> contributions; // in token order (the order the cosine sums them)
    std::vector<std::int32_t>
            matched; // required skills the student lists as skills, by contribution
    std::vector<std::int32_t>
            interests; // required skills the student lists only as interests, in token order
    std::vector<std::int32_t>
            missing; // the other required skills, by idf (rarest first), then name
};

struct ContentOptions
{
    double interestWeight = 0.5; // tf of an interest relative to a skill
    bool domainToken = true;     // add the domain to internship documents
};

class ContentModel
{
public:
    static ContentModel build(const RecData &data, const ContentOptions &options = {});

    double idf(std::int32_t token) const { return m_idf[std::size_t(token)]; }
    const SparseVector &studentVector(std::size_t s) const { return m_student[s]; }
    const SparseVector &internshipVector(std::size_t i) const { return m_internship[i]; }

    // The cosine, summed in token order (identical to the sum of explain()'s contributions).
    double score(std::size_t student, std::size_t internship) const;
    // Cosines of one student against every internship (out has internships entries); the same
    // additions in the same order as score(), so the values are bit-identical.
    void scoreInternships(std::size_t student, double *out) const;
    // Cosines of every student against one internship (out has students entries).
    void scoreStudents(std::size_t internship, double *out) const;
    ContentExplanation explain(const RecData &data, std::size_t student,
                               std::size_t internship) const;

private:
    std::vector<double> m_idf;
    std::vector<SparseVector> m_student, m_internship;
    std::vector<std::vector<std::uint8_t>> m_isInterest; // parallel to m_student[s].index
    // Inverted index token -> (internship, weight), internships increasing.
    std::vector<std::vector<std::pair<std::int32_t, double>>> m_byToken;
};

} // namespace pmis::rec
