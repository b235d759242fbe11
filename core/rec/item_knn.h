#pragma once
// Item-based collaborative filtering on implicit feedback (docs/recommender.md): cosine similarity between
// internships over the students' feedback weights and the k most similar neighbours N(j) of each
// internship; a student's score for i sums w_sj * sim(j, i) over the internships j the student
// engaged with that hold i in N(j) (item-based top-N, Deshpande & Karypis 2004).
// Immutable after build; safe to read from many threads.

#include "core/rec/feedback.h"
#include "core/util/result.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace pmis::rec {

struct KnnOptions
{
    int neighbours = 20;
    int threads = 0; // <= 0: all cores; the result does not depend on it
};

struct Neighbour
{
    std::int32_t item = 0;
    double similarity = 0;
};

class ItemKnn
{
public:
    // Builds the neighbourhoods; cancelled through `progress` returning false.
    static Result<ItemKnn> build(const Feedback &feedback, const KnnOptions &options = {},
                                 const ProgressFn &progress = {});

    std::size_t internships() const { return m_offset.empty() ? 0 : m_offset.size() - 1; }
    // N(i): at most k internships with positive similarity, most similar first (ties: lower row).
    std::pair<const Neighbour *, const Neighbour *> neighbours(std::size_t i) const
    {
        return {m_neighbours.data() + m_offset[i], m_neighbours.data() + m_offset[i + 1]};
    }
    std::size_t edgeCount() const { return m_neighbours.size(); }

    // Scores of every internship for student s (out has internships() entries), seen ones included.
    void scoreInternships(const Feedback &feedback, std::size_t s, double *out) const;
    // Scores of internship i for every student (out has feedback.students entries).
    void scoreStudents(const Feedback &feedback, std::size_t i, double *out) const;
    // The terms of score(s, i): (j, w_sj * sim(j, i)) in increasing j, the order scoreInternships
    // adds them; their sum is the score.
    std::vector<std::pair<std::int32_t, double>> explain(const Feedback &feedback, std::size_t s,
                                                         std::size_t i) const;

private:
    static void neighbourhood(const ItemKnn &m, const Feedback &f, const std::vector<double> &norm,
                              std::size_t k, std::size_t i, std::vector<double> &acc,
                              std::vector<std::int32_t> &touched, std::vector<Neighbour> &out);

    std::vector<std::uint32_t> m_offset; // internships + 1
    std::vector<Neighbour> m_neighbours;
    std::vector<std::uint32_t> m_revOffset; // i -> the j with i in N(j), increasing j
    std::vector<Neighbour> m_reverse;
    // Item -> students with positive weight (for scoreStudents).
    std::vector<std::uint32_t> m_userOffset;
    std::vector<std::int32_t> m_users;
    std::vector<double> m_userWeights;
};

} // namespace pmis::rec
