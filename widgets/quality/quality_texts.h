#pragma once
// A quality check's reason in the interface language: the core gives it as an English pattern with
// arguments (quality::Text); each pattern is translated here and its markers filled.

#include "core/quality/quality_report.h"

#include <QString>
#include <QStringList>

namespace pmis {

// The reason worded in the current language (its English form equals Text::english()).
QString qualityReasonText(const quality::Text &text);
// Every pattern the quality checks write, in English: the catalogue the translations cover.
QStringList qualityReasonPatterns();

} // namespace pmis
