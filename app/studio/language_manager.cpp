#include "app/studio/language_manager.h"

#include "app/studio/studio_settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace pmis {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

QString LanguageManager::displayName(const QString &code)
{
    if (code == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    return QStringLiteral("English");
}

QLocale LanguageManager::locale(const QString &code)
{
    if (code == QLatin1String("hi"))
        return QLocale(QLocale::Hindi, QLocale::India);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString LanguageManager::current() const
{
    const QString code = settings::language.value();
    return available().contains(code) ? code : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    const bool changed = code != current();
    settings::language.setValue(code);
    apply();
    if (changed)
        Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : {&m_qt, &m_app}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    m_installed.clear();
}

bool LanguageManager::install(QTranslator *&slot, const QLocale &locale, const QString &name,
                              const QString &folder)
{
    auto *translator = new QTranslator(this);
    // An empty catalogue loads "successfully" but translates nothing and is refused by
    // installTranslator(): check both.
    if (!translator->load(locale, name, QStringLiteral("_"), folder) || translator->isEmpty()
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    slot = translator;
    m_installed << QFileInfo(translator->filePath()).fileName();
    return true;
}

void LanguageManager::apply()
{
    const QString code = current();
    if (code == m_applied)
        return;
    m_applied = code;
    removeTranslators(); // posts LanguageChange when one was installed
    const QLocale language = locale(code);
    QLocale::setDefault(language);
    // Widgets take the default locale when created; hand it to the open windows too (calendar
    // popups, spin boxes). A new top-level window picks up the default by itself.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->setLocale(language);
    }
    if (code == QLatin1String("en"))
        return; // the sources are English
    // Qt's own catalogue first (Debian 12 ships none for Hindi), then ours, which is searched
    // first and also carries Hindi for Qt's standard buttons.
    install(m_qt, language, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(m_app, language, QStringLiteral("pmis_studio"), QStringLiteral(":/i18n")))
        qWarning("No studio catalogue for the language \"%s\"; the interface stays in English.",
                 qPrintable(code));
}

} // namespace pmis
