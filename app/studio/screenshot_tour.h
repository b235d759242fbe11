#pragma once
// Renders every view of the studio to PNG files (for the documentation and for checking a
// language), driven by the hidden command-line option --screenshot DIR: the editor's pages beside
// the Overview, the Overview, the Data tab with a filter and with a malformed one, the Quality
// tab, the Recommender's student, employer and evaluation pages, and the dialogs (Export,
// Preferences, User guide, About, and the errors of opening and saving a scenario). The window is
// 1280×720. English pictures are named <view>.png; another language's studio-<code>-<view>.png
// (the editor studio-<code>.png). Quits the application when done.

#include <QObject>
#include <QString>

#include <deque>
#include <functional>

namespace pmis {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString folder, QObject *parent = nullptr);
    ~ScreenshotTour() override;
    void start();

private:
    using Step = std::function<void()>;
    QString fileName(const QString &view) const;
    void grab(QWidget *widget, const QString &view);
    // Runs the next step after `delay` ms; each step calls next() (or arranges for it) when done.
    void next(int delay = 300);
    // Shows a modal dialog through `open` and grabs it as `view` once it is up, then closes it.
    void grabModal(const QString &view, const std::function<void()> &open);
    void queueSteps();

    MainWindow *m_window;
    QString m_folder;
    std::deque<Step> m_steps;
    QString m_scratch; // a folder for the open and save errors, removed afterwards
};

} // namespace pmis
