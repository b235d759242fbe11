// Evaluation of compiled filters: block-wise byte masks, rows split into contiguous chunks across
// threads and concatenated in chunk order, so the result does not depend on the thread count.
#include "core/query/filter.h"
#include "core/query/filter_node.h"

#include "core/util/parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace pmis::query {

namespace {

constexpr std::size_t kBlockRows = 8192;

template<typename T, typename Cmp>
void compareLoop(const T *values, std::size_t n, std::uint8_t *out, Cmp cmp)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = cmp(values[i]) ? 1 : 0;
}

void evaluateRealCompare(const FilterNode &node, const double *v, std::size_t n, std::uint8_t *out)
{
    const double x = node.value, tol = node.tolerance;
    switch (node.op) {
    case CompareOp::Eq:
        compareLoop(v, n, out, [=](double a) { return std::abs(a - x) <= tol; });
        break;
    case CompareOp::Ne:
        compareLoop(v, n, out, [=](double a) { return std::abs(a - x) > tol; });
        break;
    case CompareOp::Lt:
        compareLoop(v, n, out, [=](double a) { return a < x - tol; });
        break;
    case CompareOp::Le:
        compareLoop(v, n, out, [=](double a) { return a <= x + tol; });
        break;
    case CompareOp::Gt:
        compareLoop(v, n, out, [=](double a) { return a > x + tol; });
        break;
    case CompareOp::Ge:
        compareLoop(v, n, out, [=](double a) { return a >= x - tol; });
        break;
    }
}

bool compareText(const std::string &a, const std::string &b, CompareOp op)
{
    const int c = a.compare(b);
    switch (op) {
    case CompareOp::Eq:
        return c == 0;
    case CompareOp::Ne:
        return c != 0;
    case CompareOp::Lt:
        return c < 0;
    case CompareOp::Le:
        return c <= 0;
    case CompareOp::Gt:
        return c > 0;
    case CompareOp::Ge:
        return c >= 0;
    }
    return false;
}

void evaluateIntRanges(const FilterNode &node, const std::int64_t *v, std::size_t n,
                       std::uint8_t *out)
{
    const std::uint8_t flip = node.negate ? 1 : 0;
    if (node.ranges.size() == 1) {
        // x in [lo, hi] as one unsigned comparison.
        const auto lo = static_cast<std::uint64_t>(node.ranges[0].first);
        const auto width = static_cast<std::uint64_t>(node.ranges[0].second) - lo;
        for (std::size_t i = 0; i < n; ++i)
            out[i] = std::uint8_t((static_cast<std::uint64_t>(v[i]) - lo <= width) ^ flip);
        return;
    }
    const auto &r = node.ranges;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t x = v[i];
        // The first range whose upper end is >= x.
        auto it = std::lower_bound(
                r.begin(), r.end(), x,
                [](const auto &range, std::int64_t value) { return range.second < value; });
        out[i] = std::uint8_t((it != r.end() && it->first <= x) ^ flip);
    }
}

} // namespace

void evaluateBlock(const FilterNode &node, const Table &table, std::size_t begin, std::size_t end,
                   std::uint8_t *out, std::vector<std::vector<std::uint8_t>> &scratch,
                   std::size_t depth)
{
    const std::size_t n = end - begin;
    switch (node.kind) {
    case NodeKind::And:
    case NodeKind::Or: {
        evaluateBlock(node.children.front(), table, begin, end, out, scratch, depth + 1);
        if (scratch.size() <= depth)
            scratch.resize(depth + 1);
        if (scratch[depth].size() < n)
            scratch[depth].resize(n);
        // Nested nodes may grow `scratch` (moving its elements) but never this level's buffer.
        std::uint8_t *tmp = scratch[depth].data();
        for (std::size_t c = 1; c < node.children.size(); ++c) {
            evaluateBlock(node.children[c], table, begin, end, tmp, scratch, depth + 1);
            if (node.kind == NodeKind::And)
                for (std::size_t i = 0; i < n; ++i)
                    out[i] &= tmp[i];
            else
                for (std::size_t i = 0; i < n; ++i)
                    out[i] |= tmp[i];
        }
        return;
    }
    case NodeKind::Not:
        evaluateBlock(node.children.front(), table, begin, end, out, scratch, depth + 1);
        for (std::size_t i = 0; i < n; ++i)
            out[i] ^= 1;
        return;
    case NodeKind::Const:
        std::fill(out, out + n, std::uint8_t(node.constant ? 1 : 0));
        return;
    case NodeKind::IsNull: {
        const Column &col = table.columns[node.column];
        if (col.nulls.empty())
            std::fill(out, out + n, std::uint8_t(node.negate ? 1 : 0));
        else
            for (std::size_t i = 0; i < n; ++i)
                out[i] = std::uint8_t((col.nulls[begin + i] != 0) ^ node.negate);
        return;
    }
    default:
        break;
    }

    // Leaves: compute the predicate, then clear the null cells.
    const Column &col = table.columns[node.column];
    switch (node.kind) {
    case NodeKind::IntRanges:
        evaluateIntRanges(node, col.ints.data() + begin, n, out);
        break;
    case NodeKind::RealCompare:
        evaluateRealCompare(node, col.reals.data() + begin, n, out);
        break;
    case NodeKind::RealSet:
        for (std::size_t i = 0; i < n; ++i) {
            const double x = col.reals[begin + i];
            bool hit = false;
            for (double v : node.reals)
                hit = hit || std::abs(x - v) <= 1e-9 * std::max(1.0, std::abs(v));
            out[i] = std::uint8_t(hit ^ node.negate);
        }
        break;
    case NodeKind::CodeTable: {
        const std::int32_t *codes = col.codes.data() + begin;
        const std::uint8_t *table = node.codeMatches.data();
        for (std::size_t i = 0; i < n; ++i)
            out[i] = table[codes[i]];
        break;
    }
    case NodeKind::ListHas: {
        const std::uint8_t *table = node.codeMatches.data();
        for (std::size_t i = 0; i < n; ++i) {
            std::uint8_t hit = 0;
            for (std::uint32_t k = col.offsets[begin + i], e = col.offsets[begin + i + 1]; k < e;
                 ++k)
                hit |= table[col.codes[k]];
            out[i] = hit;
        }
        break;
    }
    case NodeKind::TextCompare:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = compareText(col.texts[begin + i], node.text, node.op) ? 1 : 0;
        break;
    case NodeKind::TextContains:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = std::uint8_t((col.texts[begin + i].find(node.text) != std::string::npos)
                                  ^ node.negate);
        break;
    case NodeKind::TextSet:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = std::uint8_t(
                    std::binary_search(node.texts.begin(), node.texts.end(), col.texts[begin + i])
                    ^ node.negate);
        break;
    default:
        break;
    }
    if (!col.nulls.empty()) {
        const std::uint8_t *nulls = col.nulls.data() + begin;
        for (std::size_t i = 0; i < n; ++i)
            out[i] &= std::uint8_t(nulls[i] == 0);
    }
}

