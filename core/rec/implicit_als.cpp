#include "core/rec/implicit_als.h"

#include "core/rec/linalg.h"
#include "core/rec/parallel_tasks.h"
#include "core/util/rng.h"

#include <cmath>

namespace pmis::rec {

namespace {

// Gram matrix G = M^T M of a rows x f matrix, summed in row order.
std::vector<double> gram(const std::vector<double> &m, std::size_t f)
{
    std::vector<double> g(f * f, 0.0);
    const std::size_t rows = f ? m.size() / f : 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const double *v = m.data() + r * f;
        for (std::size_t a = 0; a < f; ++a)
            for (std::size_t b = 0; b <= a; ++b)
                g[a * f + b] += v[a] * v[b];
    }
    for (std::size_t a = 0; a < f; ++a)
        for (std::size_t b = 0; b < a; ++b)
            g[b * f + a] = g[a * f + b];
    return g;
}

// One half-step: every row of `out` is the exact minimiser given `fixed`. rowItems(r) yields the
// row's observed (column, weight) entries.
struct Observed
{
    std::vector<std::uint32_t> offset;
    std::vector<std::int32_t> col;
    std::vector<double> weight;
};

void solveRows(const Observed &obs, const std::vector<double> &fixed, std::vector<double> &out,
               std::size_t f, const AlsOptions &o)
{
    const std::vector<double> g = gram(fixed, f);
    const std::size_t rows = obs.offset.size() - 1;
    std::vector<std::vector<double>> scratchA(taskWorkers(o.threads)), scratchB(scratchA.size());
    parallelTasks(rows, o.threads, 64, [&](std::size_t begin, std::size_t end, std::size_t w) {
        std::vector<double> &a = scratchA[w];
        std::vector<double> &b = scratchB[w];
        for (std::size_t r = begin; r < end; ++r) {
            a = g;
            b.assign(f, 0.0);
            for (std::size_t d = 0; d < f; ++d)
                a[d * f + d] += o.lambda;
            for (std::uint32_t p = obs.offset[r]; p < obs.offset[r + 1]; ++p) {
                const double c = 1.0 + o.alpha * obs.weight[p];
                const double *y = fixed.data() + std::size_t(obs.col[p]) * f;
                for (std::size_t i = 0; i < f; ++i) {
                    b[i] += c * y[i]; // preference 1
                    for (std::size_t j = 0; j <= i; ++j)
                        a[i * f + j] += (c - 1.0) * y[i] * y[j];
                }
            }
            if (!choleskyFactor(a.data(), f)) { // cannot happen with lambda > 0; keep the row at 0
                std::fill(out.begin() + std::ptrdiff_t(r * f),
                          out.begin() + std::ptrdiff_t((r + 1) * f), 0.0);
                continue;
            }
            choleskySolve(a.data(), f, b.data());
            std::copy(b.begin(), b.end(), out.begin() + std::ptrdiff_t(r * f));
        }
    });
}

Observed observed(const Feedback &fb, bool byStudent)
{
    Observed o;
    const std::size_t rows = byStudent ? fb.students : fb.internships;
    o.offset.assign(rows + 1, 0);
    for (std::size_t s = 0; s < fb.students; ++s)
        for (std::uint32_t e = fb.offset[s]; e < fb.offset[s + 1]; ++e)
            if (fb.weight[e] > 0)
                ++o.offset[(byStudent ? s : std::size_t(fb.item[e])) + 1];
    for (std::size_t r = 0; r < rows; ++r)
        o.offset[r + 1] += o.offset[r];
    o.col.resize(o.offset[rows]);
    o.weight.resize(o.offset[rows]);
    std::vector<std::uint32_t> fill(o.offset.begin(), o.offset.end() - 1);
    for (std::size_t s = 0; s < fb.students; ++s) {
        for (std::uint32_t e = fb.offset[s]; e < fb.offset[s + 1]; ++e) {
            if (fb.weight[e] <= 0)
                continue;
            const std::size_t r = byStudent ? s : std::size_t(fb.item[e]);
            o.col[fill[r]] = byStudent ? fb.item[e] : std::int32_t(s);
            o.weight[fill[r]++] = fb.weight[e];
        }
    }
    return o;
}

} // namespace

