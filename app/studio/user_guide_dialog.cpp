#include "app/studio/user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pmis {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    load();
}

QString UserGuideDialog::guidePath(const QString &language)
{
    const QString translated = QStringLiteral(":/guide/user-guide.%1.html").arg(language);
    return QFile::exists(translated) ? translated : QStringLiteral(":/guide/user-guide.html");
}

void UserGuideDialog::load()
{
    setWindowTitle(tr("User Guide"));
    QFile file(guidePath(QLocale().name().section(QLatin1Char('_'), 0, 0)));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace pmis
