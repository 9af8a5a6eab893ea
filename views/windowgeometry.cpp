// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgeometry.h"

#include <algorithm>

#include <QScreen>
#include <QWidget>

namespace WindowGeometry {

void fitToScreen(QWidget* window)
{
    const QRect available = window->screen()->availableGeometry();
    window->resize(std::min(available.width(), std::max(available.width() * 4 / 5, 1200)),
        std::min(available.height(), std::max(available.height() * 4 / 5, 700)));
    window->move(available.center() - window->rect().center());
}

void clampToScreen(QWidget* window)
{
    const QRect available = window->screen()->availableGeometry();
    window->resize(window->size().boundedTo(available.size()));
    QRect frame = window->frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

} // namespace WindowGeometry
