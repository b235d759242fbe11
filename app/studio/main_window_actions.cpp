// MainWindow: the document, generate and export actions.
#include "app/studio/main_window.h"

#include "app/studio/preferences_dialog.h"
#include "app/studio/recent_files.h"
#include "app/studio/studio_settings.h"
#include "core/scenario/scenario_json.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/studio/column_dialog.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/export_dialog.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/import_job.h"
#include "widgets/studio/job_status_widget.h"
#include "widgets/studio/studio_document.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace pmis {

namespace {

QString scenarioFilter()
{
    return MainWindow::tr("PMIS scenarios (*.pmis.json *.json);;All files (*)");
}

bool isScenarioFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

// A core error names its file already; otherwise the path goes in front, once.
QString errorAt(const QString &path, const QString &error)
{
    if (error.contains(path) || error.contains(QFileInfo(path).fileName()))
        return error;
    return MainWindow::tr("%1: %2").arg(path, error);
}

} // namespace

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The scenario %1 has unsaved changes. Save them?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    loadPresetNamed(settings::startPreset.value());
}

void MainWindow::loadPresetNamed(const QString &name)
{
    auto preset = loadPreset(name.toStdString());
    if (!preset) {
        QMessageBox::critical(this, tr("Presets"), QString::fromStdString(preset.error()));
        return;
    }
    m_document->reset(*preset);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open scenario"), settings::lastFolder.value(), scenarioFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString error = m_document->load(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Open scenario"),
                              tr("Could not open the scenario:\n%1").arg(errorAt(path, error)));
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    settings::lastFolder.setValue(QFileInfo(path).absolutePath());
    settings::lastScenario.setValue(QFileInfo(path).absoluteFilePath());
    m_recent->add(path);
    return true;
}

void MainWindow::reopenLastScenario()
{
    const QString last = settings::lastScenario.value();
    if (!last.isEmpty()) {
        const QString error = QFileInfo::exists(last) ? m_document->load(last)
                                                      : tr("the file no longer exists");
        if (error.isEmpty())
            return;
        const QString message = tr("The last scenario, %1, could not be reopened: %2. The preset "
                                   "scenario is open instead.")
                                        .arg(QDir::toNativeSeparators(last), error);
        // Posted: a message shown before the window is, is painted over by the status widgets.
        QMetaObject::invokeMethod(statusBar(), "showMessage", Qt::QueuedConnection,
                                  Q_ARG(QString, message), Q_ARG(int, 20000));
    }
    const auto preset = loadPreset(settings::startPreset.value().toStdString());
    m_document->reset(preset ? *preset : Scenario{});
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const QString error = m_document->save(m_document->filePath());
    if (!error.isEmpty()) {
        QMessageBox::critical(
                this, tr("Save scenario"),
                tr("Could not save the scenario:\n%1").arg(errorAt(m_document->filePath(), error)));
        return false;
    }
    settings::lastScenario.setValue(QFileInfo(m_document->filePath()).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = QDir(settings::lastFolder.value())
                                      .filePath(QString::fromStdString(m_document->scenario().name)
                                                + QStringLiteral(".pmis.json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"), suggested,
                                                scenarioFilter());
    if (path.isEmpty())
        return false;
    if (!isScenarioFile(path))
        path += QStringLiteral(".pmis.json");
    const QString error = m_document->save(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Save scenario"),
                              tr("Could not save the scenario:\n%1").arg(errorAt(path, error)));
        return false;
    }
    settings::lastFolder.setValue(QFileInfo(path).absolutePath());
    settings::lastScenario.setValue(QFileInfo(path).absoluteFilePath());
    m_recent->add(path);
    return true;
}

void MainWindow::generate()
{
    if (m_generate->isRunning())
        return;
    m_generate->start(m_document->scenario(), settings::generateThreads.value());
}

void MainWindow::cancelJob()
{
    m_jobStatus->cancelAll();
}

