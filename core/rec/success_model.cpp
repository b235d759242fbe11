#include "core/rec/success_model.h"

#include "core/rec/metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace pmis::rec {

namespace {

enum Numeric {
    SkillMatch,
    Coverage,
    Missing,
    SameCity,
    LogStipend,
    Cgpa,
    SeatsPerApplicant,
    NumericCount
};
const char *const kNumericNames[NumericCount]
        = {"skill_match", "skill_coverage", "missing_skills",         "same_city",
           "log_stipend", "cgpa",           "log_seats_per_applicant"};

// Raw numeric features of a pair; NaN for unknown values (imputed later).
void rawNumeric(const RecData &d, std::size_t s, std::size_t i, double cosine, std::int64_t asOf,
                double *out)
{
    const auto &have = d.studentSkills[s];
    const auto &need = d.requiredSkills[i];
    std::size_t matched = 0;
    for (std::int32_t t : need)
        matched += std::binary_search(have.begin(), have.end(), t) ? 1 : 0;
    out[SkillMatch] = cosine;
    out[Coverage] = need.empty() ? 0.0 : double(matched) / double(need.size());
    out[Missing] = double(need.size() - matched);
    const std::int32_t a = d.studentCity[s], b = d.internshipCity[i];
    out[SameCity] = (a >= 0 && a == b) ? 1.0 : 0.0;
    const double stipend = d.stipend[i];
    out[LogStipend] = stipend > 0 ? std::log(stipend) : std::numeric_limits<double>::quiet_NaN();
    out[Cgpa] = d.cgpa[s];
    // Competition: seats per applicant with one more applicant, counting only applications made
    // before the decision time, so neither the application itself nor any later one leaks in.
    const double seats = d.positions[i];
    const double rivals = double(d.applicantsBefore(i, asOf));
    out[SeatsPerApplicant] = seats > 0 ? std::log(seats / (rivals + 1.0))
                                       : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

void SuccessModel::features(const RecData &d, std::size_t s, std::size_t i, double cosine,
                            std::int64_t asOf, double *x) const
{
    rawNumeric(d, s, i, cosine, asOf, x);
    for (std::size_t j = 0; j < m_numeric; ++j)
        x[j] = std::isnan(x[j]) ? 0.0 : (x[j] - m_center[j]) / m_scale[j];
    std::fill(x + m_numeric, x + m_names.size(), 0.0);
    const std::int32_t e = d.experience[s];
    if (e >= 0 && std::size_t(e) < m_experienceLevels)
        x[m_experienceBase + std::size_t(e)] = 1.0;
    const std::int32_t c = d.companySize[i];
    if (c >= 0 && std::size_t(c) < m_sizeLevels)
        x[m_sizeBase + std::size_t(c)] = 1.0;
}

std::vector<double> SuccessModel::features(const RecData &d, const ContentModel &content,
                                           std::size_t s, std::size_t i, std::int64_t asOf) const
{
    std::vector<double> x(featureCount());
    features(d, s, i, content.score(s, i), asOf, x.data());
    return x;
}

double SuccessModel::uncalibratedLogit(const double *x) const
{
    double z = m_intercept;
    for (std::size_t j = 0; j < m_w.size(); ++j)
        z += m_w[j] * x[j];
    return z;
}

SuccessExplanation SuccessModel::explain(const double *x) const
{
    SuccessExplanation e;
    const double a = m_platt.a;
    double base = m_intercept;
    for (std::size_t j = 0; j < m_w.size(); ++j)
        base += m_w[j] * m_mean[j];
    e.base = a * base + m_platt.b;
    e.contributions.resize(m_w.size());
    e.logit = e.base;
    for (std::size_t j = 0; j < m_w.size(); ++j) {
        e.contributions[j] = a * m_w[j] * (x[j] - m_mean[j]);
        e.logit += e.contributions[j];
    }
    e.probability = sigmoid(e.logit);
    return e;
}

Result<SuccessModel> SuccessModel::train(const RecData &d, const ContentModel &content,
                                         const std::vector<std::uint32_t> &fitRows,
                                         const std::vector<std::uint32_t> &calibrationRows,
                                         const SuccessOptions &options)
{
    SuccessModel m;
    const std::size_t n = fitRows.size();
    std::size_t positives = 0;
    for (std::uint32_t r : fitRows)
        positives += d.outcomes[r].success ? 1 : 0;
    if (positives == 0 || positives == n)
        return Status::error("success model: the training outcomes hold "
                             + std::to_string(positives) + " successes in " + std::to_string(n)
                             + " applications; expected both classes");

    for (const char *name : kNumericNames)
        m.m_names.push_back(name);
    m.m_numeric = NumericCount;
    m.m_experienceBase = m.m_names.size();
    m.m_experienceLevels = d.experienceLabels.size();
    for (const auto &label : d.experienceLabels)
        m.m_names.push_back("experience=" + label);
    m.m_sizeBase = m.m_names.size();
    m.m_sizeLevels = d.companySizeLabels.size();
    for (const auto &label : d.companySizeLabels)
        m.m_names.push_back("company_size=" + label);
    const std::size_t p = m.m_names.size();

    // Standardisation over the fitting rows (mean and population sd of known values).
    std::vector<double> raw(n * NumericCount);
    for (std::size_t k = 0; k < n; ++k) {
        const OutcomeRow &o = d.outcomes[fitRows[k]];
        rawNumeric(d, std::size_t(o.student), std::size_t(o.internship),
                   content.score(std::size_t(o.student), std::size_t(o.internship)), o.date,
                   raw.data() + k * NumericCount);
    }
    m.m_center.assign(NumericCount, 0.0);
    m.m_scale.assign(NumericCount, 1.0);
    for (std::size_t j = 0; j < NumericCount; ++j) {
        double sum = 0, count = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (!std::isnan(raw[k * NumericCount + j])) {
                sum += raw[k * NumericCount + j];
                count += 1;
            }
        const double mean = count > 0 ? sum / count : 0.0;
        double ss = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (!std::isnan(raw[k * NumericCount + j]))
                ss += (raw[k * NumericCount + j] - mean) * (raw[k * NumericCount + j] - mean);
        const double sd = count > 0 ? std::sqrt(ss / count) : 0.0;
        m.m_center[j] = mean;
        m.m_scale[j] = sd > 1e-12 ? sd : 1.0; // a constant feature becomes 0 everywhere
    }

    std::vector<double> x(n * p), y(n), weights;
    for (std::size_t k = 0; k < n; ++k) {
        const OutcomeRow &o = d.outcomes[fitRows[k]];
        m.features(d, std::size_t(o.student), std::size_t(o.internship),
                   content.score(std::size_t(o.student), std::size_t(o.internship)), o.date,
                   x.data() + k * p);
        y[k] = o.success ? 1.0 : 0.0;
    }
    double w1 = 1, w0 = 1;
    if (options.balanced) {
        w1 = double(n) / (2.0 * double(positives));
        w0 = double(n) / (2.0 * double(n - positives));
        weights.resize(n);
        for (std::size_t k = 0; k < n; ++k)
            weights[k] = y[k] > 0 ? w1 : w0;
    }
    auto fit = fitLogistic(x, p, y, weights, options.logistic);
    if (!fit)
        return Status::error("success model: " + fit.error());
    m.m_intercept = fit->intercept - (options.balanced ? std::log(w1 / w0) : 0.0);
    m.m_w = fit->w;
    m.m_iterations = fit->iterations;
    m.m_fitRows = n;
    m.m_mean.assign(p, 0.0);
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t j = 0; j < p; ++j)
            m.m_mean[j] += x[k * p + j];
    for (double &v : m.m_mean)
        v /= double(n);

    m.m_calibrationRows = calibrationRows.size();
    std::size_t calPositives = 0;
    for (std::uint32_t r : calibrationRows)
        calPositives += d.outcomes[r].success ? 1 : 0;
    const std::size_t calNegatives = calibrationRows.size() - calPositives;
    m.m_calibrationSuccesses = calPositives;
    m.m_minCalibrationClass = options.minCalibrationClass;
    const std::string counts = std::to_string(calPositives) + " successes and "
                               + std::to_string(calNegatives)
                               + " failures in the calibration slice";
    if (!options.calibrate) {
        m.m_calibrationState = CalibrationState::Off;
        m.m_calibrationNote = "Not calibrated: calibration is off";
    } else if (calPositives < std::size_t(options.minCalibrationClass)
               || calNegatives < std::size_t(options.minCalibrationClass)) {
        m.m_calibrationState = CalibrationState::TooFewOutcomes;
        m.m_calibrationNote = "Not calibrated: " + counts + ", fewer than "
                              + std::to_string(options.minCalibrationClass);
    } else {
        // Platt is kept only when it lowers the validation slice's log loss out of sample: two folds
        // (alternate rows in date order), each calibrated by the other (docs/recommender.md).
        std::vector<double> scores;
        std::vector<std::uint8_t> labels;
        std::vector<double> row(p);
        for (std::uint32_t r : calibrationRows) {
            const OutcomeRow &o = d.outcomes[r];
            m.features(d, std::size_t(o.student), std::size_t(o.internship),
                       content.score(std::size_t(o.student), std::size_t(o.internship)), o.date,
                       row.data());
            scores.push_back(m.uncalibratedLogit(row.data()));
            labels.push_back(std::uint8_t(o.success));
        }
        std::array<std::vector<double>, 2> foldScores;
        std::array<std::vector<std::uint8_t>, 2> foldLabels;
        for (std::size_t k = 0; k < scores.size(); ++k) {
            foldScores[k % 2].push_back(scores[k]);
            foldLabels[k % 2].push_back(labels[k]);
        }
        std::vector<double> raw, crossFitted;
        std::vector<std::uint8_t> y;
        for (std::size_t f = 0; f < 2; ++f) {
            const PlattScaling other = fitPlatt(foldScores[1 - f], foldLabels[1 - f]);
            for (std::size_t k = 0; k < foldScores[f].size(); ++k) {
                raw.push_back(sigmoid(foldScores[f][k]));
                crossFitted.push_back(sigmoid(other.apply(foldScores[f][k])));
                y.push_back(foldLabels[f][k]);
            }
        }
        m.m_validationLogLoss = logLoss(raw, y);
        m.m_validationLogLossPlatt = logLoss(crossFitted, y);
        const PlattScaling platt = fitPlatt(scores, labels);
        const std::string losses = "validation log loss " + formatDecimal(m.m_validationLogLoss, 5)
                                   + " uncalibrated, "
                                   + formatDecimal(m.m_validationLogLossPlatt, 5)
                                   + " with Platt (cross-fitted)";
        if (!platt.fitted) {
            m.m_calibrationState = CalibrationState::SlopeNotPositive;
            m.m_calibrationNote = "Not calibrated: Platt's slope was not positive (" + counts + ")";
        } else if (!(m.m_validationLogLossPlatt < m.m_validationLogLoss)) {
            m.m_calibrationState = CalibrationState::NoGain;
            m.m_calibrationNote
                    = "Not calibrated: Platt does not lower the " + losses + "; " + counts;
        } else {
            m.m_platt = platt;
            m.m_calibrationState = CalibrationState::Calibrated;
            m.m_calibrationNote = "Platt-calibrated: it lowers the " + losses + "; " + counts;
        }
    }
    return m;
}

} // namespace pmis::rec
