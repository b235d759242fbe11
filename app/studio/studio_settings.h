#pragma once
// Every setting of the studio, declared once.

#include "app/studio/setting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pmis::settings {

inline const Setting<QByteArray> windowGeometry{"MainWindow/geometry", {}};
inline const Setting<QByteArray> windowState{"MainWindow/state", {}};
inline const Setting<QStringList> recentFiles{"Documents/recentFiles", {}};
// The scenario file last opened or saved; reopened at the next start.
inline const Setting<QString> lastScenario{"Documents/lastScenario", {}};
inline const Setting<QString> lastFolder{"Documents/lastFolder", {}};
inline const Setting<QString> exportFolder{"Export/folder", {}};
inline const Setting<QString> language{"Interface/language", QStringLiteral("en")};
inline const Setting<QString> startPreset{"Documents/startPreset", QStringLiteral("pmis-2025")};
inline const Setting<int> generateThreads{"Generate/threads", 0};
inline const Setting<bool> generateOnOpen{"Generate/onOpen", false};

} // namespace pmis::settings
