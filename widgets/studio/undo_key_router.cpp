#include "widgets/studio/undo_key_router.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace pmis {

namespace {

// The line edit that holds a field's text, or null for a widget that is not a text field.
const QLineEdit *lineEditOf(const QWidget *field)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(field))
        return edit;
    if (auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->lineEdit();
    return nullptr;
}

bool isTextField(const QWidget *field)
{
    return lineEditOf(field) || qobject_cast<const QAbstractSpinBox *>(field);
}

void appendUnique(QList<QKeySequence> &keys, const QKeySequence &key)
{
    if (!key.isEmpty() && !keys.contains(key))
        keys.append(key);
}

} // namespace

UndoKeyRouter::UndoKeyRouter(QUndoStack *stack, QWidget *scope, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_scope(scope)
{}

QList<QKeySequence> UndoKeyRouter::undoKeys()
{
    QList<QKeySequence> keys;
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Undo))
        appendUnique(keys, k);
    appendUnique(keys, QKeySequence(Qt::CTRL | Qt::Key_Z));
    return keys;
}

QList<QKeySequence> UndoKeyRouter::redoKeys()
{
    QList<QKeySequence> keys;
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        appendUnique(keys, k);
    appendUnique(keys, QKeySequence(Qt::CTRL | Qt::Key_Y));
    appendUnique(keys, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    return keys;
}

bool UndoKeyRouter::hasPendingEdit(const QWidget *field)
{
    // A spin box applies its text on Enter or when it loses focus; until then the text shown
    // differs from the value it holds.
    if (auto *spin = qobject_cast<const QDoubleSpinBox *>(field))
        return spin->cleanText() != spin->textFromValue(spin->value());
    if (auto *spin = qobject_cast<const QSpinBox *>(field)) {
        QString shown = spin->locale().toString(spin->value()); // QSpinBox::textFromValue, base 10
        if (!spin->isGroupSeparatorShown())
            shown.remove(spin->locale().groupSeparator());
        return spin->cleanText() != shown;
    }
    // A line edit is modified from the user's first keystroke until it is applied (editingFinished)
    // or refilled from the document (setText).
    const QLineEdit *edit = lineEditOf(field);
    return edit && edit->isModified();
}

UndoKeyRouter::Key UndoKeyRouter::classify(const QKeyEvent *event)
{
    const QKeySequence pressed(
            QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    if (undoKeys().contains(pressed))
        return Key::Undo;
    if (redoKeys().contains(pressed))
        return Key::Redo;
    return Key::None;
}

bool UndoKeyRouter::inScope(const QWidget *widget) const
{
    if (!m_scope || QApplication::activeModalWidget())
        return false;
    // The main window itself or one of its docks, even floating; not its dialogs.
    const QWidget *window = widget->window();
    if (window != m_scope && !qobject_cast<const QDockWidget *>(window))
        return false;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w == m_scope)
            return true;
    return false;
}

void UndoKeyRouter::fieldCommitted()
{
    if (auto *edit = qobject_cast<QLineEdit *>(sender()))
        edit->setModified(false);
}

bool UndoKeyRouter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::FocusIn) {
        // Applying a line edit's text ends its own edit: the next Ctrl+Z is the document's.
        if (auto *w = qobject_cast<QWidget *>(watched); w && inScope(w))
            if (auto *edit = const_cast<QLineEdit *>(lineEditOf(w)))
                connect(edit, &QLineEdit::editingFinished, this, &UndoKeyRouter::fieldCommitted,
                        Qt::UniqueConnection);
        return false;
    }
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || field != QApplication::focusWidget() || !isTextField(field))
        return false;
    const Key key = classify(static_cast<QKeyEvent *>(event));
    if (key == Key::None || !m_stack || !inScope(field) || hasPendingEdit(field))
        return false;
    if (type == QEvent::ShortcutOverride) {
        // Claim the key from the shortcut system; its key press comes here next.
        event->accept();
        return true;
    }
    if (key == Key::Undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}

} // namespace pmis
