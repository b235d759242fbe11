#include "app/studio/screenshot_tour.h"

#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "app/studio/preferences_dialog.h"
#include "app/studio/user_guide_dialog.h"
#include "widgets/compare/compare_dialog.h"
#include "widgets/compare/compare_tab.h"
#include "widgets/present/presentation_window.h"
#include "widgets/quality/quality_tab.h"
#include "widgets/quality/quality_view.h"
#include "widgets/rec/rec_employer_panel.h"
#include "widgets/rec/rec_evaluation_panel.h"
#include "widgets/rec/rec_student_panel.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/export_dialog.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QSlider>
#include <QTableView>
#include <QTimer>
#include <QToolBox>

#include <cstdio>
#include <memory>
#include <vector>

namespace pmis {

namespace {

constexpr int kWidth = 1280, kHeight = 720;

QAction *actionWithRole(QWidget *window, QAction::MenuRole role)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->menuRole() == role)
            return a;
    return nullptr;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(std::move(folder))
    , m_scratch(QDir::temp().filePath(QStringLiteral("pmis-screenshots")))
{
    // A fixed name, so the error dialogs read the same in every rendering.
    QDir(m_scratch).removeRecursively();
    QDir().mkpath(m_scratch);
}

ScreenshotTour::~ScreenshotTour()
{
    QDir(m_scratch).removeRecursively();
}

QString ScreenshotTour::fileName(const QString &view) const
{
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
    if (!widget || !widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "wrote %s\n", qPrintable(path));
}

void ScreenshotTour::next(int delay)
{
    QTimer::singleShot(delay, this, [this] {
        if (m_steps.empty()) {
            QApplication::quit();
            return;
        }
        const Step step = std::move(m_steps.front());
        m_steps.pop_front();
        step();
    });
}

void ScreenshotTour::grabModal(const QString &view, const std::function<void()> &open)
{
    // The dialog runs its own event loop: grab and close it from a timer, and continue once the
    // loop has returned.
    QTimer::singleShot(500, this, [this, view] {
        QWidget *dialog = QApplication::activeModalWidget();
        grab(dialog, view);
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else if (dialog)
            dialog->close();
    });
    open();
    next();
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(kWidth, kHeight);
    // The editor as wide as a maximised window gives it on a first start.
    m_window->resizeDocks({m_window->editorDock()}, {470}, Qt::Horizontal);
    m_window->loadPresetNamed(QStringLiteral("pmis-2025"));
    m_window->editorDock()->showPage(1); // Colleges & tiers: tier shares and CGPA per tier
    queueSteps();
    // Wait for the preview of the loaded preset, then generate, so the editor's picture shows the
    // Overview beside it.
    auto *preview = m_window->editorDock()->previewService();
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(preview, &PreviewService::previewReady, this, [this, conn, preview] {
        if (preview->isBusy())
            return;
        disconnect(*conn);
        connect(
                m_window->overviewTab(), &OverviewTab::updated, this, [this] { next(500); },
                Qt::SingleShotConnection);
        m_window->generate();
    });
}

void ScreenshotTour::queueSteps()
{
    ScenarioEditorDock *editor = m_window->editorDock();
    m_steps.push_back([this] {
        grab(m_window, QStringLiteral("editor"));
        next();
    });
    // Every page of the editor.
    for (int i = 0; i < editor->pages()->count(); ++i)
        m_steps.push_back([this, editor, i] {
            editor->showPage(i);
            QTimer::singleShot(300, this, [this, i] {
                grab(m_window, QStringLiteral("editor-page-%1").arg(i));
                next(0);
            });
        });
    m_steps.push_back([this, editor] {
        editor->showPage(0);
        m_window->tabs()->setCurrentWidget(m_window->overviewTab());
        QTimer::singleShot(300, this, [this] {
            grab(m_window, QStringLiteral("overview"));
            if (auto *scroll = m_window->overviewTab()->findChild<QScrollArea *>()) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                grab(m_window, QStringLiteral("overview-more"));
                scroll->verticalScrollBar()->setValue(0);
            }
            next(0);
        });
    });
    // The Data tab with a filter, then with a misspelt column.
    m_steps.push_back([this] {
        m_window->tabs()->setCurrentWidget(m_window->dataTab());
        DataTab *data = m_window->dataTab();
        data->showTable(QStringLiteral("students"));
        connect(
                data, &DataTab::queryFinished, this,
                [this, data] {
                    const int cgpa = data->currentTable()->indexOf("cgpa");
                    connect(
                            data, &DataTab::statsFinished, this,
                            [this] {
                                QTimer::singleShot(300, this, [this] {
                                    grab(m_window, QStringLiteral("data-filter"));
                                    next(0);
                                });
                            },
                            Qt::SingleShotConnection);
                    data->view()->setCurrentIndex(data->model()->index(0, cgpa));
                },
                Qt::SingleShotConnection);
        data->applyFilter(QStringLiteral("cgpa >= 8 and college_tier = \"Tier-1\""));
    });
    m_steps.push_back([this] {
        DataTab *data = m_window->dataTab();
        connect(
                data, &DataTab::queryFinished, this,
                [this] {
                    QTimer::singleShot(200, this, [this] {
                        grab(m_window, QStringLiteral("data-filter-error"));
                        next(0);
                    });
                },
                Qt::SingleShotConnection);
        data->applyFilter(QStringLiteral("cgpa >= 8 and colege_tier = \"Tier-1\""));
    });
    m_steps.push_back([this] {
        DataTab *data = m_window->dataTab();
        connect(
                data, &DataTab::queryFinished, this,
                [this, data] {
                    const auto rows = data->shownRows();
                    auto *dialog
                            = new ExportDialog({ExportScope::CurrentTable, "csv"},
                                               data->currentTableName(), rows ? rows->size() : 0,
                                               QStringLiteral("/home/analyst/pmis"), m_window);
                    dialog->show();
                    QTimer::singleShot(300, this, [this, dialog] {
                        grab(dialog, QStringLiteral("export-dialog"));
                        dialog->deleteLater();
                        next(0);
                    });
                },
                Qt::SingleShotConnection);
        data->applyFilter(QStringLiteral("cgpa >= 8 and college_tier = \"Tier-1\""));
    });
    m_steps.push_back([this] {
        QualityTab *quality = m_window->qualityTab();
        m_window->tabs()->setCurrentWidget(quality);
        quality->view()->selectCheck(QStringLiteral("distribution.students.cgpa[Tier-1]"));
        QTimer::singleShot(300, this, [this] {
            grab(m_window, QStringLiteral("quality"));
            next(0);
        });
    });
    // The Recommender's three pages; the evaluation is run first.
    m_steps.push_back([this] {
        RecommenderView *rec = m_window->recommenderView();
        m_window->tabs()->setCurrentWidget(m_window->recommenderPage());
        const auto shoot = [this] {
            QTimer::singleShot(500, this, [this] {
                grab(m_window, QStringLiteral("recommender"));
                next(0);
            });
        };
        if (rec->isReady())
            shoot();
        else
            connect(rec, &RecommenderView::ready, this, shoot, Qt::SingleShotConnection);
    });
    m_steps.push_back([this] {
        RecommenderView *rec = m_window->recommenderView();
        rec->findChild<QTabWidget *>()->setCurrentWidget(rec->employerPanel());
        rec->employerPanel()->showInternship(QStringLiteral("INT_00007"));
        QTimer::singleShot(500, this, [this] {
            grab(m_window, QStringLiteral("recommender-employer"));
            next(0);
        });
    });
    m_steps.push_back([this] {
        RecommenderView *rec = m_window->recommenderView();
        rec->findChild<QTabWidget *>()->setCurrentWidget(rec->evaluationPanel());
        connect(
                rec->evaluationPanel(), &RecEvaluationPanel::evaluationFinished, this,
                [this] {
                    QTimer::singleShot(500, this, [this] {
                        grab(m_window, QStringLiteral("recommender-evaluation"));
                        next(0);
                    });
                },
                Qt::SingleShotConnection);
        rec->evaluationPanel()->run();
    });
    m_steps.push_back([this] {
        RecommenderView *rec = m_window->recommenderView();
        rec->findChild<QTabWidget *>()->setCurrentWidget(rec->studentPanel());
        rec->studentPanel()->showStudent(QStringLiteral("STU_99999"));
        QTimer::singleShot(300, this, [this] {
            grab(m_window, QStringLiteral("recommender-unknown-id"));
            next(0);
        });
    });
    // Two presets compared, and the dialog that names them.
    m_steps.push_back([this] {
        CompareTab *compare = m_window->compareTab();
        m_window->tabs()->setCurrentWidget(compare);
        connect(
                compare, &CompareTab::comparisonReady, this,
                [this] {
                    QTimer::singleShot(300, this, [this] {
                        grab(m_window, QStringLiteral("compare"));
                        next(0);
                    });
                },
                Qt::SingleShotConnection);
        compare->compareSources(QStringLiteral("demo-small"), QStringLiteral("pmis-2025"));
    });
    // The dataset on view as the baseline, the success rate raised and the interactions grown:
    // the Overview draws the baseline over its charts and the Compare tab lists the change.
    m_steps.push_back([this] {
        m_window->setBaselineAction()->trigger();
        Scenario s = m_window->document()->scenario();
        s.outcome.successRate = 0.01;
        s.interactions = 60'000;
        m_window->document()->applyEdit(QStringLiteral("tour"), s);
        connect(
                m_window->compareTab(), &CompareTab::comparisonReady, this,
                [this] {
                    m_window->tabs()->setCurrentWidget(m_window->overviewTab());
                    QTimer::singleShot(500, this, [this] {
                        grab(m_window, QStringLiteral("overview-baseline"));
                        m_window->tabs()->setCurrentWidget(m_window->compareTab());
                        QTimer::singleShot(300, this, [this] {
                            grab(m_window, QStringLiteral("compare-baseline"));
                            next(0);
                        });
                    });
                },
                Qt::SingleShotConnection);
        m_window->generate();
    });
    // Presentation mode over the dataset with its baseline: every page at 1280×720, and the
    // funnel again after its knob moved.
    m_steps.push_back([this] {
        m_window->tabs()->setCurrentWidget(m_window->overviewTab());
        m_window->startPresentation();
        present::PresentationWindow *show = m_window->presentation();
        if (!show) {
            next(0);
            return;
        }
        show->setWindowState(Qt::WindowNoState);
        show->resize(1280, 720);
        connect(
                show, &present::PresentationWindow::ready, this,
                [this, show] {
                    static const char *const names[]
                            = {"glance",         "funnel",   "groups",    "targets",
                               "recommendation", "fairness", "comparison"};
                    std::vector<Step> pages;
                    for (std::size_t i = 0; i < show->pages().size(); ++i)
                        pages.push_back([this, show, i] {
                            show->showPage(int(i));
                            QTimer::singleShot(400, this, [this, show, i] {
                                grab(show, QStringLiteral("present-%1-%2")
                                                   .arg(i + 1)
                                                   .arg(QLatin1String(names[show->pages()[i]])));
                                next(0);
                            });
                        });
                    m_steps.insert(m_steps.begin(), pages.begin(), pages.end());
                    next(0);
                },
                Qt::SingleShotConnection);
    });
    m_steps.push_back([this] {
        present::PresentationWindow *show = m_window->presentation();
        if (!show) {
            next(0);
            return;
        }
        show->showPage(1);
        connect(
                show, &present::PresentationWindow::previewShown, this,
                [this, show] {
                    QTimer::singleShot(400, this, [this, show] {
                        grab(show, QStringLiteral("present-funnel-knob"));
                        show->close();
                        next(0);
                    });
                },
                Qt::SingleShotConnection);
        if (QSlider *knob = show->knob())
            knob->setValue(200); // a success rate of 20%
        else
            next(0);
    });
    m_steps.push_back([this] {
        grabModal(QStringLiteral("compare-dialog"), [this] {
            CompareDialog dialog(m_window);
            dialog.setCurrent(QStringLiteral("no-such-preset"));
            dialog.exec();
        });
    });
    // Dialogs.
    m_steps.push_back([this] {
        grabModal(QStringLiteral("preferences"), [this] {
            if (QAction *a = actionWithRole(m_window, QAction::PreferencesRole))
                a->trigger();
        });
    });
    m_steps.push_back([this] {
        auto *guide = new UserGuideDialog(m_window);
        guide->resize(900, 640);
        guide->show();
        QTimer::singleShot(500, this, [this, guide] {
            grab(guide, QStringLiteral("user-guide"));
            guide->deleteLater();
            next(0);
        });
    });
    m_steps.push_back([this] {
        grabModal(QStringLiteral("about"), [this] {
            if (QAction *a = actionWithRole(m_window, QAction::AboutRole))
                a->trigger();
        });
    });
    m_steps.push_back([this] {
        grabModal(QStringLiteral("open-error"), [this] {
            m_window->openFile(QDir(m_scratch).filePath(QStringLiteral("missing.pmis.json")));
        });
    });
    // Saving into a folder that has gone since the scenario was opened fails.
    m_steps.push_back([this] {
        const QString folder = QDir(m_scratch).filePath(QStringLiteral("gone"));
        const QString path = QDir(folder).filePath(QStringLiteral("pmis-2025.pmis.json"));
        QDir().mkpath(folder);
        if (!m_window->document()->save(path).isEmpty() || !m_window->openFile(path)) {
            std::fprintf(stderr, "could not prepare the save error\n");
            next(0);
            return;
        }
        QDir(folder).removeRecursively();
        grabModal(QStringLiteral("save-error"), [this] { m_window->save(); });
    });
}

} // namespace pmis
