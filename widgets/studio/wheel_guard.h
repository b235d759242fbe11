#pragma once
// Keeps the mouse wheel for scrolling in scrolling pages: a spin box, combo box or slider inside a
// scroll area takes wheel events only once it has focus (a click or Tab gives it focus, the wheel
// never does); otherwise the wheel scrolls the page under the pointer. A chart with nothing to
// zoom never keeps the wheel from its page. Install it on the
// application; it acts only on controls inside `scope`, floating docks included.

#include <QObject>
#include <QPointer>

class QScrollArea;
class QWidget;

namespace pmis {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QWidget *scope, QObject *parent = nullptr);

    // For a control the guard looks after (a spin box, combo box, slider or chart without zoom in
    // the scrolled content of a QScrollArea inside the scope), the innermost such scroll area;
    // else null.
    QScrollArea *pageOf(const QWidget *widget) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_scope;
};

} // namespace pmis
