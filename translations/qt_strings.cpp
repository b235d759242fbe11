// Scanned by lupdate only, never compiled: Qt's own strings that appear in the studio's windows and
// dialogs (standard buttons, the context menus of line edits, spin boxes and text views). Debian 12
// ships no Hindi catalogue of Qt (qtbase_hi), so the studio's catalogue carries these few; the
// contexts are Qt's, so Qt finds them through the installed translator.

QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")
QT_TRANSLATE_NOOP("QPlatformTheme", "Open")
QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")
QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")
QT_TRANSLATE_NOOP("QPlatformTheme", "Help")
QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")

QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")
QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")

QT_TRANSLATE_NOOP("QLineEdit", "&Undo")
QT_TRANSLATE_NOOP("QLineEdit", "&Redo")
QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")
QT_TRANSLATE_NOOP("QLineEdit", "&Copy")
QT_TRANSLATE_NOOP("QLineEdit", "&Paste")
QT_TRANSLATE_NOOP("QLineEdit", "Delete")
QT_TRANSLATE_NOOP("QLineEdit", "Select All")

QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")
QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")
QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")

QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")
