#include "widgets/placeholder.h"
namespace pmis {
Placeholder::Placeholder(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("PMIS Dataset Studio"));
}
} // namespace pmis
