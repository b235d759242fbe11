#include "app/studio/language_manager.h"

#include "app/studio/studio_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pmis {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

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

void LanguageManager::apply()
{
    const QString code = current();
    for (QTranslator **t : {&m_qt, &m_app}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return;
    // Qt's own catalogue, then the studio's (embedded at :/i18n/pmis_<code>.qm once translated).
    m_qt = new QTranslator(this);
    if (!m_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || m_qt->isEmpty() || !QCoreApplication::installTranslator(m_qt)) {
        delete m_qt;
        m_qt = nullptr;
    }
    m_app = new QTranslator(this);
    if (!m_app->load(QStringLiteral(":/i18n/pmis_%1.qm").arg(code)) || m_app->isEmpty()
        || !QCoreApplication::installTranslator(m_app)) {
        delete m_app;
        m_app = nullptr;
    }
}

} // namespace pmis
