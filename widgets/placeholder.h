#pragma once
#include <QMainWindow>
namespace pmis {
class Placeholder : public QMainWindow
{
    Q_OBJECT
public:
    explicit Placeholder(QWidget *parent = nullptr);
};
} // namespace pmis
