#pragma once
// Renders the studio's main views to PNG files (for the documentation), driven by the hidden
// command-line option --screenshot DIR: the editor with a live chart, the Overview, the Data tab
// with a filter, and the export dialog, in the interface language (--language). Quits the
// application when done.

#include <QObject>
#include <QString>

namespace pmis {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString folder, QObject *parent = nullptr);
    void start();

private:
    QString fileName(const QString &view) const;
    void grab(QWidget *widget, const QString &view);
    void fitOverviewRows(int rows);
    void editorShot();
    void overviewShot();
    void dataShot();
    void dialogShot();
    void qualityShot();
    void recommenderShot();

    MainWindow *m_window;
    QString m_folder;
};

} // namespace pmis
