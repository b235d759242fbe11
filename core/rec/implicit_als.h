#pragma once
// Implicit-feedback matrix factorisation (Hu, Koren, Volinsky 2008): preference p = 1 where the
// feedback weight r > 0, confidence c = 1 + alpha r, loss
//   sum over all (s, i) of c (p - x_s . y_i)^2 + lambda (sum |x_s|^2 + sum |y_i|^2),
// minimised by alternating exact least squares (a Cholesky solve per row). Each half-step is the
// exact minimiser of its block, so the loss never increases. Deterministic for a seed and any thread
// count. Factors are students x f and internships x f, row-major.

#include "core/rec/feedback.h"
#include "core/util/result.h"

#include <cstdint>
#include <vector>

namespace pmis::rec {

struct AlsOptions
{
    int factors = 32;
    double lambda = 1.0;
    double alpha = 5.0;
    int iterations = 12;
    std::uint64_t seed = 42;
    int threads = 0;
};

class ImplicitAls
{
public:
    static Result<ImplicitAls> train(const Feedback &feedback, const AlsOptions &options = {},
                                     const ProgressFn &progress = {});

    std::size_t factors() const { return m_f; }
    std::size_t students() const { return m_f ? m_x.size() / m_f : 0; }
    std::size_t internships() const { return m_f ? m_y.size() / m_f : 0; }
    const std::vector<double> &studentFactors() const { return m_x; }    // students x f
    const std::vector<double> &internshipFactors() const { return m_y; } // internships x f
    // The loss after initialisation (X solved once) and after each full iteration.
    const std::vector<double> &lossHistory() const { return m_loss; }

    double score(std::size_t s, std::size_t i) const;
    void scoreInternships(std::size_t s, double *out) const;
    void scoreStudents(std::size_t i, double *out) const;

    // The objective for given factors (exact, in O(nnz f + (students + internships) f^2)).
    static double loss(const Feedback &feedback, const std::vector<double> &x,
                       const std::vector<double> &y, std::size_t f, const AlsOptions &options);

private:
    std::size_t m_f = 0;
    std::vector<double> m_x, m_y;
    std::vector<double> m_loss;
};

} // namespace pmis::rec
