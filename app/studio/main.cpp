// pmis-studio: the desktop application.
#include "widgets/placeholder.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PMIS Dataset Studio"));
    pmis::Placeholder window;
    window.show();
    return app.exec();
}
