#include "core/rec/content_model.h"

#include <algorithm>
#include <cmath>

namespace pmis::rec {

namespace {

void normalise(SparseVector &v)
{
    double ss = 0;
    for (double x : v.value)
        ss += x * x;
    if (ss <= 0)
        return;
    const double inv = 1.0 / std::sqrt(ss);
    for (double &x : v.value)
        x *= inv;
}

} // namespace

ContentModel ContentModel::build(const RecData &data, const ContentOptions &options)
{
    ContentModel m;
    const std::size_t nTokens = data.vocabulary.size();
    const std::size_t n = data.internships;
    std::vector<std::vector<std::int32_t>> docs(n);
    std::vector<double> df(nTokens, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        docs[i] = data.requiredSkills[i];
        if (options.domainToken && data.domainToken[i] >= 0)
            docs[i].push_back(data.domainToken[i]);
        std::sort(docs[i].begin(), docs[i].end());
        docs[i].erase(std::unique(docs[i].begin(), docs[i].end()), docs[i].end());
        for (std::int32_t t : docs[i])
            df[std::size_t(t)] += 1.0;
    }
    m.m_idf.resize(nTokens);
    for (std::size_t t = 0; t < nTokens; ++t)
        m.m_idf[t] = std::log((1.0 + double(n)) / (1.0 + df[t])) + 1.0;

    m.m_internship.resize(n);
    m.m_byToken.assign(nTokens, {});
    for (std::size_t i = 0; i < n; ++i) {
        SparseVector &v = m.m_internship[i];
        v.index = docs[i];
        for (std::int32_t t : v.index)
            v.value.push_back(m.m_idf[std::size_t(t)]);
        normalise(v);
        for (std::size_t k = 0; k < v.index.size(); ++k)
            m.m_byToken[std::size_t(v.index[k])].push_back({std::int32_t(i), v.value[k]});
    }

    m.m_student.resize(data.students);
    m.m_isInterest.resize(data.students);
    for (std::size_t s = 0; s < data.students; ++s) {
        std::vector<std::pair<std::int32_t, std::uint8_t>> tokens;
        for (std::int32_t t : data.studentSkills[s])
            tokens.push_back({t, 0});
        if (options.interestWeight > 0)
            for (std::int32_t t : data.studentInterests[s])
                tokens.push_back({t, 1});
        std::sort(tokens.begin(), tokens.end());
        SparseVector &v = m.m_student[s];
        for (const auto &[t, interest] : tokens) {
            v.index.push_back(t);
            v.value.push_back(m.m_idf[std::size_t(t)] * (interest ? options.interestWeight : 1.0));
            m.m_isInterest[s].push_back(interest);
        }
        normalise(v);
    }
    return m;
}

double ContentModel::score(std::size_t student, std::size_t internship) const
{
    const SparseVector &a = m_student[student], &b = m_internship[internship];
    double sum = 0;
    std::size_t i = 0, j = 0;
    while (i < a.index.size() && j < b.index.size()) {
        if (a.index[i] < b.index[j]) {
            ++i;
        } else if (a.index[i] > b.index[j]) {
            ++j;
        } else {
            sum += a.value[i] * b.value[j];
            ++i;
            ++j;
        }
    }
    return sum;
}

void ContentModel::scoreInternships(std::size_t student, double *out) const
{
    std::fill(out, out + m_internship.size(), 0.0);
    const SparseVector &a = m_student[student];
    for (std::size_t k = 0; k < a.index.size(); ++k) { // increasing tokens: the order score() adds
        const double w = a.value[k];
        for (const auto &[i, v] : m_byToken[std::size_t(a.index[k])])
            out[i] += w * v;
    }
}

void ContentModel::scoreStudents(std::size_t internship, double *out) const
{
    for (std::size_t s = 0; s < m_student.size(); ++s)
        out[s] = score(s, internship);
}

ContentExplanation ContentModel::explain(const RecData &data, std::size_t student,
                                         std::size_t internship) const
{
    ContentExplanation e;
    const SparseVector &a = m_student[student], &b = m_internship[internship];
    const auto &required = data.requiredSkills[internship];
    std::size_t i = 0, j = 0;
    while (i < a.index.size() && j < b.index.size()) {
        if (a.index[i] < b.index[j]) {
            ++i;
        } else if (a.index[i] > b.index[j]) {
            ++j;
        } else {
            SkillContribution c;
            c.token = a.index[i];
            c.contribution = a.value[i] * b.value[j];
            c.source = m_isInterest[student][i] ? TokenSource::Interest : TokenSource::Skill;
            c.required = std::binary_search(required.begin(), required.end(), c.token);
            e.cosine += c.contribution;
            e.contributions.push_back(c);
            ++i;
            ++j;
        }
    }
    const auto &skills = data.studentSkills[student];
    const auto &interests = data.studentInterests[student];
    for (std::int32_t t : required) {
        if (std::binary_search(skills.begin(), skills.end(), t))
            e.matched.push_back(t);
        else if (std::binary_search(interests.begin(), interests.end(), t))
            e.interests.push_back(t); // raises the score at interest weight: not "missing"
        else
            e.missing.push_back(t);
    }
    const auto contributionOf = [&](std::int32_t t) {
        for (const auto &c : e.contributions)
            if (c.token == t)
                return c.contribution;
        return 0.0;
    };
    std::stable_sort(e.matched.begin(), e.matched.end(), [&](std::int32_t x, std::int32_t y) {
        return contributionOf(x) > contributionOf(y);
    });
    std::sort(e.missing.begin(), e.missing.end(), [&](std::int32_t x, std::int32_t y) {
        if (idf(x) != idf(y))
            return idf(x) > idf(y);
        return data.vocabulary[std::size_t(x)] < data.vocabulary[std::size_t(y)];
    });
    return e;
}

} // namespace pmis::rec
