#include "widgets/studio/population_editor.h"

#include "core/scenario/scenario.h"
#include "widgets/studio/studio_document.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>

namespace pmis {

PopulationEditor::PopulationEditor(StudioDocument *document, QWidget *parent)
    : FieldEditor(document, nullptr, UiText([] { return tr("Scenario"); }), parent)
{
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_description = new QLineEdit(this);
    m_seed = new QLineEdit(this);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    m_newSeed = new QPushButton(this);
    seedRow->addWidget(m_newSeed);
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    for (int i = 0; i < 4; ++i)
        m_labels[i] = new QLabel(this);
    form->addRow(m_labels[0], m_name);
    form->addRow(m_labels[1], m_description);
    form->addRow(m_labels[2], seedRow);
    form->addRow(m_labels[3], m_date);
    retranslateUi();
    body()->addLayout(form);
    placeError(body()); // right under the fields

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().toStdString() == scenario().name)
            return;
        Scenario s = editable();
        s.name = m_name->text().toStdString();
        commitAt(m_name, m_labels[0]->text(), tr("Rename scenario"), s);
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        if (m_description->text().toStdString() == scenario().description)
            return;
        Scenario s = editable();
        s.description = m_description->text().toStdString();
        commitAt(m_description, m_labels[1]->text(), tr("Change description"), s);
    });
    connect(m_seed, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
        if (!ok) {
            showErrorAt(m_seed, m_labels[2]->text(),
                        tr("\"%1\" is not a seed; expected a whole number from 0 to "
                           "18446744073709551615")
                                .arg(m_seed->text()));
            return;
        }
        if (seed == scenario().seed)
            return;
        Scenario s = editable();
        s.seed = seed;
        commitAt(m_seed, m_labels[2]->text(), tr("Change seed"), s);
    });
    connect(m_newSeed, &QPushButton::clicked, this, &PopulationEditor::newSeed);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        Scenario s = editable();
        s.referenceDate = date.toString(Qt::ISODate).toStdString();
        commitAt(m_date, m_labels[3]->text(), tr("Change reference date"), s,
                 QStringLiteral("reference-date"));
    });
    start();
}

void PopulationEditor::retranslateUi()
{
    m_seed->setToolTip(
            tr("A whole number from 0 to 18446744073709551615; the same seed gives the same data"));
    m_newSeed->setText(tr("New seed"));
    const QString labels[4] = {tr("Name"), tr("Description"), tr("Seed"), tr("Reference date")};
    for (int i = 0; i < 4; ++i)
        m_labels[i]->setText(labels[i]);
}

void PopulationEditor::newSeed()
{
    Scenario s = editable();
    s.seed = QRandomGenerator::global()->generate64() >> 1;
    commit(tr("New seed"), s);
}

void PopulationEditor::refresh()
{
    const Scenario &s = scenario();
    const QSignalBlocker b1(m_name), b2(m_description), b3(m_seed), b4(m_date);
    m_name->setText(QString::fromStdString(s.name));
    m_description->setText(QString::fromStdString(s.description));
    m_seed->setText(QString::number(s.seed));
    m_date->setDate(QDate::fromString(QString::fromStdString(s.referenceDate), Qt::ISODate));
}

} // namespace pmis
