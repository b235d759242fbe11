#pragma once
// L2-regularised logistic regression fitted by Newton's method (IRLS) with a Cholesky solve per
// step, and Platt scaling. The objective is
//   sum_i v_i [log(1 + e^{z_i}) - t_i z_i] + (lambda / 2) |w|^2,   z_i = b + w . x_i,
// with the intercept b unpenalised, targets t_i in [0, 1] (labels or Platt's soft targets) and
// sample weights v_i. Steps are damped by halving until the objective decreases.

#include "core/util/result.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace pmis::rec {

struct LogisticOptions
{
    double lambda = 1.0;
    int maxIterations = 100;
    // On the Newton decrement relative to the objective (quadratic convergence).
    double tolerance = 1e-13;
};

struct LogisticFit
{
    double intercept = 0;
    std::vector<double> w;
    int iterations = 0;
    bool converged = false;
    double objective = 0;
};

// x: n rows x d columns, row-major. weights: empty or n entries (> 0).
Result<LogisticFit> fitLogistic(const std::vector<double> &x, std::size_t d,
                                const std::vector<double> &targets,
                                const std::vector<double> &weights,
                                const LogisticOptions &options = {});

// Platt scaling of scores f: p = sigmoid(a f + b) fitted by maximum likelihood against the targets
// (N+ + 1) / (N+ + 2) for positives and 1 / (N- + 2) for negatives.
struct PlattScaling
{
    double a = 1.0;
    double b = 0.0;
    bool fitted = false; // false: identity (too few data, a single class, or a non-positive slope)
    double apply(double score) const { return a * score + b; }
};
PlattScaling fitPlatt(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels);

inline double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}
// log(1 + e^z) without overflow.
inline double softplus(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

} // namespace pmis::rec
