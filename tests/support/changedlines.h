// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QStringList>

// The lines removed and added by the one contiguous change between two texts: what `diff` shows
// for a single edit, so a test can say exactly which lines an edit may touch.
inline std::pair<QStringList, QStringList> changedLines(const QByteArray& before, const QByteArray& after)
{
    QStringList a = QString::fromUtf8(before).split(u'\n');
    QStringList b = QString::fromUtf8(after).split(u'\n');
    while (!a.isEmpty() && !b.isEmpty() && a.first() == b.first()) {
        a.removeFirst();
        b.removeFirst();
    }
    while (!a.isEmpty() && !b.isEmpty() && a.last() == b.last()) {
        a.removeLast();
        b.removeLast();
    }
    return { a, b };
}
