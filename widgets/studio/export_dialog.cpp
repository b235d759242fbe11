#include "widgets/studio/export_dialog.h"

#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pmis {

ExportDialog::ExportDialog(ExportRequest::Kind kind, const QString &currentTable,
                           std::size_t shownRows, const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_table(currentTable)
    , m_folder(startFolder)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QVBoxLayout(what);
    m_all = new QRadioButton(tr("All five tables as CSV, with the metadata, into a folder"), what);
    m_current = new QRadioButton(
            tr("The current table as shown: %1, %2 rows (filtered and sorted)")
                    .arg(currentTable, QLocale().toString(qulonglong(shownRows))),
            what);
    m_metadata = new QRadioButton(
            tr("The metadata JSON (seed, scenario hash, counts, target vs realized shares)"), what);
    whatLayout->addWidget(m_all);
    whatLayout->addWidget(m_current);
    m_sqlite = new QRadioButton(
            tr("One SQLite database (typed tables, primary and foreign keys, indexes)"), what);
    whatLayout->addWidget(m_metadata);
    whatLayout->addWidget(m_sqlite);
    layout->addWidget(what);

    auto *where = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Destination:"), where);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_hint);

    auto *options = new QGroupBox(tr("CSV options"), this);
    auto *optLayout = new QVBoxLayout(options);
    m_truth = new QCheckBox(tr("Include the ground-truth column outcomes.true_probability"),
                            options);
    m_neutralise
            = new QCheckBox(tr("Neutralise cells a spreadsheet would run as a formula"), options);
    m_neutralise->setChecked(true);
    optLayout->addWidget(m_truth);
    optLayout->addWidget(m_neutralise);
    layout->addWidget(options);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QRadioButton *b : {m_all, m_current, m_metadata, m_sqlite})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                kindChanged();
        });
    switch (kind) {
    case ExportRequest::Kind::AllTablesCsv:
        m_all->setChecked(true);
        break;
    case ExportRequest::Kind::CurrentTableCsv:
        m_current->setChecked(true);
        break;
    case ExportRequest::Kind::MetadataJson:
        m_metadata->setChecked(true);
        break;
    case ExportRequest::Kind::SqliteDatabase:
        m_sqlite->setChecked(true);
        break;
    }
    m_current->setEnabled(!currentTable.isEmpty());
    kindChanged();
}

ExportRequest::Kind ExportDialog::kind() const
{
    if (m_current->isChecked())
        return ExportRequest::Kind::CurrentTableCsv;
    if (m_metadata->isChecked())
        return ExportRequest::Kind::MetadataJson;
    if (m_sqlite->isChecked())
        return ExportRequest::Kind::SqliteDatabase;
    return ExportRequest::Kind::AllTablesCsv;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

CsvOptions ExportDialog::options() const
{
    CsvOptions o;
    o.includeGroundTruth = m_truth->isChecked();
    o.neutraliseFormulas = m_neutralise->isChecked();
    return o;
}

void ExportDialog::kindChanged()
{
    const QDir dir(m_folder);
    switch (kind()) {
    case ExportRequest::Kind::AllTablesCsv:
        m_path->setText(dir.filePath(QStringLiteral("pmis-data")));
        m_hint->setText(tr("Writes enhanced_<table>.csv for the five tables and %1; files already "
                           "there are replaced only when every file was written.")
                                .arg(QString::fromLatin1(kMetadataFileName)));
        break;
    case ExportRequest::Kind::CurrentTableCsv:
        m_path->setText(dir.filePath(QString::fromStdString(csvFileName(m_table.toStdString()))));
        m_hint->setText(tr("Writes the rows of the Data tab in the order shown."));
        break;
    case ExportRequest::Kind::MetadataJson:
        m_path->setText(dir.filePath(QString::fromLatin1(kMetadataFileName)));
        m_hint->setText(tr("Writes the metadata document alone."));
        break;
    case ExportRequest::Kind::SqliteDatabase:
        m_path->setText(dir.filePath(QString::fromLatin1(kSqliteFileName)));
        m_hint->setText(tr("Writes the five tables and the metadata into one database file."));
        break;
    }
    m_truth->setEnabled(kind() != ExportRequest::Kind::MetadataJson);
    m_neutralise->setEnabled(kind() == ExportRequest::Kind::AllTablesCsv
                             || kind() == ExportRequest::Kind::CurrentTableCsv);
}

void ExportDialog::browse()
{
    QString chosen;
    if (kind() == ExportRequest::Kind::AllTablesCsv)
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into folder"), path());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export to file"), path(),
                                              kind() == ExportRequest::Kind::MetadataJson
                                                      ? tr("JSON (*.json)")
                                                      : kind() == ExportRequest::Kind::SqliteDatabase
                                                      ? tr("SQLite database (*.sqlite *.db)")
                                                      : tr("CSV (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to export to."));
        return;
    }
    QDialog::accept();
}

} // namespace pmis
