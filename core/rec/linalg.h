#pragma once
// Small dense linear algebra for the recommender: Cholesky factorisation and solves of symmetric
// positive-definite systems (row-major, n x n). Deterministic: a fixed order of operations.

#include <cstddef>
#include <vector>

namespace pmis::rec {

// Factorises a (row-major n x n, symmetric positive definite) in place into its lower Cholesky
// factor L (a = L L^T; the upper triangle is left untouched). False when a is not positive definite.
bool choleskyFactor(double *a, std::size_t n);
// Solves L L^T x = b in place (b becomes x) with the factor from choleskyFactor.
void choleskySolve(const double *l, std::size_t n, double *b);
// Convenience: solves a x = b for SPD a (a is overwritten by its factor). False when not SPD.
bool solveSpd(std::vector<double> &a, std::vector<double> &b);

} // namespace pmis::rec
