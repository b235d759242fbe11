#include "app/studio/preferences_dialog.h"

#include "app/studio/studio_settings.h"
#include "core/scenario/scenario_json.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QThread>

namespace pmis {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    for (const auto &name : presetNames())
        m_preset->addItem(QString::fromStdString(name));
    m_preset->setCurrentText(settings::startPreset.value());
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setValue(settings::generateThreads.value());
    m_presetLabel = new QLabel(this);
    m_threadsLabel = new QLabel(this);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_threadsLabel, m_threads);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_threads->setSpecialValueText(
            tr("All cores (%1)").arg(QLocale().toString(QThread::idealThreadCount())));
    m_presetLabel->setText(tr("New documents start from preset:"));
    m_threadsLabel->setText(tr("Generator threads:"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::accept()
{
    settings::startPreset.setValue(m_preset->currentText());
    settings::generateThreads.setValue(m_threads->value());
    QDialog::accept();
}

} // namespace pmis
