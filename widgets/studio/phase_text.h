#pragma once
// The progress phases that core reports in English ("students", "writing outcomes", "implicit
// ALS"), in the interface language. A phase this table does not know is shown as it is.

#include <QString>

namespace pmis {

QString phaseText(const QString &phase);

} // namespace pmis
