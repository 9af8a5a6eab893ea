// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

class QFileDevice;
class QSettings;

// Every file vmdesk writes goes through these, so that a full disk never costs the previous
// version of a file and is always reported, with the path and the system's reason.

// Writes `data` to `path` through QSaveFile: the old file stays whole until the new one is
// complete. Returns an error message naming the path, or an empty string on success.
QString saveAtomically(const QString& path, const QByteArray& data);
// The same on a worker thread.
QFuture<QString> writeFileAtomically(const QString& path, const QByteArray& data);

// Writes all of `data`; false when the device refused part of it. A short write is retried until
// the system says why it refuses, so that the error string is "No space left on device" rather
// than Qt's "Unknown error" for a partial write.
bool writeAll(QFileDevice& file, QByteArrayView data);
// "cannot write <path>: <reason>", the reason in the system's words.
QString writeErrorMessage(const QFileDevice& file);

// Writes the settings' changes now. QSettings keeps the previous file when it cannot write the new
// one, but says only "AccessError": this says why, with the path, and logs it. Empty on success.
QString syncSettings(QSettings& settings);
