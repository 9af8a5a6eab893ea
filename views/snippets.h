// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A piece of cloud-config an administrator often needs, ready to adapt: the text is valid
// cloud-config on its own (below a "#cloud-config" header) and starts at indentation 0.
struct Snippet
{
    QString name; // stable identifier, as insertSnippet() takes it
    QString title; // translated, for menus
    QString text; // without a trailing newline
};

namespace Snippets {
QList<Snippet> all();
// The snippet of that name, or one with an empty name.
Snippet find(const QString& name);
} // namespace Snippets
