// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>

// A partial document merged into a VM's <key>.yaml text: maps merge, lists and scalars replace,
// a null removes the key. Each changed value is rewritten in place (YamlTextEdit), so comments,
// key order and unknown keys survive. Used by "Apply to several VMs" and `vmdeskctl metadata apply`.
namespace DocumentPatch {

std::optional<QByteArray> apply(const QByteArray& text, const QJsonObject& patch, QString* error);
// The patch file's YAML as JSON (PyYAML's reading), or nothing with `error` set.
std::optional<QJsonObject> read(const QByteArray& yaml, QString* error);

} // namespace DocumentPatch
