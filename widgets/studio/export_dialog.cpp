#include "widgets/studio/export_dialog.h"

#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
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

#include <algorithm>
#include <climits>

namespace pmis {

ExportDialog::ExportDialog(ExportRequest::Kind kind, const QString &currentTable,
                           std::size_t shownRows, const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_table(currentTable)
    , m_shownRows(shownRows)
    , m_folder(startFolder)
{
    auto *layout = new QVBoxLayout(this);
    m_what = new QGroupBox(this);
    auto *whatLayout = new QVBoxLayout(m_what);
    m_all = new QRadioButton(m_what);
    m_current = new QRadioButton(m_what);
    m_related = new QRadioButton(m_what);
    m_metadata = new QRadioButton(m_what);
    m_sqlite = new QRadioButton(m_what);
    whatLayout->addWidget(m_all);
    whatLayout->addWidget(m_current);
    whatLayout->addWidget(m_related);
    whatLayout->addWidget(m_metadata);
    whatLayout->addWidget(m_sqlite);
    layout->addWidget(m_what);

    auto *where = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(this);
    where->addWidget(m_path, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout;
    m_destination = new QLabel(this);
    form->addRow(m_destination, where);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setTextFormat(Qt::PlainText); // "enhanced_<table>.csv" is not markup
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_hint);

    // The ground truth goes into CSV files and the SQLite database alike.
    m_dataOptions = new QGroupBox(this);
    auto *dataLayout = new QVBoxLayout(m_dataOptions);
    m_truth = new QCheckBox(m_dataOptions);
    dataLayout->addWidget(m_truth);
    layout->addWidget(m_dataOptions);
    m_csvOptions = new QGroupBox(this);
    auto *optLayout = new QVBoxLayout(m_csvOptions);
    m_neutralise = new QCheckBox(m_csvOptions);
    m_neutralise->setChecked(true);
    optLayout->addWidget(m_neutralise);
    layout->addWidget(m_csvOptions);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QRadioButton *b : {m_all, m_current, m_related, m_metadata, m_sqlite})
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
    case ExportRequest::Kind::SelectionWithRelatedCsv:
        m_related->setChecked(true);
        break;
    case ExportRequest::Kind::MetadataJson:
        m_metadata->setChecked(true);
        break;
    case ExportRequest::Kind::SqliteDatabase:
        m_sqlite->setChecked(true);
        break;
    }
    m_current->setEnabled(!currentTable.isEmpty());
    m_related->setEnabled(!currentTable.isEmpty());
    retranslateUi();
    kindChanged();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_what->setTitle(tr("What"));
    m_all->setText(tr("All five tables as CSV, with the metadata, into a folder"));
    m_current->setText(tr("The current table as shown: %1, %Ln row(s) (filtered and sorted)",
                          nullptr, int(std::min<std::size_t>(m_shownRows, INT_MAX)))
                               .arg(m_table));
    m_related->setText(
            tr("The shown rows of %1 with every related row of the other tables, into a folder")
                    .arg(m_table));
    m_metadata->setText(
            tr("The metadata JSON (seed, scenario hash, counts, target vs realized shares)"));
    m_sqlite->setText(tr("One SQLite database (typed tables, primary and foreign keys, indexes)"));
    m_browse->setText(tr("Browse…"));
    m_destination->setText(tr("Destination:"));
    m_dataOptions->setTitle(tr("Data"));
    m_csvOptions->setTitle(tr("CSV options"));
    m_truth->setText(tr("Include the ground-truth column outcomes.true_probability"));
    m_neutralise->setText(tr("Neutralise cells a spreadsheet would run as a formula"));
    // Our own texts for the buttons, so they follow the language without Qt's catalogue.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateHint();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::updateHint()
{
    switch (kind()) {
    case ExportRequest::Kind::AllTablesCsv:
        m_hint->setText(tr("Writes enhanced_<table>.csv for the five tables and %1; files already "
                           "there are replaced only when every file was written.")
                                .arg(QString::fromLatin1(kMetadataFileName)));
        break;
    case ExportRequest::Kind::CurrentTableCsv:
        m_hint->setText(tr("Writes the rows of the Data tab in the order shown."));
        break;
    case ExportRequest::Kind::SelectionWithRelatedCsv:
        m_hint->setText(
                tr("Writes the five tables holding the shown rows, the rows they refer to and "
                   "the rows that refer to them, so no key dangles; the metadata says what "
                   "was selected."));
        break;
    case ExportRequest::Kind::MetadataJson:
        m_hint->setText(tr("Writes the metadata document alone."));
        break;
    case ExportRequest::Kind::SqliteDatabase:
        m_hint->setText(tr("Writes the five tables and the metadata into one database file."));
        break;
    }
}

ExportRequest::Kind ExportDialog::kind() const
{
    if (m_current->isChecked())
        return ExportRequest::Kind::CurrentTableCsv;
    if (m_related->isChecked())
        return ExportRequest::Kind::SelectionWithRelatedCsv;
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

QString ExportDialog::defaultName(ExportRequest::Kind kind) const
{
    switch (kind) {
    case ExportRequest::Kind::AllTablesCsv:
        return QStringLiteral("pmis-data");
    case ExportRequest::Kind::CurrentTableCsv:
        return QString::fromStdString(csvFileName(m_table.toStdString()));
    case ExportRequest::Kind::SelectionWithRelatedCsv:
        return QStringLiteral("pmis-selection");
    case ExportRequest::Kind::MetadataJson:
        return QString::fromLatin1(kMetadataFileName);
    case ExportRequest::Kind::SqliteDatabase:
        return QString::fromLatin1(kSqliteFileName);
    }
    return {};
}

QString ExportDialog::extension(ExportRequest::Kind kind)
{
    switch (kind) {
    case ExportRequest::Kind::CurrentTableCsv:
        return QStringLiteral(".csv");
    case ExportRequest::Kind::MetadataJson:
        return QStringLiteral(".json");
    case ExportRequest::Kind::SqliteDatabase:
        return QStringLiteral(".sqlite");
    case ExportRequest::Kind::AllTablesCsv:
    case ExportRequest::Kind::SelectionWithRelatedCsv:
        break;
    }
    return {};
}

QString ExportDialog::folder() const
{
    return path().isEmpty() ? m_folder : QFileInfo(path()).absolutePath();
}

void ExportDialog::kindChanged()
{
    // The folder stays what the line names; only the file or folder name follows the kind.
    if (!path().isEmpty())
        m_folder = folder();
    m_path->setText(QDir(m_folder).filePath(defaultName(kind())));
    updateHint();
    m_truth->setEnabled(kind() != ExportRequest::Kind::MetadataJson);
    m_csvOptions->setEnabled(kind() == ExportRequest::Kind::AllTablesCsv
                             || kind() == ExportRequest::Kind::CurrentTableCsv
                             || kind() == ExportRequest::Kind::SelectionWithRelatedCsv);
}

void ExportDialog::browse()
{
    QString chosen;
    if (kind() == ExportRequest::Kind::AllTablesCsv
        || kind() == ExportRequest::Kind::SelectionWithRelatedCsv) {
        // The folder chosen holds the export folder, named as the line names it.
        const QString parent
                = QFileDialog::getExistingDirectory(this, tr("Export into folder"), folder());
        if (!parent.isEmpty())
            chosen = QDir(parent).filePath(QFileInfo(path()).fileName());
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export to file"), path(),
                                              kind() == ExportRequest::Kind::MetadataJson
                                                      ? tr("JSON (*.json)")
                                              : kind() == ExportRequest::Kind::SqliteDatabase
                                                      ? tr("SQLite database (*.sqlite *.db)")
                                                      : tr("CSV (*.csv)"));
        if (!chosen.isEmpty())
            chosen = withExtension(chosen, kind());
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::withExtension(const QString &path, ExportRequest::Kind kind)
{
    const QString ext = extension(kind);
    if (ext.isEmpty() || path.endsWith(ext, Qt::CaseInsensitive))
        return path;
    if (kind == ExportRequest::Kind::SqliteDatabase
        && path.endsWith(QLatin1String(".db"), Qt::CaseInsensitive))
        return path;
    return path + ext;
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to export to."));
        return;
    }
    m_path->setText(withExtension(path(), kind()));
    QDialog::accept();
}

} // namespace pmis
