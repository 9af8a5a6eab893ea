// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileSystemWatcher>
#include <QHash>

#include "metadatadriver.h"

// Reads <directory>/<key>.yaml on a worker thread, keeps the parsed result, and forgets it when the
// file changes (QFileSystemWatcher), so files are read once per change, not once per packet.
class FileDriver : public MetadataDriver
{
    Q_OBJECT
public:
    explicit FileDriver(const QString& directory, QObject* parent = nullptr);

    QString directory() const { return m_directory.absolutePath(); }
    QFuture<Lookup> lookup(const QString& key) override;

    // A key is safe as a file name: no path separators, no "..", no control characters.
    static bool isSafeKey(const QString& key);

private:
    void forget(const QString& path);

    QDir m_directory;
    QFileSystemWatcher m_watcher;
    QHash<QString, Lookup> m_cache; // by key
};
