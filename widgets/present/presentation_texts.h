#pragma once
// What the presentation window and its pages share: type sizes for a projector, the title colour,
// and small text helpers. Internal to widgets/present.

#include "widgets/present/presentation_window.h"

#include <QFont>
#include <QLocale>
#include <QString>

#include <string>

namespace pmis::present {

// Type sizes in points, for the back of a room at 1280×720.
inline constexpr double kBodyPoints = 18;
inline constexpr double kTitlePoints = 34;
inline constexpr double kSentencePoints = 20;
inline const char *const kTitleColor = "#0b2545";

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString percent(double fraction, int decimals = 1)
{
    return PresentationWindow::tr("%1%").arg(QLocale().toString(100.0 * fraction, 'f', decimals));
}

inline QFont sized(QFont f, double points, bool bold = false)
{
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace pmis::present
