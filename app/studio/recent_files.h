#pragma once
// The Open Recent list: most recent first, at most ten, kept in the settings.

#include <QObject>
#include <QStringList>

class QMenu;

namespace pmis {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Fills `menu` with the files and a Clear entry; refreshed whenever the list changes.
    void attach(QMenu *menu);
    // Fills the menu again with the texts of the current language.
    void retranslate() { fill(); }

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void fill();
    QMenu *m_menu = nullptr;
};

} // namespace pmis
