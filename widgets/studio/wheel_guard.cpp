#include "widgets/studio/wheel_guard.h"

#include "widgets/studio/qcustomplot_include.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace pmis {

namespace {

bool isValueControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSlider *>(widget);
}

// QCustomPlot accepts every wheel event, even with nothing to zoom.
bool isStaticChart(const QWidget *widget)
{
    auto *plot = qobject_cast<const QCustomPlot *>(widget);
    return plot && !plot->interactions().testFlag(QCP::iRangeZoom);
}

} // namespace

WheelGuard::WheelGuard(QWidget *scope, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
{}

QScrollArea *WheelGuard::pageOf(const QWidget *widget) const
{
    if (!m_scope || !widget || !(isValueControl(widget) || isStaticChart(widget)))
        return nullptr;
    // A scroll bar is a slider too, but it is what scrolls a page or a list.
    if (qobject_cast<const QScrollBar *>(widget))
        return nullptr;
    QScrollArea *page = nullptr;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        auto *area = qobject_cast<QScrollArea *>(w->parentWidget());
        if (!page && area && w == area->viewport())
            page = area;
        if (w == m_scope)
            return page;
    }
    return nullptr;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Show)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    QScrollArea *page = pageOf(widget);
    if (!page)
        return false;
    if (type == QEvent::Show) {
        // Wheel focus would hand the control focus before it sees the wheel.
        if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (widget->hasFocus() && !isStaticChart(widget))
        return false;
    // The page under the pointer scrolls instead.
    const auto *wheel = static_cast<QWheelEvent *>(event);
    QWidget *viewport = page->viewport();
    QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                          wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                          wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                          wheel->pointingDevice());
    QCoreApplication::sendEvent(viewport, &forwarded);
    event->accept();
    return true;
}

} // namespace pmis
