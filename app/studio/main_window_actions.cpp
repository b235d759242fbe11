// MainWindow: the document, generate and export actions.
#include "app/studio/main_window.h"

#include "app/studio/preferences_dialog.h"
#include "app/studio/recent_files.h"
#include "app/studio/studio_settings.h"
#include "core/scenario/scenario_json.h"
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
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

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
                              tr("Could not open %1:\n%2").arg(path, error));
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
        QMetaObject::invokeMethod(
                this, [this, message] { statusBar()->showMessage(message, 20000); },
                Qt::QueuedConnection);
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
        QMessageBox::critical(this, tr("Save scenario"),
                              tr("Could not save %1:\n%2").arg(m_document->filePath(), error));
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
                              tr("Could not save %1:\n%2").arg(path, error));
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
    m_generate->cancel();
    m_export->cancel();
    m_import->cancel();
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
    m_summary->setText(tr("%1 students · %2 internships · %3 interactions · %4 companies · %5 "
                          "outcomes · seed %6 · %7 s")
                               .arg(n(data->students), n(data->internships), n(data->interactions),
                                    n(data->companies), n(data->outcomes),
                                    QString::number(m_document->datasetScenario().seed),
                                    l.toString(seconds, 'f', 2)));
}

void MainWindow::exportWithDialog(ExportRequest::Kind kind)
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
    ExportDialog dialog(kind, m_data->currentTableName(), shown, folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QFileInfo info(dialog.path());
    settings::exportFolder.setValue(info.absolutePath());
    startExport(dialog.kind(), dialog.path(), dialog.options());
}

void MainWindow::startExport(ExportRequest::Kind kind, const QString &path,
                             const CsvOptions &options)
{
    if (m_export->isRunning() || !m_document->dataset())
        return;
    ExportRequest request;
    request.kind = kind;
    request.path = path;
    request.dataset = m_document->dataset();
    request.scenario = m_document->datasetScenario();
    request.table = m_data->currentTableName();
    request.rows = m_data->shownRows();
    request.options = options;
    m_jobStatus->begin([] { return tr("Exporting"); });
    connect(m_export, &ExportJob::progress, m_jobStatus, &JobStatusWidget::setProgress);
    auto done = std::make_shared<QMetaObject::Connection>();
    auto fail = std::make_shared<QMetaObject::Connection>();
    auto stop = std::make_shared<QMetaObject::Connection>();
    auto disconnectAll = [this, done, fail, stop] {
        disconnect(*done);
        disconnect(*fail);
        disconnect(*stop);
        disconnect(m_export, &ExportJob::progress, m_jobStatus, &JobStatusWidget::setProgress);
        m_jobStatus->end();
    };
    *done = connect(m_export, &ExportJob::finished, this,
                    [this, disconnectAll](const QStringList &files) {
                        disconnectAll();
                        statusBar()->showMessage(
                                tr("Exported %n file(s)", nullptr, int(files.size())), 5000);
                    });
    *fail = connect(m_export, &ExportJob::failed, this,
                    [this, disconnectAll, path](const QString &message) {
                        disconnectAll();
                        QMessageBox::critical(this, tr("Export failed"),
                                              tr("Could not export to %1:\n%2").arg(path, message));
                    });
    *stop = connect(m_export, &ExportJob::cancelled, this, [this, disconnectAll] {
        disconnectAll();
        statusBar()->showMessage(tr("Export cancelled; no file was replaced."), 5000);
    });
    m_export->start(request);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_generate->cancel();
    m_export->cancel();
    m_import->cancel();
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
                          "SQLite — public domain</p>")
                               .arg(QStringLiteral(PMIS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

} // namespace pmis
