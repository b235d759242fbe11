#include "core/rec/item_knn.h"

#include "core/rec/parallel_tasks.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

// N(i): co-occurrence sums over the students of i in increasing student order, so the result does
// not depend on the threads.
void ItemKnn::neighbourhood(const ItemKnn &m, const Feedback &f, const std::vector<double> &norm,
                            std::size_t k, std::size_t i, std::vector<double> &acc,
                            std::vector<std::int32_t> &touched, std::vector<Neighbour> &out)
{
    touched.clear();
    for (std::uint32_t p = m.m_userOffset[i]; p < m.m_userOffset[i + 1]; ++p) {
        const auto s = std::size_t(m.m_users[p]);
        const double wi = m.m_userWeights[p];
        for (std::uint32_t e = f.offset[s]; e < f.offset[s + 1]; ++e) {
            const std::int32_t j = f.item[e];
            if (std::size_t(j) == i || f.weight[e] <= 0)
                continue;
            if (acc[std::size_t(j)] == 0.0)
                touched.push_back(j);
            acc[std::size_t(j)] += wi * f.weight[e];
        }
    }
    out.reserve(touched.size());
    for (std::int32_t j : touched) {
        const double sim = acc[std::size_t(j)] / (norm[i] * norm[std::size_t(j)]);
        acc[std::size_t(j)] = 0.0;
        if (sim > 0)
            out.push_back({j, sim});
    }
    const auto better = [](const Neighbour &a, const Neighbour &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.item < b.item;
    };
    if (out.size() > k) {
        std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(k), out.end(), better);
        out.resize(k);
    } else {
        std::sort(out.begin(), out.end(), better);
    }
    out.shrink_to_fit();
}

Result<ItemKnn> ItemKnn::build(const Feedback &f, const KnnOptions &options,
                               const ProgressFn &progress)
{
    ItemKnn m;
    const std::size_t n = f.internships;
    const auto k = std::size_t(std::max(0, options.neighbours));

    // Transpose to item -> (student, weight), positive weights only, students increasing.
    m.m_userOffset.assign(n + 1, 0);
    for (std::size_t e = 0; e < f.item.size(); ++e)
        if (f.weight[e] > 0)
            ++m.m_userOffset[std::size_t(f.item[e]) + 1];
    for (std::size_t i = 0; i < n; ++i)
        m.m_userOffset[i + 1] += m.m_userOffset[i];
    m.m_users.resize(m.m_userOffset[n]);
    m.m_userWeights.resize(m.m_userOffset[n]);
    {
        std::vector<std::uint32_t> fill(m.m_userOffset.begin(), m.m_userOffset.end() - 1);
        for (std::size_t s = 0; s < f.students; ++s) {
            for (std::uint32_t e = f.offset[s]; e < f.offset[s + 1]; ++e) {
                if (f.weight[e] <= 0)
                    continue;
                const auto pos = fill[std::size_t(f.item[e])]++;
                m.m_users[pos] = std::int32_t(s);
                m.m_userWeights[pos] = f.weight[e];
            }
        }
    }
    std::vector<double> norm(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double ss = 0;
        for (std::uint32_t p = m.m_userOffset[i]; p < m.m_userOffset[i + 1]; ++p)
            ss += m.m_userWeights[p] * m.m_userWeights[p];
        norm[i] = std::sqrt(ss);
    }

    // Neighbourhoods, one internship at a time: co-occurrence sums over the students of i, in
    // increasing student order, so the result does not depend on the threads.
    std::vector<std::vector<Neighbour>> lists(n);
    const int threads = options.threads;
    std::vector<std::vector<double>> acc(taskWorkers(threads));
    std::vector<std::vector<std::int32_t>> touched(acc.size());
    const std::size_t blocks = std::clamp<std::size_t>(n / 64, 1, 32);
    bool stop = false;
    for (std::size_t b = 0; b < blocks && !stop; ++b) {
        const std::size_t lo = n * b / blocks, hi = n * (b + 1) / blocks;
        parallelTasks(hi - lo, threads, 8, [&](std::size_t begin, std::size_t end, std::size_t w) {
            if (acc[w].size() != n)
                acc[w].assign(n, 0.0);
            for (std::size_t i = lo + begin; i < lo + end; ++i)
                neighbourhood(m, f, norm, k, i, acc[w], touched[w], lists[i]);
        });
        if (progress && !progress(double(b + 1) / double(blocks), "item neighbourhoods"))
            stop = true;
    }
    if (stop)
        return Status::cancelled();

    m.m_offset.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        m.m_offset[i + 1] = m.m_offset[i] + std::uint32_t(lists[i].size());
    m.m_neighbours.reserve(m.m_offset[n]);
    m.m_revOffset.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        m.m_neighbours.insert(m.m_neighbours.end(), lists[i].begin(), lists[i].end());
        for (const Neighbour &nb : lists[i])
            ++m.m_revOffset[std::size_t(nb.item) + 1];
    }
    for (std::size_t j = 0; j < n; ++j)
        m.m_revOffset[j + 1] += m.m_revOffset[j];
    m.m_reverse.resize(m.m_revOffset[n]);
    std::vector<std::uint32_t> fill(m.m_revOffset.begin(), m.m_revOffset.end() - 1);
    for (std::size_t i = 0; i < n; ++i) // increasing i within each reverse list
        for (const Neighbour &nb : lists[i])
            m.m_reverse[fill[std::size_t(nb.item)]++] = {std::int32_t(i), nb.similarity};
    return m;
}

void ItemKnn::scoreInternships(const Feedback &f, std::size_t s, double *out) const
{
    std::fill(out, out + internships(), 0.0);
    for (std::uint32_t e = f.offset[s]; e < f.offset[s + 1]; ++e) { // increasing j
        const double w = f.weight[e];
        if (w <= 0)
            continue;
        const auto j = std::size_t(f.item[e]);
        for (std::uint32_t p = m_offset[j]; p < m_offset[j + 1]; ++p)
            out[m_neighbours[p].item] += w * m_neighbours[p].similarity;
    }
}

void ItemKnn::scoreStudents(const Feedback &f, std::size_t i, double *out) const
{
    std::fill(out, out + f.students, 0.0);
    for (std::uint32_t p = m_revOffset[i]; p < m_revOffset[i + 1]; ++p) { // increasing j, as above
        const auto j = std::size_t(m_reverse[p].item);
        const double sim = m_reverse[p].similarity;
        for (std::uint32_t q = m_userOffset[j]; q < m_userOffset[j + 1]; ++q)
            out[m_users[q]] += m_userWeights[q] * sim;
    }
}

std::vector<std::pair<std::int32_t, double>> ItemKnn::explain(const Feedback &f, std::size_t s,
                                                              std::size_t i) const
{
    std::vector<std::pair<std::int32_t, double>> terms;
    for (std::uint32_t e = f.offset[s]; e < f.offset[s + 1]; ++e) {
        if (f.weight[e] <= 0)
            continue;
        const auto j = std::size_t(f.item[e]);
        for (std::uint32_t p = m_offset[j]; p < m_offset[j + 1]; ++p)
            if (std::size_t(m_neighbours[p].item) == i)
                terms.push_back({std::int32_t(j), f.weight[e] * m_neighbours[p].similarity});
    }
    return terms;
}

} // namespace pmis::rec
