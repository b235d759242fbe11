// MainWindow: File ▸ Import of a dataset folder or a SQLite file the studio wrote.
#include "app/studio/main_window.h"

#include "app/studio/studio_settings.h"
#include "widgets/studio/import_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace pmis {

void MainWindow::createImportActions()
{
    m_import = new ImportJob(this);
    m_importFolderAction = new QAction(this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
                this, tr("Import a dataset folder"), settings::exportFolder.value());
        if (!folder.isEmpty())
            importFrom(folder);
    });
    m_importSqliteAction = new QAction(this);
    connect(m_importSqliteAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a SQLite database"),
                                                          settings::exportFolder.value(),
                                                          tr("SQLite database (*.sqlite *.db)"));
        if (!file.isEmpty())
            importFrom(file);
    });
    // The status widget is made after the actions: reach it when a signal arrives.
    connect(m_import, &ImportJob::progress, this, [this](double fraction, const QString &phase) {
        m_jobStatus->setProgress(m_importJobId, fraction, phase);
    });
    connect(m_import, &ImportJob::finished, this, [this](const ImportedDataset &result) {
        endJob(m_importJobId);
        showImported(result);
    });
    connect(m_import, &ImportJob::failed, this, [this](const QString &message) {
        endJob(m_importJobId);
        QMessageBox::critical(this, tr("Import failed"),
                              tr("The dataset could not be imported:\n%1").arg(message));
    });
    connect(m_import, &ImportJob::cancelled, this, [this] {
        endJob(m_importJobId);
        statusBar()->showMessage(tr("Import cancelled; %1").arg(keptDatasetText()), 8000);
    });
}

void MainWindow::importFrom(const QString &path)
{
    if (m_import->isRunning())
        return;
    m_importJobId
            = m_jobStatus->begin([] { return tr("Importing"); }, [this] { m_import->cancel(); });
    m_import->start(path);
}

void MainWindow::showImported(const ImportedDataset &result)
{
    // The recorded scenario gives the targets and reference date; without one the data are checked
    // without targets, and the open scenario's reference date decides which internships expired.
    m_datasetOrigin = QStringLiteral("imported from %1").arg(result.source);
    m_document->setDataset(result.dataset,
                           result.scenario ? *result.scenario : m_document->scenario(),
                           result.hasTargets);
    const QString name = QFileInfo(result.source).fileName();
    statusBar()->showMessage(tr("Imported %1: %Ln error(s)", nullptr, int(result.errors)).arg(name)
                                     + QStringLiteral(" · ")
                                     + tr("%Ln warning(s)", nullptr, int(result.warnings)),
                             10000);
    if (result.errors + result.warnings == 0)
        return;
    QMessageBox box(
            QMessageBox::Warning, tr("Import"),
            tr("%1 was imported with problems: %Ln error(s)", nullptr, int(result.errors)).arg(name)
                    + QLatin1String(", ") + tr("%Ln warning(s)", nullptr, int(result.warnings))
                    + QLatin1Char('.'),
            QMessageBox::Ok, this);
    box.setInformativeText(
            tr("Rows that could be read were loaded; unreadable cells are empty. The "
               "Quality tab checks what was loaded."));
    box.setDetailedText(result.issues.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace pmis
