// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QPalette>
#include <QString>

// The application's colours: the desktop's own, or vmdesk's light or dark palette on the Fusion
// style (the one style that draws every widget from the palette, so both stay readable).
class Theme
{
public:
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    // What the user chose in Preferences (appearance/theme); System when unset.
    static Choice saved();

    static QString name(Choice choice); // "system", "light", "dark": the setting's values
    static std::optional<Choice> fromName(const QString& name);
    static QPalette palette(Choice choice); // System: the desktop's palette
};
