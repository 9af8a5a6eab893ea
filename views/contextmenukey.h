// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Shift+F10 opens the focused widget's context menu, as the Menu key does: at the current item
// of a list or table, else at the widget's centre. Installed on the application.
class ContextMenuKey : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
