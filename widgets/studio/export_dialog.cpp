#include "widgets/studio/export_dialog.h"

#include "core/io/dataset_export.h"
#include "core/io/exporters.h"

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

ExportDialog::ExportDialog(const ExportChoice &choice, const QString &currentTable,
                           std::size_t shownRows, const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_table(currentTable)
    , m_shownRows(shownRows)
    , m_folder(startFolder)
{
    auto *layout = new QVBoxLayout(this);
    m_what = new QGroupBox(this);
    // One radio button per scope of every registered format.
    auto *whatLayout = new QVBoxLayout;
    m_choices = exportChoices();
    for (const ExportChoice &c : m_choices) {
        auto *radio = new QRadioButton(m_what);
        // The scopes of one table need one.
        radio->setEnabled(c.scope == ExportScope::AllTables || !currentTable.isEmpty());
        whatLayout->addWidget(radio);
        m_radios.push_back(radio);
    }
    m_what->setLayout(whatLayout);
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
    for (QRadioButton *b : m_radios)
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                choiceChanged();
        });
    const auto chosen = std::find(m_choices.begin(), m_choices.end(), choice);
    if (chosen != m_choices.end())
        m_radios[std::size_t(chosen - m_choices.begin())]->setChecked(true);
    else if (!m_radios.empty())
        m_radios.front()->setChecked(true);
    retranslateUi();
    choiceChanged();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_what->setTitle(tr("What"));
    for (std::size_t i = 0; i < m_choices.size(); ++i)
        m_radios[i]->setText(choiceText(m_choices[i]));
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

QString ExportDialog::formatName(const Exporter &exporter)
{
    if (exporter.id == "csv")
        return tr("CSV");
    if (exporter.id == "json")
        return tr("Metadata JSON");
    if (exporter.id == "sqlite")
        return tr("SQLite database");
    if (exporter.id == "report")
        return tr("Report (PDF)");
    return QString::fromStdString(exporter.name);
}

QString ExportDialog::choiceText(const ExportChoice &choice) const
{
    const Exporter *format = findExporter(choice.format);
    const QString name = format ? formatName(*format) : QString::fromStdString(choice.format);
    const bool csv = choice.format == "csv";
    switch (choice.scope) {
    case ExportScope::AllTables:
        if (csv)
            return tr("All five tables as CSV, with the metadata, into a folder");
        if (choice.format == "json")
            return tr("The metadata JSON (seed, scenario hash, counts, target vs realized shares)");
        if (choice.format == "sqlite")
            return tr("One SQLite database (typed tables, primary and foreign keys, indexes)");
        if (choice.format == "report")
            return tr("The dataset report: a multi-page PDF of charts, checks and the "
                      "recommender's evaluation");
        return format ? tr("%1: %2").arg(name, QString::fromStdString(format->description)) : name;
    case ExportScope::CurrentTable: {
        const int rows = int(std::min<std::size_t>(m_shownRows, INT_MAX));
        if (csv)
            return tr("The current table as shown: %1, %Ln row(s) (filtered and sorted)", nullptr,
                      rows)
                    .arg(m_table);
        return tr("The current table as shown, as %1: %2, %Ln row(s) (filtered and sorted)",
                  nullptr, rows)
                .arg(name, m_table);
    }
    case ExportScope::SelectionWithRelated:
        if (csv)
            return tr("The shown rows of %1 with every related row of the other tables, into a "
                      "folder")
                    .arg(m_table);
        return tr("The shown rows of %1 with every related row of the other tables, as %2")
                .arg(m_table, name);
    }
    return name;
}

QString ExportDialog::hintText(const ExportChoice &choice) const
{
    switch (choice.scope) {
    case ExportScope::CurrentTable:
        return tr("Writes the rows of the Data tab in the order shown.");
    case ExportScope::SelectionWithRelated:
        return tr("Writes the five tables holding the shown rows, the rows they refer to and "
                  "the rows that refer to them, so no key dangles; the metadata says what "
                  "was selected.");
    case ExportScope::AllTables:
        break;
    }
    if (choice.format == "csv")
        return tr("Writes enhanced_<table>.csv for the five tables and %1; files already "
                  "there are replaced only when every file was written.")
                .arg(QString::fromLatin1(kMetadataFileName));
    if (choice.format == "json")
        return tr("Writes the metadata document alone.");
    if (choice.format == "sqlite")
        return tr("Writes the five tables and the metadata into one database file.");
    if (choice.format == "report")
        return tr("Writes an A4 PDF in the interface language: the scenario and its parameters, "
                  "every Overview chart, the quality checks, the recommender's evaluation, the "
                  "fairness audit and, when a baseline is set, the comparison with it.");
    const Exporter *format = findExporter(choice.format);
    return format ? QString::fromStdString(format->description) : QString();
}

void ExportDialog::updateHint()
{
    m_hint->setText(hintText(choice()));
}

ExportChoice ExportDialog::choice() const
{
    for (std::size_t i = 0; i < m_radios.size(); ++i)
        if (m_radios[i]->isChecked())
            return m_choices[i];
    return m_choices.empty() ? ExportChoice{} : m_choices.front();
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

bool ExportDialog::intoFolder(const ExportChoice &choice)
{
    const Exporter *format = findExporter(choice.format);
    return format && format->writesFolder && choice.scope != ExportScope::CurrentTable;
}

QString ExportDialog::folder() const
{
    return path().isEmpty() ? m_folder : QFileInfo(path()).absolutePath();
}

void ExportDialog::choiceChanged()
{
    // The folder stays what the line names; only the file or folder name follows the choice.
    if (!path().isEmpty())
        m_folder = folder();
    const ExportChoice c = choice();
    const Exporter *format = findExporter(c.format);
    const QString name = format ? QString::fromStdString(
                                 defaultExportName(*format, c.scope, m_table.toStdString()))
                                : QString();
    m_path->setText(QDir(m_folder).filePath(name));
    updateHint();
    m_truth->setEnabled(format && format->writesRows);
    // The CSV options are the CSV format's own.
    m_csvOptions->setEnabled(c.format == "csv");
}

void ExportDialog::browse()
{
    QString chosen;
    const ExportChoice c = choice();
    if (intoFolder(c)) {
        // The folder chosen holds the export folder, named as the line names it.
        const QString parent
                = QFileDialog::getExistingDirectory(this, tr("Export into folder"), folder());
        if (!parent.isEmpty())
            chosen = QDir(parent).filePath(QFileInfo(path()).fileName());
    } else if (const Exporter *format = findExporter(c.format)) {
        QStringList patterns;
        patterns << QStringLiteral("*") + QString::fromStdString(format->extension);
        for (const std::string &ext : format->otherExtensions)
            patterns << QStringLiteral("*") + QString::fromStdString(ext);
        const QString filter = QStringLiteral("%1 (%2)").arg(formatName(*format),
                                                             patterns.join(QLatin1Char(' ')));
        chosen = QFileDialog::getSaveFileName(this, tr("Export to file"), path(), filter);
        if (!chosen.isEmpty())
            chosen = withExtension(chosen, c);
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::withExtension(const QString &path, const ExportChoice &choice)
{
    const Exporter *format = findExporter(choice.format);
    if (!format || intoFolder(choice) || format->extension.empty()
        || hasExporterExtension(*format, path.toStdString()))
        return path;
    return path + QString::fromStdString(format->extension);
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to export to."));
        return;
    }
    m_path->setText(withExtension(path(), choice()));
    QDialog::accept();
}

} // namespace pmis
