#include "core/rec/recommender.h"

#include "core/rec/tie_break.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

const char *cfMethodName(CfMethod method)
{
    return method == CfMethod::Als ? "als" : "knn";
}

const char *componentName(int component)
{
    static const char *const names[ComponentCount] = {"content", "cf", "success", "popularity"};
    return component >= 0 && component < ComponentCount ? names[component] : "";
}

void splitOutcomesByTime(const RecData &data, const std::vector<std::uint32_t> &rows,
                         double fraction, std::vector<std::uint32_t> &older,
                         std::vector<std::uint32_t> &newer)
{
    std::vector<std::uint32_t> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) {
        return data.outcomes[a].date < data.outcomes[b].date;
    });
    older.clear();
    newer.clear();
    if (sorted.empty())
        return;
    const auto want
            = std::size_t(std::llround(std::clamp(fraction, 0.0, 1.0) * double(sorted.size())));
    std::size_t cut = sorted.size() - std::min(want, sorted.size());
    // Equal dates stay together: move the cut down to the first row of its date.
    while (cut > 0 && cut < sorted.size()
           && data.outcomes[sorted[cut - 1]].date == data.outcomes[sorted[cut]].date)
        --cut;
    older.assign(sorted.begin(), sorted.begin() + std::ptrdiff_t(cut));
    newer.assign(sorted.begin() + std::ptrdiff_t(cut), sorted.end());
}

Result<Recommender> Recommender::train(std::shared_ptr<const RecData> data,
                                       const RecommenderOptions &options,
                                       const TrainingSelection &selection,
                                       const ProgressFn &progress)
{
    if (!data)
        return Status::error("recommender: no data");
    const auto report
            = [&](double f, const char *phase) { return !progress || progress(f, phase); };
    Recommender r;
    r.m_data = data;
    r.m_options = options;
    r.m_asOf = selection.asOf;
    const RecData &d = *data;
    r.m_content = ContentModel::build(d, options.content);
    r.m_feedback = buildFeedback(d, options.events, selection.events, selection.events == nullptr);
    if (!report(0.1, "feedback"))
        return Status::cancelled();

    KnnOptions knn = options.knn;
    knn.threads = options.threads;
    auto built = ItemKnn::build(r.m_feedback, knn, [&](double f, const std::string &) {
        return report(0.1 + 0.4 * f, "item neighbourhoods");
    });
    if (!built)
        return built.status();
    r.m_knn = built.takeValue();
    if (options.cf == CfMethod::Als) {
        AlsOptions als = options.als;
        als.threads = options.threads;
        auto trained = ImplicitAls::train(r.m_feedback, als, [&](double f, const std::string &) {
            return report(0.5 + 0.3 * f, "implicit ALS");
        });
        if (!trained)
            return trained.status();
        r.m_als = trained.takeValue();
    }

    r.m_popularity.assign(d.internships, 0.0);
    for (std::size_t e = 0; e < r.m_feedback.item.size(); ++e)
        if (r.m_feedback.weight[e] > 0)
            r.m_popularity[std::size_t(r.m_feedback.item[e])] += 1.0;

    std::vector<std::uint32_t> fit, calibration;
    if (selection.fitOutcomes) {
        fit = *selection.fitOutcomes;
        if (selection.calibrationOutcomes)
            calibration = *selection.calibrationOutcomes;
    } else {
        std::vector<std::uint32_t> all(d.outcomes.size());
        for (std::size_t k = 0; k < all.size(); ++k)
            all[k] = std::uint32_t(k);
        splitOutcomesByTime(d, all, options.success.calibrate ? selection.calibrationFraction : 0.0,
                            fit, calibration);
    }
    if (!report(0.85, "success model"))
        return Status::cancelled();
    auto model = SuccessModel::train(d, r.m_content, fit, calibration, options.success);
    if (!model)
        return model.status();
    r.m_success = model.takeValue();
    report(1.0, "trained");
    return r;
}

