#include "core/rec/logistic.h"

#include "core/rec/linalg.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

namespace {

double objective(const std::vector<double> &x, std::size_t d, const std::vector<double> &t,
                 const std::vector<double> &v, double lambda, const std::vector<double> &theta)
{
    const std::size_t n = t.size();
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double z = theta[0];
        for (std::size_t j = 0; j < d; ++j)
            z += theta[j + 1] * x[i * d + j];
        sum += (v.empty() ? 1.0 : v[i]) * (softplus(z) - t[i] * z);
    }
    double reg = 0;
    for (std::size_t j = 0; j < d; ++j)
        reg += theta[j + 1] * theta[j + 1];
    return sum + 0.5 * lambda * reg;
}

} // namespace

Result<LogisticFit> fitLogistic(const std::vector<double> &x, std::size_t d,
                                const std::vector<double> &t, const std::vector<double> &v,
                                const LogisticOptions &o)
{
    const std::size_t n = t.size();
    if (x.size() != n * d || (!v.empty() && v.size() != n))
        return Status::error(
                "logistic regression: the feature matrix, targets and weights disagree in size");
    if (n == 0)
        return Status::error("logistic regression: no training rows");
    const std::size_t p = d + 1;
    std::vector<double> theta(p, 0.0);
    // Start the intercept at the weighted base rate.
    double pos = 0, tot = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double vi = v.empty() ? 1.0 : v[i];
        pos += vi * t[i];
        tot += vi;
    }
    const double rate = std::clamp(pos / tot, 1e-9, 1 - 1e-9);
    theta[0] = std::log(rate / (1 - rate));
    double current = objective(x, d, t, v, o.lambda, theta);

    LogisticFit fit;
    std::vector<double> h(p * p), g(p), step(p), trial(p);
    for (int it = 0; it < o.maxIterations; ++it) {
        std::fill(h.begin(), h.end(), 0.0);
        std::fill(g.begin(), g.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            const double *xi = x.data() + i * d;
            double z = theta[0];
            for (std::size_t j = 0; j < d; ++j)
                z += theta[j + 1] * xi[j];
            const double pi = sigmoid(z);
            const double vi = v.empty() ? 1.0 : v[i];
            const double r = vi * (pi - t[i]);
            const double s = vi * pi * (1 - pi);
            g[0] += r;
            h[0] += s;
            for (std::size_t a = 0; a < d; ++a) {
                g[a + 1] += r * xi[a];
                const double sa = s * xi[a];
                h[(a + 1) * p] += sa;
                for (std::size_t b = 0; b <= a; ++b)
                    h[(a + 1) * p + b + 1] += sa * xi[b];
            }
        }
        for (std::size_t a = 1; a < p; ++a) {
            g[a] += o.lambda * theta[a];
            h[a * p + a] += o.lambda;
        }
        h[0] += 1e-12 * tot; // keeps a separable intercept-only direction solvable
        step = g;
        if (!choleskyFactor(h.data(), p))
            return Status::error("logistic regression: the Hessian is not positive definite "
                                 "(a constant feature with lambda = 0?)");
        choleskySolve(h.data(), p, step.data());
        double decrement = 0;
        for (std::size_t a = 0; a < p; ++a)
            decrement += g[a] * step[a];
        fit.iterations = it + 1;
        if (decrement * 0.5 <= o.tolerance * (1.0 + std::abs(current))) {
            // Inside the quadratic region: the last full step lands on the optimum to rounding.
            for (std::size_t a = 0; a < p; ++a)
                theta[a] -= step[a];
            current = objective(x, d, t, v, o.lambda, theta);
            fit.converged = true;
            break;
        }
        double scale = 1.0, next = current;
        for (int halving = 0; halving < 40; ++halving, scale *= 0.5) {
            for (std::size_t a = 0; a < p; ++a)
                trial[a] = theta[a] - scale * step[a];
            next = objective(x, d, t, v, o.lambda, trial);
            if (next <= current)
                break;
        }
        if (!(next <= current)) { // no decrease along the Newton direction: at the optimum
            fit.converged = true;
            break;
        }
        theta = trial;
        current = next;
    }
    fit.intercept = theta[0];
    fit.w.assign(theta.begin() + 1, theta.end());
    fit.objective = current;
    return fit;
}

PlattScaling fitPlatt(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels)
{
    PlattScaling ps;
    const std::size_t n = scores.size();
    double nPos = 0;
    for (auto y : labels)
        nPos += y ? 1.0 : 0.0;
    const double nNeg = double(n) - nPos;
    if (n < 2 || nPos == 0 || nNeg == 0)
        return ps;
    const double hi = (nPos + 1) / (nPos + 2), lo = 1 / (nNeg + 2);
    std::vector<double> t(n);
    for (std::size_t i = 0; i < n; ++i)
        t[i] = labels[i] ? hi : lo;
    LogisticOptions o;
    o.lambda = 1e-9; // a whisper of ridge keeps a constant score solvable
    auto fit = fitLogistic(scores, 1, t, {}, o);
    if (!fit || !(fit->w[0] > 0))
        return ps;
    ps.a = fit->w[0];
    ps.b = fit->intercept;
    ps.fitted = true;
    return ps;
}

} // namespace pmis::rec
