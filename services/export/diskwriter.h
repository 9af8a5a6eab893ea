// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QThread>

#include "core/sha256.h"

// Writes one download to its .part file and hashes it (SHA-256) on its own thread, so neither the
// disk nor the hash ever runs on the thread that drives the network. Calls are queued in order.
class DiskWriter : public QObject
{
    Q_OBJECT
public:
    DiskWriter();
    ~DiskWriter() override;

    // Opens `path`; keeps and re-hashes its first `keep` bytes (a resumed download), drops the rest.
    void open(const QString& path, qint64 keep);
    void write(const QByteArray& chunk);
    // Flushes and closes; `done` gets the hex SHA-256 of the whole file, or an error message.
    void finish(std::function<void(const QByteArray& sha256, const QString& error)> done);
    void discard(); // closes without hashing

    // Below this backlog the network side may read more; it keeps memory flat whatever the disk size.
    static constexpr qint64 readThreshold = 8 * 1024 * 1024;
    qint64 bytesInFlight() const { return m_inFlight.load(); }

Q_SIGNALS:
    void drained(); // the backlog fell below the read threshold
    void failed(const QString& message);

private:
    void fail(const QString& message);

    QThread m_thread;
    QObject m_worker; // lives in m_thread; every file operation runs there
    QFile m_file;
    Sha256 m_hash;
    std::atomic<qint64> m_inFlight { 0 };
    bool m_failed = false;
};
