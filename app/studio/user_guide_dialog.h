#pragma once
// Help ▸ User guide: the bundled guide in the interface language (English when no translation of
// the guide exists).

#include <QDialog>

class QTextBrowser;

namespace pmis {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The resource path of the guide for a language code ("en", "hi").
    static QString guidePath(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    QTextBrowser *m_browser = nullptr;
};

} // namespace pmis
