#pragma once
// The interface language: the choice is stored in the settings and applied at start-up and when
// changed. The catalogues themselves (Qt's and the studio's) are installed here once they exist;
// until then only the choice is kept.

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

    // Language codes offered in View ▸ Language: "en", "hi".
    static QStringList available();
    static QString displayName(const QString &code);

    QString current() const;
    // Stores the choice and applies it; returns false when the code is not offered.
    bool setLanguage(const QString &code);
    // Applies the stored choice (at start-up).
    void apply();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator *m_qt = nullptr;
    QTranslator *m_app = nullptr;
};

} // namespace pmis
