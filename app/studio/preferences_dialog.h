#pragma once
// Edit ▸ Preferences: the preset a new document starts from and the generator's thread count.

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace pmis {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_presetLabel;
    QLabel *m_threadsLabel;
    QComboBox *m_preset;
    QSpinBox *m_threads;
};

} // namespace pmis
