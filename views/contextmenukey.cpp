// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextmenukey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

bool ContextMenuKey::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_F10 || key->modifiers() != Qt::ShiftModifier) {
        return false;
    }
    QWidget* target = QApplication::focusWidget();
    if (!target || target != watched) {
        return false; // the key event reaches each ancestor too; act once, for the focus widget
    }
    QPoint position = target->rect().center();
    if (auto* view = qobject_cast<QAbstractItemView*>(target); view && view->currentIndex().isValid()) {
        const QRect item = view->visualRect(view->currentIndex());
        position = view->viewport()->mapTo(view, item.center());
    }
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, position, target->mapToGlobal(position));
    QCoreApplication::sendEvent(target, &menu);
    return true;
}
