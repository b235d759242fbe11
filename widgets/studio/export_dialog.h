#pragma once
// Asks what to export and where: one choice per scope of every registered format (every table as
// CSV into a folder, the current table as shown (filtered and sorted), the shown rows with their
// related rows, the metadata JSON, one SQLite database, and any format registered later); plus the
// data and CSV options.

#include "widgets/studio/export_job.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pmis {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ExportChoice &choice, const QString &currentTable, std::size_t shownRows,
                 const QString &startFolder, QWidget *parent = nullptr);

    ExportChoice choice() const;
    QString path() const;
    void setPath(const QString &path);
    CsvOptions options() const;
    // The folder the export goes into: a folder export's parent, or the file's folder.
    QString folder() const;
    // `path` with the format's file extension added when it has none of the format's (".csv",
    // ".json", ".sqlite" or ".db"); a folder stays as it is.
    static QString withExtension(const QString &path, const ExportChoice &choice);
    // The format's name in the interface language (by exporter id; English for one registered
    // from outside).
    static QString formatName(const Exporter &exporter);
    QLabel *hintLabel() const { return m_hint; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choiceChanged();
    void updateHint();
    void browse();
    QString choiceText(const ExportChoice &choice) const;
    QString hintText(const ExportChoice &choice) const;
    // Whether the choice writes a folder (not a file).
    static bool intoFolder(const ExportChoice &choice);

    QString m_table;
    std::size_t m_shownRows;
    QString m_folder;
    QGroupBox *m_what;
    QGroupBox *m_dataOptions;
    QGroupBox *m_csvOptions;
    QLabel *m_destination;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    std::vector<ExportChoice> m_choices; // one per radio button, in order
    std::vector<QRadioButton *> m_radios;
    QLineEdit *m_path;
    QCheckBox *m_truth;
    QCheckBox *m_neutralise;
    QLabel *m_hint;
};

} // namespace pmis