double ImplicitAls::loss(const Feedback &fb, const std::vector<double> &x,
                         const std::vector<double> &y, std::size_t f, const AlsOptions &o)
{
    // sum over all pairs of (x.y)^2 = sum_s x_s^T (Y^T Y) x_s; observed pairs are then corrected.
    const std::vector<double> gy = gram(y, f);
    double total = 0, reg = 0;
    for (std::size_t s = 0; s < fb.students; ++s) {
        const double *xs = x.data() + s * f;
        double q = 0;
        for (std::size_t a = 0; a < f; ++a) {
            double row = 0;
            for (std::size_t b = 0; b < f; ++b)
                row += gy[a * f + b] * xs[b];
            q += xs[a] * row;
            reg += xs[a] * xs[a];
        }
        total += q;
        for (std::uint32_t e = fb.offset[s]; e < fb.offset[s + 1]; ++e) {
            if (fb.weight[e] <= 0)
                continue;
            const double *yi = y.data() + std::size_t(fb.item[e]) * f;
            double pred = 0;
            for (std::size_t a = 0; a < f; ++a)
                pred += xs[a] * yi[a];
            const double c = 1.0 + o.alpha * fb.weight[e];
            total += c * (1.0 - pred) * (1.0 - pred) - pred * pred;
        }
    }
    for (double v : y)
        reg += v * v;
    return total + o.lambda * reg;
}

Result<ImplicitAls> ImplicitAls::train(const Feedback &fb, const AlsOptions &o,
                                       const ProgressFn &progress)
{
    if (o.factors < 1 || o.lambda <= 0 || o.alpha < 0 || o.iterations < 0)
        return Status::error(
                "ALS options: expected factors >= 1, lambda > 0, alpha >= 0, iterations >= 0");
    ImplicitAls m;
    const auto f = std::size_t(o.factors);
    m.m_f = f;
    m.m_x.assign(fb.students * f, 0.0);
    m.m_y.resize(fb.internships * f);
    const RandomStream init(o.seed, "als", "internship_factors");
    const double scale = 0.1 / std::sqrt(double(f));
    for (std::size_t i = 0; i < m.m_y.size(); ++i)
        m.m_y[i] = scale * init.normal(i, 0);
    const Observed byStudent = observed(fb, true), byItem = observed(fb, false);
    solveRows(byStudent, m.m_y, m.m_x, f, o);
    m.m_loss.push_back(loss(fb, m.m_x, m.m_y, f, o));
    for (int it = 0; it < o.iterations; ++it) {
        solveRows(byItem, m.m_x, m.m_y, f, o);
        solveRows(byStudent, m.m_y, m.m_x, f, o);
        m.m_loss.push_back(loss(fb, m.m_x, m.m_y, f, o));
        if (progress && !progress(double(it + 1) / double(o.iterations), "implicit ALS"))
            return Status::cancelled();
    }
    return m;
}

double ImplicitAls::score(std::size_t s, std::size_t i) const
{
    double v = 0;
    for (std::size_t a = 0; a < m_f; ++a)
        v += m_x[s * m_f + a] * m_y[i * m_f + a];
    return v;
}

void ImplicitAls::scoreInternships(std::size_t s, double *out) const
{
    for (std::size_t i = 0; i < internships(); ++i)
        out[i] = score(s, i);
}

void ImplicitAls::scoreStudents(std::size_t i, double *out) const
{
    for (std::size_t s = 0; s < students(); ++s)
        out[s] = score(s, i);
}

} // namespace pmis::rec