void Recommender::contentScores(std::size_t student, double *out) const
{
    m_content.scoreInternships(student, out);
}

void Recommender::cfScores(std::size_t student, double *out) const
{
    if (m_als)
        m_als->scoreInternships(student, out);
    else
        m_knn.scoreInternships(m_feedback, student, out);
}

void Recommender::successProbabilities(std::size_t student, const double *cosines,
                                       double *out) const
{
    std::vector<double> x(m_success.featureCount());
    for (std::size_t i = 0; i < m_data->internships; ++i) {
        m_success.features(*m_data, student, i, cosines[i], m_asOf, x.data());
        out[i] = m_success.probability(x.data());
    }
}

bool Recommender::eligible(std::size_t student, std::size_t internship,
                           const Eligibility &rule) const
{
    if (rule.excludeUnavailable) {
        if (rule.useActiveFlag ? !m_data->available(internship, rule.referenceTime)
                               : (m_data->deadline[internship] != kNoTime
                                  && m_data->deadline[internship] < rule.referenceTime))
            return false;
    }
    if (rule.excludeApplied || rule.excludeSeen) {
        const auto k = m_feedback.find(student, std::int32_t(internship));
        if (k >= 0 && (rule.excludeSeen || m_feedback.applied[std::size_t(k)]))
            return false;
    }
    return true;
}

namespace {

// Marks the top `count` of `candidates` by score (ties: lower tie key) in `inPool`.
void markTop(const std::vector<std::int32_t> &candidates, const std::vector<double> &score,
             const std::vector<std::uint64_t> &key, std::size_t count,
             std::vector<std::uint8_t> &inPool)
{
    std::vector<std::int32_t> c = candidates;
    const auto better = [&](std::int32_t a, std::int32_t b) {
        const auto ia = std::size_t(a), ib = std::size_t(b);
        if (score[ia] != score[ib])
            return score[ia] > score[ib];
        return key[ia] != key[ib] ? key[ia] < key[ib] : a < b;
    };
    if (c.size() > count) {
        std::nth_element(c.begin(), c.begin() + std::ptrdiff_t(count), c.end(), better);
        c.resize(count);
    }
    for (std::int32_t i : c)
        inPool[std::size_t(i)] = 1;
}

void minMax(const std::vector<double> &raw, std::vector<double> &out)
{
    out.assign(raw.size(), 0.0);
    if (raw.empty())
        return;
    const auto [lo, hi] = std::minmax_element(raw.begin(), raw.end());
    const double span = *hi - *lo;
    for (std::size_t k = 0; k < raw.size(); ++k)
        out[k] = span > 0 ? (raw[k] - *lo) / span : 0.0;
}

struct Blended
{
    std::vector<std::int32_t> pool; // best first
    std::vector<std::array<double, ComponentCount>> normalised, contribution;
    std::vector<double> score;
};

// Min-max normalisation of each component over the pool, the weighted blend, and the order (ties by
// the tie keys of `owner`'s list).
Blended blend(const std::vector<std::int32_t> &pool,
              const std::array<const std::vector<double> *, ComponentCount> &raw,
              const BlendWeights &w, std::uint64_t seed, std::size_t owner)
{
    Blended b;
    const std::array<double, ComponentCount> weight = {w.content, w.cf, w.success, w.popularity};
    std::array<double, ComponentCount> lo{}, hi{};
    for (int c = 0; c < ComponentCount; ++c) {
        lo[std::size_t(c)] = hi[std::size_t(c)]
                = pool.empty() ? 0.0 : (*raw[std::size_t(c)])[std::size_t(pool[0])];
        for (std::int32_t i : pool) {
            lo[std::size_t(c)]
                    = std::min(lo[std::size_t(c)], (*raw[std::size_t(c)])[std::size_t(i)]);
            hi[std::size_t(c)]
                    = std::max(hi[std::size_t(c)], (*raw[std::size_t(c)])[std::size_t(i)]);
        }
    }
    std::vector<std::size_t> order(pool.size());
    std::vector<std::array<double, ComponentCount>> norm(pool.size()), contrib(pool.size());
    std::vector<double> score(pool.size());
    std::vector<std::uint64_t> key(pool.size());
    for (std::size_t k = 0; k < pool.size(); ++k) {
        order[k] = k;
        key[k] = tieBreakKey(seed, owner, std::uint64_t(pool[k]));
        double s = 0;
        for (std::size_t c = 0; c < ComponentCount; ++c) {
            const double span = hi[c] - lo[c];
            norm[k][c] = span > 0 ? ((*raw[c])[std::size_t(pool[k])] - lo[c]) / span : 0.0;
            contrib[k][c] = weight[c] * norm[k][c];
            s += contrib[k][c];
        }
        score[k] = s;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (score[a] != score[b])
            return score[a] > score[b];
        return key[a] != key[b] ? key[a] < key[b] : pool[a] < pool[b];
    });
    for (std::size_t k : order) {
        b.pool.push_back(pool[k]);
        b.normalised.push_back(norm[k]);
        b.contribution.push_back(contrib[k]);
        b.score.push_back(score[k]);
    }
    return b;
}

} // namespace

