// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
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

    // Failed look-ups (no file, invalid YAML) are remembered so that a guest asking again does not
    // cost a file read each time, but only this many and this long: anybody can ask for names.
    static constexpr qsizetype maxRememberedFailures = 1024;
    static constexpr qint64 failureLifetimeMs = 30 * 1000;
    qsizetype rememberedFailures() const { return m_failures.size(); }

private:
    struct Failure
    {
        Lookup lookup;
        QElapsedTimer age;
    };

    void forget(const QString& path);
    void rememberFailure(const QString& key, const Lookup& lookup);

    QDir m_directory;
    QFileSystemWatcher m_watcher;
    QHash<QString, Lookup> m_cache; // documents, by key
    QHash<QString, Failure> m_failures; // by key
};
