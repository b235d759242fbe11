#pragma once
// The interface language: the choice is stored in the settings and applied at start-up and when
// changed from View ▸ Language, without a restart. Applying a language installs Qt's own catalogue
// (qtbase_<lang> from QLibraryInfo::TranslationsPath, when the system has one) and the studio's
// (embedded at :/i18n/pmis_studio_<lang>.qm, which also translates the few Qt strings of our
// dialogs: standard buttons, line-edit menus), and makes the language's QLocale the default so
// numbers and dates follow it. Installing or removing a catalogue makes Qt post
// QEvent::LanguageChange; every widget re-applies its texts in changeEvent().

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pmis {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes offered in View ▸ Language: "en", "hi".
    static QStringList available();
    // The language's name in its own script ("English", "हिन्दी").
    static QString displayName(const QString &code);
    // The locale used for numbers and dates in a language ("hi" → hi_IN).
    static QLocale locale(const QString &code);

    QString current() const;
    // Stores the choice and applies it; returns false when the code is not offered.
    bool setLanguage(const QString &code);
    // Applies the stored choice (at start-up); does nothing when it is already applied.
    void apply();

    // The catalogues installed by the last apply(), by file name ("pmis_studio_hi.qm"); empty for
    // English.
    QStringList installedCatalogues() const { return m_installed; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();
    // Loads and installs one catalogue; false (and nothing installed) when it is missing or empty.
    bool install(QTranslator *&slot, const QLocale &locale, const QString &name,
                 const QString &folder);

    QTranslator *m_qt = nullptr;
    QTranslator *m_app = nullptr;
    QStringList m_installed;
    QString m_applied; // the code of the applied language; empty before the first apply()
};

} // namespace pmis
