#pragma once
// The Data tab's filter line: the expression, Apply and Clear, the "N of M rows" count, and the
// error of a malformed expression with its offending token selected in the line.

#include <QWidget>

class QLabel;
class QLineEdit;

namespace pmis {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    QString errorText() const;

    void showCount(std::size_t shown, std::size_t total);
    void showBusy(const QString &what);
    // Marks characters [position, position + length) and shows the message.
    void showError(const QString &message, int position, int length);

Q_SIGNALS:
    void filterRequested(const QString &text);

private:
    QLineEdit *m_edit;
    QLabel *m_count;
    QLabel *m_error;
};

} // namespace pmis
