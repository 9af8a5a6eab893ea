// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// Where a top-level window goes on the screen it is on.
namespace WindowGeometry {

// A first start: most of the screen (80 %), at least 1200×700 where the screen has room, centred.
void fitToScreen(QWidget* window);
// A geometry saved on a bigger screen, or one no longer attached, is made to fit this one.
void clampToScreen(QWidget* window);

} // namespace WindowGeometry
