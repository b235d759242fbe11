#pragma once
// File > Compare...: names two datasets to compare without generating in the studio. Each side is
// a built-in preset, a scenario file, a folder of exported CSV files or an exported SQLite file;
// a name that is none of these is marked at its field and Compare stays disabled.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace pmis {

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    QString baseline() const;
    QString current() const;
    void setBaseline(const QString &source);
    void setCurrent(const QString &source);
    // Why the side's name cannot be compared, empty when it can.
    static QString problem(const QString &source);

private:
    struct Side
    {
        QComboBox *name = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *makeSide(Side &side);
    void browse(Side &side, int what);
    void update();

    Side m_baseline;
    Side m_current;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pmis
