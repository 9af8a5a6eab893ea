// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QHash>
#include <QThread>
#include <QTimer>

#include "metadatafilecheck.h"
#include "metadatalistmodel.h"

template <typename T> class QFutureWatcher;

// One row per <key>.yaml in the directory the metadata server serves, with what DocumentValidator
// says about it; plus one row per inventory VM that has no file yet. Every file is read and
// validated on worker threads; the GUI thread only takes finished rows, in batches, so a directory
// of thousands of files never blocks it. Follows the directory (QFileSystemWatcher) row by row.
// Rows, roles and editor marks are MetadataListModel's.
class MetadataFileModel : public MetadataListModel
{
    Q_OBJECT
public:
    // Rows handed to the GUI thread at once while scanning.
    static constexpr int batchSize = 200;
    static constexpr int listingChunk = 250;

    explicit MetadataFileModel(QObject* parent = nullptr);
    ~MetadataFileModel() override;

    // Forgets the rows and editor marks of the previous directory and scans this one; scanFinished()
    // follows.
    void setDirectory(const QString& path);
    QString directory() const { return m_directory; }
    bool isScanning() const { return m_scanning; }

Q_SIGNALS:
    // Every file is listed (as Checking) before any is validated, so the list is there at once.
    void listingFinished(int files, qint64 milliseconds);
    void scanFinished(int files, qint64 milliseconds);

public:
    using Checked = MetadataFileCheck;

protected:
    QString pathOf(const QString& key) const override;
    void recheck(const QString& key) override;
    bool canSyncInventory() const override { return !m_scanning; }

private:
    void listed(const QStringList& keys, qsizetype from = 0);
    void applyBatch(const QList<Checked>& batch);
    void finishScan(int files);
    void directoryChanged();
    void applyListing(const QHash<QString, std::pair<QDateTime, qint64>>& stamps);
    void applyCheck(const Checked& checked, quint64 serial);
    void watchFiles(const QStringList& keys);

    QString m_directory;

    // Adding a watch costs the watcher a look through all it has (a list), so watching thousands of
    // files would stall the GUI thread; the watcher lives on a thread of its own instead.
    QThread m_watcherThread;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_directoryDebounce;
    quint64 m_serial = 0;
    bool m_scanning = false;
    bool m_relistAfterScan = false;
    QElapsedTimer m_scanClock;
    QFuture<QList<Checked>> m_scan;
    QFutureWatcher<QList<Checked>>* m_scanWatcher = nullptr;
};
