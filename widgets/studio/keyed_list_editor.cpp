#include "widgets/studio/keyed_list_editor.h"

#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace pmis {

KeyedListEditor::KeyedListEditor(StudioDocument *document, UiText title, KeysFn keys,
                                 Accessor field, KeyHooks keyHooks, QWidget *parent)
    : FieldEditor(document, nullptr, std::move(title), parent)
    , m_keys(std::move(keys))
    , m_field(std::move(field))
    , m_keyHooks(std::move(keyHooks))
{
    auto *keyBar = new QHBoxLayout;
    m_key = new QComboBox(this);
    keyBar->addWidget(m_key, 1);
    const bool keysEditable
            = bool(m_keyHooks.added) || bool(m_keyHooks.renamed) || bool(m_keyHooks.removed);
    if (keysEditable) {
        m_newKey = new QPushButton(this);
        m_renameKey = new QPushButton(this);
        m_deleteKey = new QPushButton(this);
        connect(m_newKey, &QPushButton::clicked, this, &KeyedListEditor::addKey);
        connect(m_renameKey, &QPushButton::clicked, this, &KeyedListEditor::renameKey);
        connect(m_deleteKey, &QPushButton::clicked, this, &KeyedListEditor::removeKey);
        keyBar->addWidget(m_newKey);
        keyBar->addWidget(m_renameKey);
        keyBar->addWidget(m_deleteKey);
    }
    body()->addLayout(keyBar);
    m_key->setVisible(bool(m_keys));
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    m_list = new QListWidget(this);
    m_list->setMaximumHeight(150);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_list, &QListWidget::itemChanged, this, &KeyedListEditor::itemEdited);
    body()->addWidget(m_list);
    placeError(body()); // under the list it is about
    auto *bar = new QHBoxLayout;
    m_addItem = new QPushButton(this);
    m_removeItem = new QPushButton(this);
    connect(m_addItem, &QPushButton::clicked, this, &KeyedListEditor::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &KeyedListEditor::removeItem);
    bar->addStretch();
    m_pick = new QComboBox(this);
    m_pick->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pick->setMaxVisibleItems(15);
    m_pick->hide();
    bar->addWidget(m_pick);
    bar->addWidget(m_addItem);
    bar->addWidget(m_removeItem);
    body()->addLayout(bar);
    retranslateUi();
    start();
}

void KeyedListEditor::retranslateUi()
{
    if (m_newKey) {
        m_newKey->setText(tr("New…"));
        m_renameKey->setText(tr("Rename…"));
        m_deleteKey->setText(tr("Delete"));
    }
    m_addItem->setText(tr("Add"));
    m_removeItem->setText(tr("Remove"));
    m_pick->setToolTip(tr("The value to add; only known values can be added"));
}

void KeyedListEditor::setChoices(ChoicesFn choices)
{
    m_choices = std::move(choices);
    m_pick->setVisible(bool(m_choices));
    refresh();
}

void KeyedListEditor::fillPicker()
{
    if (!m_choices)
        return;
    const auto *values = m_field(const_cast<Scenario &>(scenario()), currentKey());
    QStringList offered;
    for (const auto &c : m_choices(scenario()))
        if (!values || std::find(values->begin(), values->end(), c) == values->end())
            offered << QString::fromStdString(c);
    const QSignalBlocker blocker(m_pick);
    const QString keep = m_pick->currentText();
    m_pick->clear();
    m_pick->addItems(offered);
    m_pick->setCurrentIndex(std::max(0, int(offered.indexOf(keep))));
    m_addItem->setEnabled(!offered.isEmpty());
}

std::string KeyedListEditor::currentKey() const
{
    return m_key->currentText().toStdString();
}

void KeyedListEditor::refresh()
{
    if (m_keys)
        syncKeyChoices(m_key, m_keys(scenario()));
    const auto *values = m_field(const_cast<Scenario &>(scenario()), currentKey());
    m_filling = true;
    const int row = m_list->currentRow();
    m_list->clear();
    if (values) {
        for (const auto &v : *values) {
            auto *item = new QListWidgetItem(QString::fromStdString(v), m_list);
            if (!m_choices) // values from a known set are picked, not typed
                item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_filling = false;
    fillPicker();
}

void KeyedListEditor::addItem()
{
    Scenario s = editable();
    auto *values = m_field(s, currentKey());
    if (!values)
        return;
    std::string name;
    if (m_choices) {
        name = m_pick->currentText().toStdString();
        if (name.empty())
            return;
        values->push_back(name);
        if (commit(tr("Add %1").arg(QString::fromStdString(name)), s))
            m_list->setCurrentRow(m_list->count() - 1);
        return;
    }
    for (int n = 1;
         name.empty() || std::find(values->begin(), values->end(), name) != values->end(); ++n)
        name = tr("new %1").arg(n).toStdString();
    values->push_back(name);
    if (commit(tr("Add %1").arg(QString::fromStdString(name)), s)) {
        m_list->setCurrentRow(m_list->count() - 1);
        m_list->editItem(m_list->currentItem());
    }
}

void KeyedListEditor::removeItem()
{
    const int row = m_list->currentRow();
    Scenario s = editable();
    auto *values = m_field(s, currentKey());
    if (!values || row < 0 || row >= int(values->size()))
        return;
    const QString name = QString::fromStdString((*values)[std::size_t(row)]);
    values->erase(values->begin() + row);
    commit(tr("Remove %1").arg(name), s);
}

void KeyedListEditor::itemEdited(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = m_list->row(item);
    Scenario s = editable();
    auto *values = m_field(s, currentKey());
    if (!values || row < 0 || row >= int(values->size()))
        return;
    const QString from = QString::fromStdString((*values)[std::size_t(row)]);
    const QString to = item->text().trimmed();
    if (to.isEmpty()) {
        showErrorAt(m_list, title(), tr("A name cannot be empty"));
        return;
    }
    (*values)[std::size_t(row)] = to.toStdString();
    commitAt(m_list, title(), tr("Rename %1 to %2").arg(from, to), s);
}

void KeyedListEditor::addKey()
{
    bool ok = false;
    const QString name
            = QInputDialog::getText(this, title(), tr("Name:"), QLineEdit::Normal, {}, &ok)
                      .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_key->findText(name) >= 0) {
        showError(tr("\"%1\" already exists; expected a new name").arg(name));
        return;
    }
    Scenario s = editable();
    m_keyHooks.added(s, name.toStdString());
    if (commit(tr("Add %1").arg(name), s))
        m_key->setCurrentText(name);
}

void KeyedListEditor::renameKey()
{
    const QString from = m_key->currentText();
    bool ok = false;
    const QString to
            = QInputDialog::getText(this, title(), tr("New name:"), QLineEdit::Normal, from, &ok)
                      .trimmed();
    if (!ok || to.isEmpty() || to == from)
        return;
    if (m_key->findText(to) >= 0) {
        showError(tr("\"%1\" already exists; expected a new name").arg(to));
        return;
    }
    Scenario s = editable();
    m_keyHooks.renamed(s, from.toStdString(), to.toStdString());
    if (commit(tr("Rename %1 to %2").arg(from, to), s))
        m_key->setCurrentText(to);
}

void KeyedListEditor::removeKey()
{
    const QString key = m_key->currentText();
    if (key.isEmpty())
        return;
    Scenario s = editable();
    m_keyHooks.removed(s, key.toStdString());
    commit(tr("Delete %1").arg(key), s);
}

} // namespace pmis
