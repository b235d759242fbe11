#include "app/studio/preferences_dialog.h"

#include "app/studio/studio_settings.h"
#include "core/scenario/scenario_json.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QThread>

namespace pmis {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    for (const auto &name : presetNames())
        m_preset->addItem(QString::fromStdString(name));
    m_preset->setCurrentText(settings::startPreset.value());
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings::generateThreads.value());
    form->addRow(tr("New documents start from preset:"), m_preset);
    form->addRow(tr("Generator threads:"), m_threads);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    settings::startPreset.setValue(m_preset->currentText());
    settings::generateThreads.setValue(m_threads->value());
    QDialog::accept();
}

} // namespace pmis
