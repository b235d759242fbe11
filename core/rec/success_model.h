#pragma once
// The success model: P(selected | student, internship) by L2 logistic regression on pre-outcome
// features only, with optional balanced class weights and Platt calibration on a held-out slice.
// Features (docs/recommender.md): skill-match cosine, share of required skills held, number of
// missing skills, same city, log stipend, CGPA, log seats per applicant (positions_available over
// 1 + the internship's applicants before the decision time) -- every feature as of the decision it
// predicts, from earlier events only -- standardised over the fitting rows,
// nulls take the mean -- and one-hot previous experience and company size. Protected attributes (gender, rural/urban,
// tier) are never features; neither are post-outcome or ground-truth columns.
// Explanations: phi_j = w_j (x_j - mean_j) in log-odds, scaled by Platt's slope when calibrated,
// and base + sum phi_j = the logit of the returned probability.

#include "core/rec/content_model.h"
#include "core/rec/logistic.h"
#include "core/rec/rec_data.h"

#include <limits>
#include <string>
#include <vector>

namespace pmis::rec {

struct SuccessOptions
{
    LogisticOptions logistic; // lambda = 1 by default
    bool balanced = false;    // class weights n / (2 n_c), intercept corrected by -ln(w1 / w0)
    bool calibrate = true; // Platt scaling on the calibration (validation) rows, kept only when it
                           // lowers their cross-fitted log loss, and...
    int minCalibrationClass = 20; // ...when they hold at least this many successes and failures:
                                  // two parameters fitted to a handful of successes do more harm
                                  // than good (demo-small's slice holds about 5)
};

struct SuccessExplanation
{
    double base = 0;                   // the logit at the training means
    std::vector<double> contributions; // one per feature, in featureNames() order
    double logit = 0;                  // base + sum of contributions
    double probability = 0;
};

class SuccessModel
{
public:
    // fitRows / calibrationRows index data.outcomes.
    static Result<SuccessModel> train(const RecData &data, const ContentModel &content,
                                      const std::vector<std::uint32_t> &fitRows,
                                      const std::vector<std::uint32_t> &calibrationRows,
                                      const SuccessOptions &options = {});

    std::size_t featureCount() const { return m_names.size(); }
    const std::vector<std::string> &featureNames() const { return m_names; }
    // The scoring vector (standardised) of a pair, given the pair's content cosine, as known at
    // `asOf` (seconds; events at or after it are not counted; kNoTime counts every event).
    void features(const RecData &data, std::size_t student, std::size_t internship, double cosine,
                  std::int64_t asOf, double *x) const;
    std::vector<double> features(const RecData &data, const ContentModel &content,
                                 std::size_t student, std::size_t internship,
                                 std::int64_t asOf) const;
    double uncalibratedLogit(const double *x) const;
    double logit(const double *x) const { return m_platt.apply(uncalibratedLogit(x)); }
    double probability(const double *x) const { return sigmoid(logit(x)); }
    SuccessExplanation explain(const double *x) const;

    double intercept() const { return m_intercept; }
    const std::vector<double> &coefficients() const { return m_w; } // per standardised feature
    const std::vector<double> &featureMeans() const { return m_mean; }
    const PlattScaling &platt() const { return m_platt; }
    int iterations() const { return m_iterations; }
    std::size_t fitRows() const { return m_fitRows; }
    std::size_t calibrationRows() const { return m_calibrationRows; }
    // Why the model is or is not calibrated, in one English line; calibrationState() and the counts
    // below say the same for a front end that words it itself.
    const std::string &calibrationNote() const { return m_calibrationNote; }
    enum class CalibrationState {
        Off,              // calibration is switched off
        TooFewOutcomes,   // a class of the calibration slice has fewer than minCalibrationClass
        SlopeNotPositive, // Platt's fit had no positive slope
        NoGain,           // Platt does not lower the validation log loss
        Calibrated,       // Platt lowers it and is applied
    };
    CalibrationState calibrationState() const { return m_calibrationState; }
    std::size_t calibrationSuccesses() const { return m_calibrationSuccesses; }
    std::size_t calibrationFailures() const { return m_calibrationRows - m_calibrationSuccesses; }
    int minCalibrationClass() const { return m_minCalibrationClass; }
    bool calibrated() const { return m_platt.fitted; }
    // Log loss on the validation slice without and with Platt (cross-fitted); NaN when not compared.
    double validationLogLoss() const { return m_validationLogLoss; }
    double validationLogLossPlatt() const { return m_validationLogLossPlatt; }

private:
    std::vector<std::string> m_names;
    std::size_t m_numeric = 0;             // the first m_numeric features are standardised numbers
    std::vector<double> m_center, m_scale; // numeric standardisation (imputation value = center)
    std::size_t m_experienceBase = 0, m_sizeBase = 0;
    std::size_t m_experienceLevels = 0, m_sizeLevels = 0;
    double m_intercept = 0;
    std::vector<double> m_w;
    std::vector<double> m_mean; // training means of the scoring vector
    PlattScaling m_platt;
    int m_iterations = 0;
    std::size_t m_fitRows = 0, m_calibrationRows = 0;
    std::string m_calibrationNote;
    CalibrationState m_calibrationState = CalibrationState::Off;
    std::size_t m_calibrationSuccesses = 0;
    int m_minCalibrationClass = 0;
    double m_validationLogLoss = std::numeric_limits<double>::quiet_NaN();
    double m_validationLogLossPlatt = std::numeric_limits<double>::quiet_NaN();
};

} // namespace pmis::rec
