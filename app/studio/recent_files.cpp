#include "app/studio/recent_files.h"

#include "app/studio/studio_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace pmis {

namespace {
constexpr int kMaxRecent = 10;
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    return settings::recentFiles.value();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings::recentFiles.setValue(list);
    fill();
    Q_EMIT changed();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    settings::recentFiles.setValue(list);
    fill();
    Q_EMIT changed();
}

void RecentFiles::clear()
{
    settings::recentFiles.setValue({});
    fill();
    Q_EMIT changed();
}

void RecentFiles::attach(QMenu *menu)
{
    m_menu = menu;
    fill();
}

void RecentFiles::fill()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        const QString text
                = tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"),
                                   QDir::toNativeSeparators(path));
        m_menu->addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("Clear List"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace pmis
