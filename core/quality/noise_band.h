#pragma once
// How far realized shares and distributions stray from their targets by sampling alone, at a
// confidence level of 99%: a dataset drawn from the target falls inside the band 99 times in 100.

#include "core/scenario/scenario.h"

#include <cstddef>
#include <vector>

namespace pmis::quality {

inline constexpr double kBandLevel = 0.99;

// The 99% quantile of the total-variation distance between the shares of n independent draws from
// the probabilities p and p itself (sampled mode; a deterministic Monte Carlo over the multinomial),
// or the largest distance the rounding of exact counts can leave (exact mode).
double shareBand(const std::vector<double> &p, std::size_t n, ShareMode mode);

// The same for shares of rows that come in clusters (a session's rows), given the k x k covariance
// matrix (row-major) of the realized shares.
double clusteredShareBand(const std::vector<double> &covariance, std::size_t k);

// The 99% critical value of the one-sample Kolmogorov-Smirnov distance for n values (Stephens'
// approximation, accurate from n ~ 35); conservative for discrete and conditional targets.
double ksBand(std::size_t n);

// Half the width of the 99% interval of one share p estimated from n rows (normal approximation).
double shareHalfWidth(double p, std::size_t n);

double normalCdf(double z);
// The CDF of Normal(mean, sd) truncated to [lo, hi].
double truncatedNormalCdf(double x, double mean, double sd, double lo, double hi);

} // namespace pmis::quality