std::uint64_t Recommender::tieKey(std::size_t student, std::size_t internship) const
{
    return tieBreakKey(m_options.tieSeed, student, internship);
}

CandidatePool Recommender::candidatePool(std::size_t student, const Eligibility &rule,
                                         const BlendWeights &w) const
{
    const RecData &d = *m_data;
    const std::size_t n = d.internships;
    CandidatePool out;
    out.student = std::int32_t(student);
    std::vector<double> cosine(n), cf(n), prob(n, 0.0), x(m_success.featureCount());
    contentScores(student, cosine.data());
    cfScores(student, cf.data());
    std::vector<std::int32_t> candidates;
    for (std::size_t i = 0; i < n; ++i) {
        if (!eligible(student, i, rule))
            continue;
        candidates.push_back(std::int32_t(i));
        m_success.features(d, student, i, cosine[i], rule.asOf != kNoTime ? rule.asOf : m_asOf,
                           x.data());
        prob[i] = m_success.probability(x.data());
    }
    out.eligible = candidates.size();
    std::vector<std::uint64_t> key(n);
    for (std::size_t i = 0; i < n; ++i)
        key[i] = tieKey(student, i);
    std::vector<std::uint8_t> inPool(n, 0);
    markTop(candidates, cosine, key, m_options.poolPerComponent, inPool);
    markTop(candidates, prob, key, m_options.poolPerComponent, inPool);
    markTop(candidates, cf, key, m_options.poolPerComponent, inPool);
    if (w.popularity > 0)
        markTop(candidates, m_popularity, key, m_options.poolPerComponent, inPool);
    const std::array<const std::vector<double> *, ComponentCount> raw
            = {&cosine, &cf, &prob, &m_popularity};
    for (std::int32_t i : candidates) {
        if (!inPool[std::size_t(i)])
            continue;
        out.items.push_back(i);
        out.tieKeys.push_back(key[std::size_t(i)]);
        for (std::size_t c = 0; c < ComponentCount; ++c)
            out.raw[c].push_back((*raw[c])[std::size_t(i)]);
    }
    for (std::size_t c = 0; c < ComponentCount; ++c)
        minMax(out.raw[c], out.normalised[c]);
    return out;
}