bool MainWindow::requestCancel()
{
    if (m_jobStatus->jobCount() == 0)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Cancel"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmCancel"));
    // The question names the jobs Stop would stop: it follows them while it is open, and goes
    // away when none is left.
    const auto describe = [this, &box] {
        box.setText(tr("Stop the running job(s)?\n\n%1")
                            .arg(m_jobStatus->jobTexts().join(QLatin1Char('\n'))));
        box.setInformativeText(
                m_generate->isRunning() || m_import->isRunning()
                        ? tr("The dataset being made is dropped; %1").arg(keptDatasetText())
                        : QString());
    };
    describe();
    connect(m_jobStatus, &JobStatusWidget::jobsChanged, &box, [this, &box, describe] {
        if (m_jobStatus->jobCount() == 0)
            box.reject();
        else
            describe();
    });
    QPushButton *stop = box.addButton(tr("Stop"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    cancelJob();
    return true;
}

QString MainWindow::keptDatasetText() const
{
    return m_document->dataset() ? tr("the previous dataset is kept.")
                                 : tr("there is no dataset yet.");
}

QString MainWindow::statusSummary() const
{
    return m_summary->text();
}

void MainWindow::updateStatus(double seconds)
{
    m_generateSeconds = seconds;
    showSummary();
}

void MainWindow::showSummary()
{
    const auto data = m_document->dataset();
    if (!data || !m_generateSeconds) {
        m_summary->setText(tr("No dataset yet: press F5 to generate."));
        return;
    }
    const double seconds = *m_generateSeconds;
    const QLocale l;
    auto n = [&](const Table &t) { return l.toString(qulonglong(t.rowCount())); };
    // The seed is an identifier: no group separators.
    m_summary->setText(tr("%1 students · %2 internships · %3 interactions · %4 companies · %5 "
                          "outcomes · seed %6 · %7 s")
                               .arg(n(data->students), n(data->internships), n(data->interactions),
                                    n(data->companies), n(data->outcomes),
                                    QString::number(m_document->datasetScenario().seed),
                                    l.toString(seconds, 'f', 2)));
}

void MainWindow::exportWithDialog(const ExportChoice &choice)
{
    if (!m_document->dataset()) {
        QMessageBox::information(this, tr("Export"), tr("Generate a dataset first (F5)."));
        return;
    }
    const auto rows = m_data->shownRows();
    const Table *table = m_data->currentTable();
    const std::size_t shown = rows ? rows->size() : (table ? table->rowCount() : 0);
    QString folder = settings::exportFolder.value();
    if (folder.isEmpty())
        folder = QDir::homePath();
    ExportDialog dialog(choice, m_data->currentTableName(), shown, folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One folder for every kind: the one the export goes into (a folder export's parent).
    settings::exportFolder.setValue(dialog.folder());
    startExport(dialog.choice(), dialog.path(), dialog.options());
}

void MainWindow::startExport(const ExportChoice &choice, const QString &path,
                             const CsvOptions &options)
{
    if (m_export->isRunning() || !m_document->dataset())
        return;
    ExportRequest request;
    request.choice = choice;
    request.path = path;
    request.dataset = m_document->dataset();
    request.scenario = m_document->datasetScenario();
    request.table = m_data->currentTableName();
    request.rows = m_data->shownRows();
    request.options = options;
    const CompareSide current = datasetSide();
    request.name = current.name;
    if (!m_document->datasetHasTargets())
        request.origin = m_datasetOrigin;
    if (m_compare->hasBaseline()) {
        const CompareSide &baseline = m_compare->baseline();
        request.baseline = baseline.data;
        request.baselineScenario = baseline.scenario;
        request.baselineName = baseline.name;
    }
    m_exportJobId
            = m_jobStatus->begin([] { return tr("Exporting"); }, [this] { m_export->cancel(); });
    const int id = m_exportJobId;
    auto progress = std::make_shared<QMetaObject::Connection>();
    auto done = std::make_shared<QMetaObject::Connection>();
    auto fail = std::make_shared<QMetaObject::Connection>();
    auto stop = std::make_shared<QMetaObject::Connection>();
    auto disconnectAll = [this, progress, done, fail, stop] {
        for (const auto &c : {progress, done, fail, stop})
            disconnect(*c);
        endJob(m_exportJobId);
    };
    *progress = connect(m_export, &ExportJob::progress, this,
                        [this, id](double fraction, const QString &phase) {
                            m_jobStatus->setProgress(id, fraction, phase);
                        });
    *done = connect(m_export, &ExportJob::finished, this,
                    [this, disconnectAll, path](const QStringList &files) {
                        disconnectAll();
                        showExported(files, path);
                    });
    *fail = connect(m_export, &ExportJob::failed, this,
                    [this, disconnectAll, path](const QString &message) {
                        disconnectAll();
                        QMessageBox::critical(
                                this, tr("Export failed"),
                                tr("Could not export:\n%1").arg(errorAt(path, message)));
                    });
    *stop = connect(m_export, &ExportJob::cancelled, this, [this, disconnectAll] {
        disconnectAll();
        statusBar()->showMessage(tr("Export cancelled; no file was replaced."), 8000);
    });
    m_export->start(request);
}

void MainWindow::showExported(const QStringList &files, const QString &path)
{
    // The folder holding what was written: the export folder itself, or a file's folder.
    const QFileInfo first(files.isEmpty() ? path : files.front());
    m_exportedFolder = first.absolutePath();
    const QString text = tr("Exported %Ln file(s) to %1", nullptr, int(files.size()))
                                 .arg(QDir::toNativeSeparators(m_exportedFolder));
    // A long folder is shortened in its middle; the tooltip names every file written.
    m_exportNoticeLabel->setText(
            m_exportNoticeLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, 480));
    m_exportNoticeLabel->setToolTip(text + QLatin1Char('\n') + files.join(QLatin1Char('\n')));
    m_exportNotice->show();
    // The notice stays a minute after the latest export.
    m_exportNoticeTimer->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    cancelJob();
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()
        && isScenarioFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PMIS Dataset Studio"),
                       tr("<h3>PMIS Dataset Studio %1</h3>"
                          "<p>Synthetic datasets of India's PM Internship Scheme: students, "
                          "internships, companies, "
                          "interactions and outcomes.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or (at your "
                          "option) any later "
                          "version (GPL-3.0-or-later).</p>"
                          "<p><b>Third-party software</b><br>"
                          "Qt %2 — LGPL-3.0 (The Qt Company)<br>"
                          "QCustomPlot — GPL-3.0 (Emanuel Eichhammer)<br>"
                          "nlohmann/json — MIT (Niels Lohmann)<br>"
                          "SQLite — public domain<br>"
                          "OpenSSL (libcrypto) — Apache-2.0</p>")
                               .arg(QStringLiteral(PMIS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::addColumnWithDialog()
{
    AddColumnDialog dialog(m_document->scenario(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ColumnDecl column = dialog.column();
    const QString error = m_document->applyEdit(
            tr("Add column %1").arg(QString::fromStdString(column.table + "." + column.name)),
            dialog.edited());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Add Column"), error);
}

void MainWindow::fillRemoveColumnMenu()
{
    m_removeColumnMenu->clear();
    const std::vector<ColumnDecl> &columns = m_document->scenario().columns;
    if (columns.empty()) {
        m_removeColumnMenu->addAction(tr("No declared columns"))->setEnabled(false);
        return;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const QString name = QString::fromStdString(columns[i].table + "." + columns[i].name);
        m_removeColumnMenu->addAction(name, this, [this, i, name] {
            Scenario edited = m_document->scenario();
            if (i >= edited.columns.size())
                return;
            edited.columns.erase(edited.columns.begin() + std::ptrdiff_t(i));
            const QString error = m_document->applyEdit(tr("Remove column %1").arg(name), edited);
            // A column another one is conditioned on cannot go first.
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Remove Column"), error);
        });
    }
}

} // namespace pmis
