#include "widgets/rec/rec_texts.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pmis {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Whole numbers with comma groups (12,000), as the command line writes them.
QString thousands(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
            .toString(qlonglong(std::llround(value)));
}

QString skillList(const rec::RecData &d, const std::vector<std::int32_t> &tokens, std::size_t max)
{
    QStringList out;
    for (std::size_t k = 0; k < tokens.size() && k < max; ++k)
        out << qs(d.vocabulary[std::size_t(tokens[k])]);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString RecTexts::reason(const rec::RecData &d, std::size_t student, const rec::Recommendation &r)
{
    const auto i = std::size_t(r.internship);
    QStringList parts;
    const auto &required = d.requiredSkills[i];
    if (!required.empty()) {
        const rec::ContentExplanation &c = r.content;
        if (!c.matched.empty())
            parts << tr("has %1 of %2 required skills (%3)")
                             .arg(c.matched.size())
                             .arg(required.size())
                             .arg(skillList(d, c.matched, c.matched.size()));
        else
            parts << tr("builds %1 new skills (%2)")
                             .arg(required.size())
                             .arg(skillList(d, c.missing, 3));
    }
    const std::int32_t city = d.internshipCity[i];
    if (city >= 0) {
        const QString name = qs(d.cityLabels[std::size_t(city)]);
        parts << (city == d.studentCity[student] ? tr("in the student's city, %1").arg(name)
                                                 : tr("in %1").arg(name));
    }
    if (!std::isnan(d.stipend[i]))
        parts << tr("stipend INR %1 a month").arg(thousands(d.stipend[i]));
    parts << tr("predicted success %1%").arg(100.0 * r.probability, 0, 'f', 1);
    const auto top
            = std::max_element(r.cfTerms.begin(), r.cfTerms.end(),
                               [](const auto &a, const auto &b) { return a.second < b.second; });
    if (top != r.cfTerms.end() && top->second > 0)
        parts << tr("often chosen with %1").arg(qs(d.internshipIds[std::size_t(top->first)]));
    if (r.contribution[rec::PopularityComponent] > 0)
        parts << tr("engaged by %1 students").arg(thousands(r.raw[rec::PopularityComponent]));
    QString line = parts.join(tr("; ", "separates the parts of a reason"));
    if (!line.isEmpty())
        line[0] = line[0].toUpper();
    return line;
}

QString RecTexts::calibration(const rec::SuccessModel &m)
{
    using State = rec::SuccessModel::CalibrationState;
    const QString counts = tr("%L1 successes and %L2 failures in the calibration slice")
                                   .arg(m.calibrationSuccesses())
                                   .arg(m.calibrationFailures());
    const QString losses = tr("validation log loss %1 uncalibrated, %2 with Platt (cross-fitted)")
                                   .arg(m.validationLogLoss(), 0, 'f', 5)
                                   .arg(m.validationLogLossPlatt(), 0, 'f', 5);
    switch (m.calibrationState()) {
    case State::Off:
        return tr("Not calibrated: calibration is off");
    case State::TooFewOutcomes:
        return tr("Not calibrated: %1, fewer than %2").arg(counts).arg(m.minCalibrationClass());
    case State::SlopeNotPositive:
        return tr("Not calibrated: Platt's slope was not positive (%1)").arg(counts);
    case State::NoGain:
        return tr("Not calibrated: Platt does not lower the %1; %2").arg(losses, counts);
    case State::Calibrated:
        return tr("Platt-calibrated: it lowers the %1; %2").arg(losses, counts);
    }
    return qs(m.calibrationNote());
}

QString RecTexts::method(const std::string &key)
{
    // The English names are the keys the command line and the JSON report print.
    if (key == "content")
        return tr("content", "evaluated method");
    if (key == "cf")
        return tr("cf", "evaluated method: collaborative filtering");
    if (key == "success")
        return tr("success", "evaluated method: the success model's P(success)");
    if (key == "hybrid")
        return tr("hybrid", "evaluated method: the blend with learned weights");
    if (key == "hybrid_fixed")
        return tr("hybrid_fixed", "evaluated method: the blend with the fixed weights");
    if (key == "popularity")
        return tr("popularity", "evaluated method");
    if (key == "random")
        return tr("random", "evaluated method");
    return qs(key);
}

} // namespace pmis
