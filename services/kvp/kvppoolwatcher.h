// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QFileSystemWatcher>
#include <QObject>

#include "kvp/kvppool.h"

// Follows the five pool files of a directory and reports each pool's records when they change. Files are read under
// the daemon's lock on a worker thread (the daemon may hold it), so the GUI thread never waits.
class KvpPoolWatcher : public QObject
{
    Q_OBJECT
public:
    explicit KvpPoolWatcher(QObject* parent = nullptr);

    QString directory() const { return m_directory; }
    // Watches `directory` from now on and reads all five pools (poolChanged for each).
    void setDirectory(const QString& directory);
    // Reads all five pools again; poolChanged for each, changed or not.
    void reload();

Q_SIGNALS:
    // For a change on disk only when the contents differ from what was last reported for the pool.
    void poolChanged(int pool, const KvpPool::Contents& contents);

private:
    struct PoolState
    {
        bool reading = false;
        bool again = false; // a change arrived while reading: read once more after
        bool forceEmit = false;
        bool reported = false;
        KvpPool::Contents last;
    };

    void onFileChanged(const QString& path);
    void onDirectoryChanged();
    void watchFiles();
    void schedule(int pool, bool forceEmit);
    void startRead(int pool);
    void finishRead(int pool, quint64 generation, const KvpPool::Contents& contents);

    QFileSystemWatcher m_watcher;
    QString m_directory;
    quint64 m_generation = 0; // results read for an earlier directory are dropped
    std::array<PoolState, KvpPool::poolCount> m_pools;
};
