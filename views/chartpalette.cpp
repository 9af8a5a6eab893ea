// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

void ChartPalette::apply(QChart* chart, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
    }
}
