#include "core/rec/linalg.h"

#include <cmath>

namespace pmis::rec {

bool choleskyFactor(double *a, std::size_t n)
{
    for (std::size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (std::size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (!(d > 0.0) || !std::isfinite(d))
            return false;
        const double ljj = std::sqrt(d);
        a[j * n + j] = ljj;
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (std::size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / ljj;
        }
    }
    return true;
}

void choleskySolve(const double *l, std::size_t n, double *b)
{
    for (std::size_t i = 0; i < n; ++i) { // L y = b
        double s = b[i];
        for (std::size_t k = 0; k < i; ++k)
            s -= l[i * n + k] * b[k];
        b[i] = s / l[i * n + i];
    }
    for (std::size_t i = n; i-- > 0;) { // L^T x = y
        double s = b[i];
        for (std::size_t k = i + 1; k < n; ++k)
            s -= l[k * n + i] * b[k];
        b[i] = s / l[i * n + i];
    }
}

bool solveSpd(std::vector<double> &a, std::vector<double> &b)
{
    const std::size_t n = b.size();
    if (a.size() != n * n || !choleskyFactor(a.data(), n))
        return false;
    choleskySolve(a.data(), n, b.data());
    return true;
}

} // namespace pmis::rec
