// pmis-studio: the desktop application.
#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "app/studio/screenshot_tour.h"
#include "app/studio/studio_settings.h"
#include "core/util/process_locale.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // QApplication took the process locale from the environment; exported bytes must not follow it.
    pmis::pinOutputLocale();
    QApplication::setOrganizationName(QStringLiteral("PMIS"));
    QApplication::setOrganizationDomain(QStringLiteral("pmis.org"));
    QApplication::setApplicationName(QStringLiteral("PMIS Dataset Studio"));
    QApplication::setApplicationVersion(QStringLiteral(PMIS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pmis.DatasetStudio"));

    // The stored language applies from the start, so --help speaks it too.
    pmis::LanguageManager language;
    language.apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Synthetic datasets of the PM Internship Scheme"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("scenario"),
            QApplication::translate("main", "A scenario file (.pmis.json) to open."),
            QStringLiteral("[scenario]"));
    QCommandLineOption languageOption(
            QStringLiteral("language"),
            QApplication::translate("main", "Use the interface language CODE (%1) from now on.")
                    .arg(pmis::LanguageManager::available().join(QStringLiteral(", "))),
            QStringLiteral("CODE"));
    parser.addOption(languageOption);
    QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QApplication::translate("main", "Render the main views to PNG files in DIR and quit."),
            QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    if (parser.isSet(languageOption) && !language.setLanguage(parser.value(languageOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                                        "main", "Unknown language \"%1\"; expected one of: %2.")
                                        .arg(parser.value(languageOption),
                                             pmis::LanguageManager::available().join(
                                                     QStringLiteral(", ")))));
        return 2;
    }

    pmis::MainWindow window(nullptr, &language);
    if (parser.isSet(screenshot)) {
        // The tour shows the start preset, whatever scenario was open last.
        window.loadPresetNamed(pmis::settings::startPreset.value());
        auto *tour = new pmis::ScreenshotTour(&window, parser.value(screenshot), &window);
        window.show();
        tour->start();
        return app.exec();
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().front());
    window.show();
    return app.exec();
}
