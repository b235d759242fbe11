#pragma once
// What the main window's test suites share: settings of their own, and a scenario whose
// generation is still running when a test acts on it.

#include "app/studio/main_window.h"
#include "widgets/studio/studio_document.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace pmis::test {

// Settings under `application` in Qt's test locations, cleared: a test never reads the user's.
inline void useTestSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PMIS-test"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

// A scenario large enough that its generation runs for seconds.
inline void makeLarge(MainWindow &window)
{
    Scenario s = window.document()->scenario();
    s.students = 2'000'000;
    s.interactions = 20'000'000;
    QVERIFY(window.document()->applyEdit(QStringLiteral("big"), s).isEmpty());
}

} // namespace pmis::test
