// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "kvp/kvprecord.h"

// The guest-side pool files of the Linux hv_kvp_daemon (/var/lib/hyperv/.kvp_pool_N), read and written the way the
// daemon does, under its fcntl lock.
namespace KvpPool {
inline constexpr int keyFieldSize = 512, valueFieldSize = 2048, recordSize = 2560, poolCount = 5;
inline constexpr int hostKeyLimit = 254, hostValueLimit = 1022; // UTF-8 bytes the host reads back untruncated
struct Contents
{
    QList<KvpRecord> records;
    qint64 trailingBytes = 0; // a partial record at the end, not read
    QString error;
    friend bool operator==(const Contents&, const Contents&) = default;
};
QString defaultDirectory(); // "/var/lib/hyperv"
QString path(const QString& directory, int pool); // <dir>/.kvp_pool_<pool>
Contents parse(const QByteArray& bytes); // pure: records back to back, each field to its first NUL
QByteArray serialize(const QList<KvpRecord>& records); // fields NUL-padded (zeros after the NUL)
// Empty when the pair can be written; else a clear message. Always: key non-empty, no NUL in either, key < 512 and
// value < 2048 bytes (room for the NUL). With hostLimits: key <= 254 and value <= 1022 UTF-8 bytes, valid UTF-8.
QString checkLimits(const QByteArray& key, const QByteArray& value, bool hostLimits = true);
// Under a whole-file fcntl write lock exactly as hv_kvp_daemon takes it (struct flock F_WRLCK, whole file; OFD locks
// F_OFD_SETLKW so that closing another fd in the process does not drop it), waiting at most timeoutMs for a holder
// (a non-blocking retry loop with a short sleep, since F_SETLKW cannot time out), held only while reading/writing.
Contents read(const QString& path, int timeoutMs = 5000);
// set: the key's value replaced in place (record position kept) or a record appended; the whole file rewritten under
// the lock, as the daemon does (truncate + write), and read back under the same lock to check. remove: later records
// shift up (order kept, as the daemon's kvp_key_delete does). Key match is exact and case-sensitive, like the daemon.
// Return an error message or empty. `found` (remove) says whether the key was there.
QString set(
    const QString& path, const QByteArray& key, const QByteArray& value, bool hostLimits = true, int timeoutMs = 5000);
QString remove(const QString& path, const QByteArray& key, bool* found = nullptr, int timeoutMs = 5000);
} // namespace KvpPool

Q_DECLARE_METATYPE(KvpPool::Contents)
