// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusframestyle.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QStyleOption>

namespace {
bool hasScrollAreaFocus(const QWidget* widget)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget);
    return area && area->hasFocus() && area->frameShape() != QFrame::NoFrame;
}
} // namespace

void FocusFrameStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        painter->save();
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element == PE_Frame || element == PE_FrameLineEdit) && hasScrollAreaFocus(widget)) {
        painter->save();
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

void FocusFrameStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractScrollArea*>(widget)) {
        widget->installEventFilter(this); // the frame is outside the viewport: repaint it on focus changes
    }
}

void FocusFrameStyle::unpolish(QWidget* widget)
{
    if (qobject_cast<QAbstractScrollArea*>(widget)) {
        widget->removeEventFilter(this);
    }
    QProxyStyle::unpolish(widget);
}

bool FocusFrameStyle::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        static_cast<QWidget*>(watched)->update();
    }
    return QProxyStyle::eventFilter(watched, event);
}
