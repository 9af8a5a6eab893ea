// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

// Writes `data` to `path` on a worker thread through QSaveFile: the old file stays whole until the
// new one is complete (a full disk leaves it untouched). The future yields an error message, or
// an empty string on success.
QFuture<QString> writeFileAtomically(const QString& path, const QByteArray& data);
