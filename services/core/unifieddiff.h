// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What changed between two versions of a text (user-data, network-config), in the unified format of
// `diff -u`, so a reviewer reads it as in a terminal and `patch` can apply it.
namespace UnifiedDiff {

// "--- oldLabel", "+++ newLabel" (no timestamps), then hunks with `context` lines around each change,
// merged when at most 2 * context unchanged lines separate them, as GNU diff does; a last line without
// a line break is marked "\ No newline at end of file". Empty when the texts are equal.
QString diff(
    const QString& oldText, const QString& newText, const QString& oldLabel, const QString& newLabel, int context = 3);

} // namespace UnifiedDiff
