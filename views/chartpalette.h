// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QPalette;

// Qt Charts draws with its own theme, not the widget palette: this picks the light or dark theme
// that matches the palette and takes its background and text colours, so charts follow the app's theme.
namespace ChartPalette {
void apply(QChart* chart, const QPalette& palette);
}
