#pragma once
// Asks what to export and where: every table as CSV into a folder, the current table as shown
// (filtered and sorted), the metadata JSON, or one SQLite database; plus the CSV options.

#include "widgets/studio/export_job.h"

#include <QDialog>

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
    ExportDialog(ExportRequest::Kind kind, const QString &currentTable, std::size_t shownRows,
                 const QString &startFolder, QWidget *parent = nullptr);

    ExportRequest::Kind kind() const;
    QString path() const;
    void setPath(const QString &path);
    CsvOptions options() const;
    // The folder the export goes into: a folder export's parent, or the file's folder.
    QString folder() const;
    // `path` with the kind's file extension added when it has none (".csv", ".json", ".sqlite").
    static QString withExtension(const QString &path, ExportRequest::Kind kind);
    QLabel *hintLabel() const { return m_hint; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void kindChanged();
    void updateHint();
    void browse();
    QString defaultName(ExportRequest::Kind kind) const;
    static QString extension(ExportRequest::Kind kind);

    QString m_table;
    std::size_t m_shownRows;
    QString m_folder;
    QGroupBox *m_what;
    QGroupBox *m_dataOptions;
    QGroupBox *m_csvOptions;
    QLabel *m_destination;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    QRadioButton *m_all;
    QRadioButton *m_current;
    QRadioButton *m_related;
    QRadioButton *m_metadata;
    QRadioButton *m_sqlite;
    QLineEdit *m_path;
    QCheckBox *m_truth;
    QCheckBox *m_neutralise;
    QLabel *m_hint;
};

} // namespace pmis
