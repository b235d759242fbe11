#include "widgets/studio/field_editor.h"

#include "widgets/studio/preview_service.h"
#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QEvent>
#include <QSignalBlocker>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pmis {

FieldEditor::FieldEditor(StudioDocument *document, PreviewService *preview, UiText title,
                         QWidget *parent)
    : QGroupBox(title.text(), parent)
    , m_title(std::move(title))
    , m_document(document)
    , m_preview(preview)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_body);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    outer->addWidget(m_error);
}

QString FieldEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FieldEditor::start()
{
    connect(m_document, &StudioDocument::scenarioChanged, this, [this] {
        m_error->hide();
        tintField(m_tinted, false);
        refresh();
    });
    if (m_preview) {
        connect(m_preview, &PreviewService::previewReady, this,
                [this](const std::shared_ptr<const PreviewData> &p) { showPreview(*p); });
        if (m_preview->latest())
            showPreview(*m_preview->latest());
    }
    refresh();
}

bool FieldEditor::commit(const QString &text, const Scenario &edited, const QString &mergeKey)
{
    const QString reason = m_document->applyEdit(text, edited, mergeKey);
    if (!reason.isEmpty()) {
        showError(reason);
        return false;
    }
    return true;
}

bool FieldEditor::commitAt(QWidget *field, const QString &fieldName, const QString &text,
                           const Scenario &edited, const QString &mergeKey)
{
    const QString reason = m_document->applyEdit(text, edited, mergeKey);
    if (!reason.isEmpty()) {
        showErrorAt(field, fieldName, reason);
        return false;
    }
    return true;
}

void FieldEditor::tintField(QWidget *field, bool on)
{
    if (!field)
        return;
    // A spin box's or combo box's text area is tinted; a style sheet on the box itself would
    // redraw its buttons.
    QWidget *area = field;
    if (auto *text = field->findChild<QLineEdit *>())
        area = text;
    const QString css = on ? QStringLiteral("%1 { background: #fde7ea; }")
                                        .arg(QString::fromLatin1(area->metaObject()->className()))
                           : QString();
    area->setStyleSheet(css);
    m_tinted = on ? field : nullptr;
}

void FieldEditor::showErrorAt(QWidget *field, const QString &fieldName, const QString &reason)
{
    tintField(m_tinted, false);
    tintField(field, true);
    m_errorField = fieldName;
    showReason(reason);
}

void FieldEditor::placeError(QBoxLayout *layout, int index)
{
    layout->insertWidget(index, m_error);
}

const Scenario &FieldEditor::scenario() const
{
    return m_document->scenario();
}

Scenario FieldEditor::editable() const
{
    return m_document->scenario();
}

QString FieldEditor::errorMessage() const
{
    return m_errorField.isEmpty() ? tr("Not applied: %1").arg(m_errorReason)
                                  : tr("%1 was not changed: %2").arg(m_errorField, m_errorReason);
}

void FieldEditor::showError(const QString &reason)
{
    tintField(m_tinted, false);
    m_errorField.clear();
    showReason(reason);
}

void FieldEditor::showReason(const QString &reason)
{
    m_errorReason = plainReason(reason);
    m_error->setText(errorMessage());
    m_error->show();
    // The widgets go back to what the scenario holds, once the signal that brought the refused
    // input has returned (a refresh may rebuild the widget that sent it).
    QMetaObject::invokeMethod(
            this, [this] { refresh(); }, Qt::QueuedConnection);
}

QString FieldEditor::plainReason(const QString &reason)
{
    QString out = reason;
    if (reason.startsWith(QLatin1Char('$'))) {
        bool quoted = false;
        for (qsizetype i = 0; i + 1 < reason.size(); ++i) {
            const QChar c = reason.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char(':') && reason.at(i + 1) == QLatin1Char(' ')) {
                out = reason.mid(i + 2);
                break;
            }
        }
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(m_title.text());
        if (!m_error->isHidden())
            m_error->setText(errorMessage());
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void FieldEditor::closeMerge()
{
    m_document->closeMerge();
}

void FieldEditor::syncKeyChoices(QComboBox *combo, const std::vector<std::string> &keys)
{
    QStringList wanted;
    for (const auto &k : keys)
        wanted << QString::fromStdString(k);
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemText(i);
    if (wanted == shown)
        return;
    const QSignalBlocker blocker(combo);
    const QString keep = combo->currentText();
    combo->clear();
    combo->addItems(wanted);
    combo->setCurrentIndex(std::max(0, int(wanted.indexOf(keep))));
}

} // namespace pmis
