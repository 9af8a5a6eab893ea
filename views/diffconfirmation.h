// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// A question shown with the diff it is about (save these lines? keep mine?).
class DiffConfirmation
{
public:
    // Shows `diff` and asks; true when the user accepts.
    static bool ask(
        QWidget* parent, const QString& title, const QString& question, const QString& diff, const QString& acceptText);
};
