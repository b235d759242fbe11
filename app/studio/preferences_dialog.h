#pragma once
// Edit ▸ Preferences: the preset a new document starts from and the generator's thread count.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace pmis {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_preset;
    QSpinBox *m_threads;
};

} // namespace pmis