std::string QueryError::text() const
{
    return "position " + std::to_string(position) + ": " + message;
}

Filter::Filter() = default;
Filter::~Filter() = default;
Filter::Filter(Filter &&) noexcept = default;
Filter &Filter::operator=(Filter &&) noexcept = default;

Filter::Filter(const Filter &other)
    : m_root(other.m_root ? std::make_unique<FilterNode>(*other.m_root) : nullptr)
    , m_expression(other.m_expression)
    , m_columnCount(other.m_columnCount)
{}

Filter &Filter::operator=(const Filter &other)
{
    if (this != &other)
        *this = Filter(other);
    return *this;
}

bool Filter::isEmpty() const
{
    return !m_root;
}

bool Filter::matches(const Table &table, std::size_t row) const
{
    if (!m_root)
        return true;
    std::vector<std::vector<std::uint8_t>> scratch;
    std::uint8_t out = 0;
    evaluateBlock(*m_root, table, row, row + 1, &out, scratch);
    return out != 0;
}

std::vector<std::uint32_t> Filter::matchingRows(const Table &table, int threads,
                                                const ProgressFn &progress) const
{
    const std::size_t rows = table.rowCount();
    std::vector<std::uint32_t> result;
    if (!m_root || table.columns.size() != m_columnCount) {
        // Empty filter: every row. A table of another shape cannot be evaluated: no rows.
        if (!m_root) {
            result.resize(rows);
            for (std::size_t i = 0; i < rows; ++i)
                result[i] = std::uint32_t(i);
        }
        return result;
    }

    // Chunks of whole blocks, so each worker's output is contiguous and in row order.
    const int workers
            = std::max(1, std::min(effectiveThreads(threads), int(rows / kBlockRows) + 1));
    const std::size_t blocks = (rows + kBlockRows - 1) / kBlockRows;
    std::vector<std::vector<std::uint32_t>> parts(static_cast<std::size_t>(workers));
    std::atomic<std::size_t> done{0};
    std::atomic<bool> cancelled{false};

    auto work = [&](std::size_t worker) {
        const std::size_t firstBlock = blocks * worker / std::size_t(workers);
        const std::size_t lastBlock = blocks * (worker + 1) / std::size_t(workers);
        std::vector<std::vector<std::uint8_t>> scratch;
        std::vector<std::uint8_t> mask(kBlockRows);
        std::vector<std::uint32_t> hits(kBlockRows);
        std::vector<std::uint32_t> &out = parts[worker];
        for (std::size_t b = firstBlock;
             b < lastBlock && !cancelled.load(std::memory_order_relaxed); ++b) {
            const std::size_t begin = b * kBlockRows, end = std::min(rows, begin + kBlockRows);
            evaluateBlock(*m_root, table, begin, end, mask.data(), scratch);
            // Branch-free compaction: a mask is as often 0 as 1 in a typical filter.
            std::size_t count = 0;
            for (std::size_t i = 0; i < end - begin; ++i) {
                hits[count] = std::uint32_t(begin + i);
                count += mask[i];
            }
            out.insert(out.end(), hits.begin(), hits.begin() + std::ptrdiff_t(count));
            const std::size_t total = done.fetch_add(end - begin) + (end - begin);
            // Only the calling thread reports, so progress is never called from two threads.
            if (worker == 0 && progress && !progress(double(total) / double(rows), "filtering"))
                cancelled = true;
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, std::size_t(w));
    work(0);
    for (auto &t : pool)
        t.join();
    if (cancelled)
        return {};

    std::size_t total = 0;
    for (const auto &p : parts)
        total += p.size();
    result.reserve(total);
    for (const auto &p : parts)
        result.insert(result.end(), p.begin(), p.end());
    return result;
}

} // namespace pmis::query
