#include "app/studio/screenshot_tour.h"

#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/quality/quality_view.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/column_stats_panel.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/export_dialog.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBox>

#include <cstdio>

namespace pmis {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(std::move(folder))
{}

QString ScreenshotTour::fileName(const QString &view) const
{
    // English pictures keep their names (editor.png); another language gets studio-<code>.png
    // for the editor view and studio-<code>-<view>.png for the rest.
    const QString code = m_window->languageManager()->current();
    if (code == QLatin1String("en"))
        return view + QStringLiteral(".png");
    if (view == QLatin1String("editor"))
        return QStringLiteral("studio-%1.png").arg(code);
    return QStringLiteral("studio-%1-%2.png").arg(code, view);
}

void ScreenshotTour::grab(QWidget *widget, const QString &view)
{
    QApplication::processEvents();
    const QString path = QDir(m_folder).filePath(fileName(view));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "wrote %s\n", qPrintable(path));
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(1600, 1200);
    m_window->resizeDocks({m_window->editorDock()}, {480}, Qt::Horizontal);
    m_window->loadPresetNamed(QStringLiteral("pmis-2025"));
    m_window->editorDock()->showPage(1); // Colleges & tiers: tier shares and CGPA per tier
    // Wait for the preview of the loaded preset, then let the charts replot.
    auto *preview = m_window->editorDock()->previewService();
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(preview, &PreviewService::previewReady, this, [this, conn, preview] {
        if (preview->isBusy())
            return;
        disconnect(*conn);
        // Generate first, so the editor's picture shows the Overview beside it.
        connect(
                m_window->overviewTab(), &OverviewTab::updated, this,
                [this] { QTimer::singleShot(300, this, &ScreenshotTour::editorShot); },
                Qt::SingleShotConnection);
        m_window->generate();
    });
}

void ScreenshotTour::fitOverviewRows(int rows)
{
    // Frame whole charts: a script with taller glyphs (Devanagari) makes the tab bar and the status
    // bar taller, and the Overview's last visible row would lose its axis title to the edge of the
    // scroll area. Grow the window by the few pixels missing.
    auto *scroll = m_window->overviewTab()->findChild<QScrollArea *>();
    const auto &charts = m_window->overviewTab()->charts();
    const std::size_t last = std::size_t(rows) * 2 - 1;
    if (!scroll || !scroll->widget() || last >= charts.size())
        return;
    QApplication::processEvents();
    const QWidget *chart = charts[last];
    const int bottom = chart->mapTo(scroll->widget(), QPoint(0, chart->height())).y();
    const int missing = bottom + 4 - scroll->viewport()->height();
    if (missing > 0 && missing < 80)
        m_window->resize(m_window->width(), m_window->height() + missing);
}

void ScreenshotTour::editorShot()
{
    fitOverviewRows(3);
    grab(m_window, QStringLiteral("editor"));
    if (qEnvironmentVariableIsSet("PMIS_SCREENSHOT_ALL_PAGES")) {
        for (int i = 0; i < m_window->editorDock()->pages()->count(); ++i) {
            m_window->editorDock()->showPage(i);
            grab(m_window, QStringLiteral("editor-page-%1").arg(i));
        }
        m_window->editorDock()->showPage(1);
    }
    m_window->resize(1440, 900);
    QTimer::singleShot(300, this, &ScreenshotTour::overviewShot);
}

void ScreenshotTour::overviewShot()
{
    m_window->tabs()->setCurrentWidget(m_window->overviewTab());
    m_window->editorDock()->showPage(0);
    grab(m_window, QStringLiteral("overview"));
    if (auto *scroll = m_window->overviewTab()->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        grab(m_window, QStringLiteral("overview-more"));
    }
    m_window->tabs()->setCurrentWidget(m_window->dataTab());
    DataTab *data = m_window->dataTab();
    data->showTable(QStringLiteral("students"));
    connect(
            data, &DataTab::queryFinished, this,
            [this, data] {
                const int cgpa = data->currentTable()->indexOf("cgpa");
                connect(
                        data, &DataTab::statsFinished, this,
                        [this] { QTimer::singleShot(300, this, &ScreenshotTour::dataShot); },
                        Qt::SingleShotConnection);
                data->view()->setCurrentIndex(data->model()->index(0, cgpa));
            },
            Qt::SingleShotConnection);
    data->applyFilter(QStringLiteral("cgpa >= 8 and college_tier = \"Tier-1\""));
}

void ScreenshotTour::dataShot()
{
    grab(m_window, QStringLiteral("data-filter"));
    DataTab *data = m_window->dataTab();
    connect(
            data, &DataTab::queryFinished, this,
            [this] {
                QTimer::singleShot(200, this, [this] {
                    grab(m_window, QStringLiteral("data-filter-error"));
                    dialogShot();
                });
            },
            Qt::SingleShotConnection);
    data->applyFilter(QStringLiteral("cgpa >= 8 and colege_tier = \"Tier-1\""));
}

void ScreenshotTour::dialogShot()
{
    DataTab *data = m_window->dataTab();
    data->applyFilter(QStringLiteral("cgpa >= 8 and college_tier = \"Tier-1\""));
    connect(
            data, &DataTab::queryFinished, this,
            [this, data] {
                const auto rows = data->shownRows();
                auto *dialog = new ExportDialog(ExportRequest::Kind::CurrentTableCsv,
                                                data->currentTableName(), rows ? rows->size() : 0,
                                                QStringLiteral("/home/analyst/pmis"), m_window);
                dialog->show();
                QTimer::singleShot(300, this, [this, dialog] {
                    grab(dialog, QStringLiteral("export-dialog"));
                    dialog->deleteLater();
                    qualityShot();
                });
            },
            Qt::SingleShotConnection);
}

void ScreenshotTour::qualityShot()
{
    QualityTab *quality = m_window->qualityTab();
    m_window->tabs()->setCurrentWidget(quality);
    quality->view()->selectCheck(QStringLiteral("distribution.students.cgpa[Tier-1]"));
    QTimer::singleShot(300, this, [this] {
        grab(m_window, QStringLiteral("quality"));
        recommenderShot();
    });
}

void ScreenshotTour::recommenderShot()
{
    RecommenderView *rec = m_window->recommenderView();
    m_window->tabs()->setCurrentWidget(m_window->recommenderPage());
    const auto shoot = [this] {
        QTimer::singleShot(500, this, [this] {
            grab(m_window, QStringLiteral("recommender"));
            QApplication::quit();
        });
    };
    if (rec->isReady())
        shoot();
    else
        connect(rec, &RecommenderView::ready, this, shoot, Qt::SingleShotConnection);
}

} // namespace pmis
