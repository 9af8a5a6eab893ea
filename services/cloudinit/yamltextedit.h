// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

// Edits a YAML text the way a careful person would by hand: only the bytes of the node that changes
// are rewritten, and a missing key is added as a new line at the end of its map. Comments, blank
// lines, key order, quoting, anchors and unknown keys elsewhere stay exactly as they were.
// A path names map keys and sequence indices: {"network", "interfaces", "0", "mtu"}.
namespace YamlTextEdit {

// `value` replaces the node at `path`, creating the maps on the way. An index one past a sequence's
// end appends. Fails (nothing, `error` set) when `text` is not YAML, or when the edit would take
// away an anchor that an alias elsewhere still refers to.
std::optional<QByteArray> set(const QByteArray& text, const QStringList& path, const QJsonValue& value,
    QString* error);
// Removes the key (with its value) or the sequence item at `path`; a path that is not there
// leaves the text unchanged. Fails as set() does.
std::optional<QByteArray> remove(const QByteArray& text, const QStringList& path, QString* error);

// `value` as block YAML; lines after the first are indented by `indent` spaces.
QByteArray toYaml(const QJsonValue& value, int indent = 0);
// A string as a YAML scalar that PyYAML and yaml-cpp read back as that same string.
QByteArray scalar(const QString& text);

} // namespace YamlTextEdit