std::vector<std::size_t> Recommender::blendTop(const CandidatePool &pool, const BlendWeights &w,
                                               std::size_t k)
{
    const std::array<double, ComponentCount> weight = {w.content, w.cf, w.success, w.popularity};
    std::vector<double> score(pool.items.size(), 0.0);
    for (std::size_t c = 0; c < ComponentCount; ++c)
        if (weight[c] != 0)
            for (std::size_t j = 0; j < score.size(); ++j)
                score[j] += weight[c] * pool.normalised[c][j];
    std::vector<std::size_t> order(score.size());
    for (std::size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    const auto better = [&](std::size_t a, std::size_t b) {
        if (score[a] != score[b])
            return score[a] > score[b];
        return pool.tieKeys[a] != pool.tieKeys[b] ? pool.tieKeys[a] < pool.tieKeys[b] : a < b;
    };
    const std::size_t len = std::min(k, order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(len), order.end(), better);
    order.resize(len);
    return order;
}

StudentRecommendations Recommender::recommend(std::size_t student, std::size_t k,
                                              const Eligibility &rule, const BlendWeights *weights,
                                              bool explain) const
{
    const RecData &d = *m_data;
    const std::size_t n = d.internships;
    const std::size_t p = m_success.featureCount();
    StudentRecommendations out;
    out.student = std::int32_t(student);
    std::vector<double> cosine(n), cf(n), prob(n), x(n * p);
    contentScores(student, cosine.data());
    cfScores(student, cf.data());
    std::vector<std::int32_t> candidates;
    for (std::size_t i = 0; i < n; ++i) {
        if (!eligible(student, i, rule))
            continue;
        candidates.push_back(std::int32_t(i));
        m_success.features(d, student, i, cosine[i], rule.asOf != kNoTime ? rule.asOf : m_asOf,
                           x.data() + i * p);
        prob[i] = m_success.probability(x.data() + i * p);
    }
    out.eligible = candidates.size();
    const BlendWeights &w = weights ? *weights : m_options.weights;
    std::vector<std::uint64_t> key(n);
    for (std::size_t i = 0; i < n; ++i)
        key[i] = tieKey(student, i);
    std::vector<std::uint8_t> inPool(n, 0);
    markTop(candidates, cosine, key, m_options.poolPerComponent, inPool);
    markTop(candidates, prob, key, m_options.poolPerComponent, inPool);
    markTop(candidates, cf, key, m_options.poolPerComponent, inPool);
    if (w.popularity > 0)
        markTop(candidates, m_popularity, key, m_options.poolPerComponent, inPool);
    std::vector<std::int32_t> pool;
    for (std::int32_t i : candidates)
        if (inPool[std::size_t(i)])
            pool.push_back(i);
    out.pool = pool.size();
    const Blended b
            = blend(pool, {&cosine, &cf, &prob, &m_popularity}, w, m_options.tieSeed, student);

    for (std::size_t r = 0; r < std::min(k, b.pool.size()); ++r) {
        Recommendation rec;
        const auto i = std::size_t(b.pool[r]);
        rec.internship = b.pool[r];
        rec.score = b.score[r];
        rec.raw = {cosine[i], cf[i], prob[i], m_popularity[i]};
        rec.normalised = b.normalised[r];
        rec.contribution = b.contribution[r];
        rec.probability = prob[i];
        if (explain) {
            rec.features.assign(x.begin() + std::ptrdiff_t(i * p),
                                x.begin() + std::ptrdiff_t((i + 1) * p));
            rec.success = m_success.explain(rec.features.data());
            rec.content = m_content.explain(d, student, i);
            if (!m_als)
                rec.cfTerms = m_knn.explain(m_feedback, student, i);
            rec.reason = reason(student, rec);
        }
        out.items.push_back(std::move(rec));
    }
    return out;
}

std::vector<Candidate> Recommender::rankCandidates(std::size_t internship,
                                                   const BlendWeights *weights,
                                                   bool applicantsOnly) const
{
    const RecData &d = *m_data;
    const std::size_t n = d.students;
    std::vector<double> cosine(n), cf(n), prob(n);
    m_content.scoreStudents(internship, cosine.data());
    if (m_als)
        m_als->scoreStudents(internship, cf.data());
    else
        m_knn.scoreStudents(m_feedback, internship, cf.data());
    std::vector<std::int32_t> candidates;
    std::vector<double> x(m_success.featureCount());
    for (std::size_t s = 0; s < n; ++s) {
        if (applicantsOnly && !m_feedback.hasApplied(s, std::int32_t(internship)))
            continue;
        candidates.push_back(std::int32_t(s));
        m_success.features(d, s, internship, cosine[s], m_asOf, x.data());
        prob[s] = m_success.probability(x.data());
    }
    std::vector<std::uint64_t> key(n);
    for (std::size_t s = 0; s < n; ++s)
        key[s] = tieBreakKey(m_options.tieSeed, std::uint64_t(1) << 40 | internship, s);
    std::vector<std::uint8_t> inPool(n, 0);
    for (const auto *scores : {&cosine, &cf, &prob})
        markTop(candidates, *scores, key, m_options.poolPerComponent, inPool);
    std::vector<std::int32_t> pool;
    for (std::int32_t s : candidates)
        if (inPool[std::size_t(s)])
            pool.push_back(s);
    const std::vector<double> none(n, 0.0); // a student has no popularity
    const Blended b
            = blend(pool, {&cosine, &cf, &prob, &none}, weights ? *weights : m_options.weights,
                    m_options.tieSeed, std::size_t(1) << 40 | internship);
    std::vector<Candidate> out(b.pool.size());
    for (std::size_t r = 0; r < b.pool.size(); ++r) {
        const auto s = std::size_t(b.pool[r]);
        Candidate &c = out[r];
        c.student = b.pool[r];
        c.score = b.score[r];
        c.raw = {cosine[s], cf[s], prob[s], 0.0};
        c.normalised = b.normalised[r];
        c.contribution = b.contribution[r];
        c.probability = prob[s];
        c.applied = m_feedback.hasApplied(s, std::int32_t(internship));
    }
    return out;
}

namespace {

std::string thousands(double value)
{
    std::string digits = std::to_string(std::llround(value));
    std::string out;
    const std::size_t start = digits[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > start && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace

std::string Recommender::reason(std::size_t student, const Recommendation &r) const
{
    const RecData &d = *m_data;
    const auto i = std::size_t(r.internship);
    std::vector<std::string> parts;
    const auto &required = d.requiredSkills[i];
    if (!required.empty()) {
        const ContentExplanation &c = r.content;
        std::string part;
        if (!c.matched.empty()) {
            part = "has " + std::to_string(c.matched.size()) + " of "
                   + std::to_string(required.size()) + " required skills (";
            for (std::size_t k = 0; k < c.matched.size(); ++k)
                part += (k ? ", " : "") + d.vocabulary[std::size_t(c.matched[k])];
            part += ")";
        } else {
            part = "builds " + std::to_string(required.size()) + " new skills (";
            for (std::size_t k = 0; k < c.missing.size() && k < 3; ++k)
                part += (k ? ", " : "") + d.vocabulary[std::size_t(c.missing[k])];
            part += ")";
        }
        parts.push_back(part);
    }
    const std::int32_t city = d.internshipCity[i];
    if (city >= 0)
        parts.push_back((city == d.studentCity[student] ? "in the student's city, " : "in ")
                        + d.cityLabels[std::size_t(city)]);
    if (!std::isnan(d.stipend[i]))
        parts.push_back("stipend INR " + thousands(d.stipend[i]) + " a month");
    parts.push_back("predicted success " + formatDecimal(100.0 * r.probability, 1) + "%");
    const auto top
            = std::max_element(r.cfTerms.begin(), r.cfTerms.end(),
                               [](const auto &a, const auto &b) { return a.second < b.second; });
    if (top != r.cfTerms.end() && top->second > 0)
        parts.push_back("often chosen with " + d.internshipIds[std::size_t(top->first)]);
    if (r.contribution[PopularityComponent] > 0)
        parts.push_back("engaged by " + thousands(r.raw[PopularityComponent]) + " students");
    std::string line;
    for (std::size_t k = 0; k < parts.size(); ++k)
        line += (k ? "; " : "") + parts[k];
    if (!line.empty())
        line[0] = asciiUpper(line[0]);
    return line;
}

} // namespace pmis::rec
