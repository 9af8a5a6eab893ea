// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// Holds the navigation place of an area this build does not have yet, and says so plainly.
class UpcomingPage : public QWidget
{
    Q_OBJECT
public:
    UpcomingPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};
