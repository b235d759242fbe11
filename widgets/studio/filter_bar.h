#pragma once
// The Data tab's filter line: the expression, Apply and Clear, the "N of M rows" count, and the
// error of a malformed expression with its offending token selected in the line.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { None, Count, Busy, Error };
    void retranslateUi();
    void setCountText();
    void setErrorText();

    State m_state = State::None;
    std::size_t m_shown = 0, m_total = 0;
    QString m_errorMessage;
    int m_errorPosition = 0;
    QLabel *m_label;
    QPushButton *m_apply, *m_clear;
    QLineEdit *m_edit;
    QLabel *m_count;
    QLabel *m_error;
};

} // namespace pmis
