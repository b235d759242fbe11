#pragma once
// <qcustomplot.h> under QT_NO_KEYWORDS: the header uses `signals`, `slots` and `foreach`, which
// the project switches off; they are mapped to their Q_ forms while it is read.

#ifndef signals
#define PMIS_QCP_SIGNALS
#define signals Q_SIGNALS
#endif
#ifndef slots
#define PMIS_QCP_SLOTS
#define slots Q_SLOTS
#endif
#ifndef foreach
#define PMIS_QCP_FOREACH
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#ifdef PMIS_QCP_SIGNALS
#undef signals
#undef PMIS_QCP_SIGNALS
#endif
#ifdef PMIS_QCP_SLOTS
#undef slots
#undef PMIS_QCP_SLOTS
#endif
#ifdef PMIS_QCP_FOREACH
#undef foreach
#undef PMIS_QCP_FOREACH
#endif
