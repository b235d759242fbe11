#pragma once
// The recommender's results worded in the interface language: a recommendation's one-line reason,
// the success model's calibration, and the evaluated methods' names. Core returns the figures;
// these functions put them into translated sentences.

#include "core/rec/recommender.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace pmis {

class RecTexts
{
    Q_DECLARE_TR_FUNCTIONS(RecTexts)
public:
    // The reason of a recommendation from its populated fields (the same parts, in the same order,
    // as Recommender::reason, which is its English wording for the command line).
    static QString reason(const rec::RecData &data, std::size_t student,
                          const rec::Recommendation &r);
    // Why the success model is or is not calibrated (SuccessModel::calibrationNote in English).
    static QString calibration(const rec::SuccessModel &model);
    // An evaluated method's display name: content, cf, success, hybrid, hybrid_fixed, popularity,
    // random; an unknown key is shown as it is.
    static QString method(const std::string &key);
};

} // namespace pmis
