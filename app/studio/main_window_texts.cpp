// MainWindow: every text of the menus, actions, tabs and status bar, applied at start-up and
// again after each language change (View ▸ Language). The widgets inside the window (the editor
// dock, the tabs' contents, the dialogs) handle the language change themselves.
#include "app/studio/main_window.h"

#include "app/studio/recent_files.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace pmis {

namespace {

// A toolbar button's text: the menu text without its mnemonic ("&Open…", or "खोलें(&O)…" in the
// style of scripts without Latin letters, where Qt would leave "(O)" on the button) and without the
// ellipsis.
QString buttonText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(mnemonic);
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_recent->retranslate();
    m_presetsMenu->setTitle(tr("&Presets"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportAll->setText(tr("All Tables as &CSV…"));
    m_exportTable->setText(tr("Current &Table as Shown…"));
    m_exportRelated->setText(tr("Shown Rows with &Related Rows…"));
    m_importFolderAction->setText(tr("&Import Dataset Folder…"));
    m_importSqliteAction->setText(tr("Import SQLite &Database…"));
    m_exportSqlite->setText(tr("&SQLite Database…"));
    m_exportMetadata->setText(tr("&Metadata JSON…"));
    m_exportReport->setText(tr("Re&port (PDF)…"));
    m_quitAction->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_preferencesAction->setText(tr("&Preferences…"));
    m_addColumnAction->setText(tr("Add &Column…"));
    m_removeColumnMenu->setTitle(tr("Re&move Column"));

    m_viewMenu->setTitle(tr("&View"));
    m_presentAction->setText(tr("&Presentation Mode"));
    m_presentAction->setToolTip(tr("Full-screen pages for a projector (F11); Page Down steps, "
                                   "Esc leaves"));
    m_languageMenu->setTitle(tr("&Language"));

    m_generateMenu->setTitle(tr("&Generate"));
    m_generateAction->setText(tr("&Generate"));
    m_generateAction->setToolTip(tr("Generate the dataset (F5)"));
    m_newSeedAction->setText(tr("New &Seed"));
    m_cancelAction->setText(tr("&Cancel"));
    m_cancelAction->setToolTip(tr("Stop the running jobs (Esc); asks first"));
    m_setBaselineAction->setText(tr("Set as &Baseline"));
    m_setBaselineAction->setToolTip(
            tr("Keep this dataset to compare the next ones with (Compare tab)"));
    m_clearBaselineAction->setText(tr("C&lear Baseline"));
    m_compareAction->setText(tr("Co&mpare…"));
    m_openFolderButton->setText(tr("Open Folder"));

    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About PMIS Dataset Studio"));
    m_toolBar->setWindowTitle(tr("Main"));
    for (QAction *a :
         {m_newAction, m_openAction, m_saveAction, m_generateAction, m_cancelAction, m_exportAll})
        a->setIconText(buttonText(a->text()));

    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_data), tr("Data"));
    m_tabs->setTabText(m_tabs->indexOf(m_quality), tr("Quality"));
    m_tabs->setTabText(m_tabs->indexOf(m_recommenderPage), tr("Recommender"));
    m_tabs->setTabText(m_tabs->indexOf(m_compare), tr("Compare"));

    showSummary();
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    // The menu names the edit ("Undo Change seed"); the toolbar button stays short and names the
    // edit in its tooltip.
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setText(stack->undoText().isEmpty() ? tr("&Undo")
                                                      : tr("&Undo %1").arg(stack->undoText()));
    m_undoAction->setIconText(buttonText(tr("&Undo")));
    m_undoAction->setToolTip(buttonText(m_undoAction->text()));
    m_redoAction->setText(stack->redoText().isEmpty() ? tr("&Redo")
                                                      : tr("&Redo %1").arg(stack->redoText()));
    m_redoAction->setIconText(buttonText(tr("&Redo")));
    m_redoAction->setToolTip(buttonText(m_redoAction->text()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace pmis
