#pragma once
// Why a scenario was refused, in the interface language: core gives the rule it breaks as an English
// pattern with arguments (a Text beside the JSON path); each pattern is translated here and its
// markers filled.

#include "core/util/text.h"

#include <QString>
#include <QStringList>

namespace pmis {

// The rule's sentence worded in the current language (its English form equals Text::english()).
QString scenarioRuleText(const Text &text);
// Every pattern the scenario rules and the loader write, in English: the catalogue the
// translations cover.
QStringList scenarioRulePatterns();

} // namespace pmis
