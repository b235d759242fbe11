#pragma once
// Base of the scenario editors: a titled group that edits part of the document's scenario through
// StudioDocument::applyEdit, shows why an edit was refused, and re-reads the scenario whenever it
// changes (edits, undo, redo, a new document). After a language change the title is produced again
// and retranslateUi() re-applies the subclass's texts.

#include "widgets/studio/ui_text.h"

#include <QGroupBox>
#include <QPointer>
#include <QString>

#include <memory>

class QBoxLayout;
class QLabel;
class QVBoxLayout;

class QComboBox;

namespace pmis {

class PreviewService;
class StudioDocument;
struct PreviewData;
struct Scenario;

class FieldEditor : public QGroupBox
{
    Q_OBJECT
public:
    FieldEditor(StudioDocument *document, PreviewService *preview, UiText title,
                QWidget *parent = nullptr);

    // The reason of the last refused edit; empty when the last edit was accepted.
    QString errorText() const;

protected:
    // Re-reads the scenario into the widgets (signals of the widgets blocked by the caller's care).
    virtual void refresh() = 0;
    virtual void showPreview(const PreviewData &) {}
    // Re-applies the texts of the subclass's widgets and charts in the current language.
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

    // Pushes `edited` as one undoable edit; shows the reason and returns false when refused.
    bool commit(const QString &text, const Scenario &edited, const QString &mergeKey = {});
    // The same for an edit made in `field`, named `fieldName`: a refusal tints the field and names
    // it in the message, until the scenario next changes.
    bool commitAt(QWidget *field, const QString &fieldName, const QString &text,
                  const Scenario &edited, const QString &mergeKey = {});
    const Scenario &scenario() const;
    // A copy of the scenario to modify and commit.
    Scenario editable() const;
    void closeMerge();
    // Shows a reason for refusing an input (its JSON path left out), and then puts back in the
    // widgets what the scenario holds.
    void showError(const QString &reason);
    void showErrorAt(QWidget *field, const QString &fieldName, const QString &reason);
    // Moves the refusal message into `layout` at `index`, next to the fields it is about, instead
    // of the bottom of the group.
    void placeError(QBoxLayout *layout, int index = -1);
    // A refusal's reason without the JSON path it starts with ("$.counts.students: expected a
    // whole number > 0" gives "Expected a whole number > 0"): paths are for the command line.
    static QString plainReason(const QString &reason);
    // Refills a key chooser when the scenario's keys changed, keeping the current key if it remains.
    static void syncKeyChoices(QComboBox *combo, const std::vector<std::string> &keys);

    QVBoxLayout *body() const { return m_body; }
    StudioDocument *document() const { return m_document; }
    PreviewService *preview() const { return m_preview; }
    // Connects refresh/showPreview; call at the end of the subclass constructor.
    void start();

private:
    UiText m_title;
    StudioDocument *m_document;
    PreviewService *m_preview;
    QVBoxLayout *m_body;
    void tintField(QWidget *field, bool on);
    void showReason(const QString &reason);
    QString errorMessage() const;

    QLabel *m_error;
    QString m_errorReason;
    QString m_errorField;
    QPointer<QWidget> m_tinted;
};

} // namespace pmis
