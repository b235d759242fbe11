#pragma once
// Routes the undo and redo keys to the document's undo stack while focus is in a text field (line
// edit, spin box, editable combo box), which would otherwise take them for its own text and leave
// the document's undo dead. A field with typing of its own not yet applied keeps the keys, so a
// first Ctrl+Z undoes that typing and the next ones undo the document. Install it on the
// application; it acts only on fields inside `scope`'s window or its docks, never in dialogs.

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QKeyEvent;
class QUndoStack;
class QWidget;

namespace pmis {

class UndoKeyRouter : public QObject
{
    Q_OBJECT
public:
    UndoKeyRouter(QUndoStack *stack, QWidget *scope, QObject *parent = nullptr);

    // The platform's undo keys; the platform's redo keys plus Ctrl+Y and Ctrl+Shift+Z.
    static QList<QKeySequence> undoKeys();
    static QList<QKeySequence> redoKeys();

    // True when `field` holds typing not yet applied to the document (its own undo comes first).
    static bool hasPendingEdit(const QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Key { None, Undo, Redo };
    static Key classify(const QKeyEvent *event);
    bool inScope(const QWidget *widget) const;
    void fieldCommitted();

    QPointer<QUndoStack> m_stack;
    QPointer<QWidget> m_scope;
};

} // namespace pmis
