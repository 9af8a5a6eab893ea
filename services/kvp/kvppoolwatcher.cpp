// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvppoolwatcher.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

KvpPoolWatcher::KvpPoolWatcher(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<KvpPool::Contents>();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &KvpPoolWatcher::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &KvpPoolWatcher::onDirectoryChanged);
}

void KvpPoolWatcher::setDirectory(const QString& directory)
{
    if (const QStringList watched = m_watcher.files() + m_watcher.directories(); !watched.isEmpty()) {
        m_watcher.removePaths(watched);
    }
    m_directory = directory;
    ++m_generation;
    for (PoolState& state : m_pools) {
        state = PoolState();
    }
    if (!directory.isEmpty()) {
        m_watcher.addPath(directory);
        watchFiles();
    }
    reload();
}

void KvpPoolWatcher::reload()
{
    if (m_directory.isEmpty()) {
        return;
    }
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        schedule(pool, true);
    }
}

// QFileSystemWatcher forgets a file once it is deleted or replaced; the daemon creates missing pools at start.
void KvpPoolWatcher::watchFiles()
{
    const QStringList watched = m_watcher.files();
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        const QString path = KvpPool::path(m_directory, pool);
        if (!watched.contains(path) && QFileInfo::exists(path)) {
            m_watcher.addPath(path);
        }
    }
}

void KvpPoolWatcher::onFileChanged(const QString& path)
{
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        if (path == KvpPool::path(m_directory, pool)) {
            watchFiles();
            schedule(pool, false);
        }
    }
}

// A pool file created, deleted or renamed over: read them all, the unchanged ones are not reported.
void KvpPoolWatcher::onDirectoryChanged()
{
    watchFiles();
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        schedule(pool, false);
    }
}

void KvpPoolWatcher::schedule(int pool, bool forceEmit)
{
    PoolState& state = m_pools[pool];
    state.forceEmit = state.forceEmit || forceEmit;
    if (state.reading) {
        // One read at a time per pool, so results arrive in order; the one after sees the latest change.
        state.again = true;
        return;
    }
    startRead(pool);
}

void KvpPoolWatcher::startRead(int pool)
{
    PoolState& state = m_pools[pool];
    state.reading = true;
    state.again = false;
    const QString path = KvpPool::path(m_directory, pool);
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<KvpPool::Contents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pool, generation] {
        watcher->deleteLater();
        finishRead(pool, generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return KvpPool::read(path); }));
}

void KvpPoolWatcher::finishRead(int pool, quint64 generation, const KvpPool::Contents& contents)
{
    if (generation != m_generation) {
        return; // setDirectory reset the state; its own reads are under way
    }
    PoolState& state = m_pools[pool];
    state.reading = false;
    const bool changed = !state.reported || !(state.last == contents);
    const bool emitNow = state.forceEmit || changed;
    state.forceEmit = false;
    state.reported = true;
    state.last = contents;
    if (state.again) {
        startRead(pool);
    }
    if (emitNow) {
        Q_EMIT poolChanged(pool, contents);
    }
}
