// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QThread>
#include <QTimer>

#include "cloudinit/finding.h"
#include "metadatafilecheck.h"

template <typename T> class QFutureWatcher;

// One row per <key>.yaml in the directory the metadata server serves, with what DocumentValidator
// says about it; plus one row per inventory VM that has no file yet. Every file is read and
// validated on worker threads; the GUI thread only takes finished rows, in batches, so a directory
// of thousands of files never blocks it. Follows the directory (QFileSystemWatcher) row by row.
class MetadataFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, StatusColumn, FindingsColumn, HostnameColumn, ModifiedColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        StatusRole, // Status
        FindingsRole, // QList<Finding>: the editor's unsaved text's while it pushes them, else the file's
        PathRole, // the file's absolute path, also for a VM whose file does not exist yet
        NeedsCreateRole, // bool: an inventory VM without a file
        ErrorCountRole,
        WarningCountRole,
        SortRole, // the column's value to sort by: severity for the status, time for Modified
    };
    enum class Status {
        Valid,
        Warnings,
        Errors,
        ChangedOnDisk, // the file is no longer what the editor opened or saved
        Missing, // an inventory VM without a file
        Checking, // not validated yet
    };
    Q_ENUM(Status)

    // Rows handed to the GUI thread at once while scanning.
    static constexpr int batchSize = 200;
    static constexpr int listingChunk = 250;

    explicit MetadataFileModel(QObject* parent = nullptr);
    ~MetadataFileModel() override;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Forgets the rows and editor marks of the previous directory and scans this one; scanFinished()
    // follows.
    void setDirectory(const QString& path);
    QString directory() const { return m_directory; }
    bool isScanning() const { return m_scanning; }

    // The VMs vCenter lists. Those without a file get a Missing row. A name that cannot be a file
    // name (FileDriver::isSafeKey) gets none: the metadata server would refuse it as a key anyway.
    void setInventoryVms(const QStringList& names);
    QStringList unsafeInventoryVms() const { return m_unsafeInventory; }

    // The editor's view of a file, as hashOf() its bytes when it opened or last saved it. While
    // one is set, a file whose bytes differ is ChangedOnDisk.
    void markOpened(const QString& key, const QByteArray& savedBytesHash);
    // Also drops the findings revalidate() pushed: the file holds that text now.
    void markSaved(const QString& key, const QByteArray& savedBytesHash);
    // The editor let go of the file: back to the file's own status.
    void markClosed(const QString& key);
    // The editor's unsaved text; its findings replace the file's until markSaved or markClosed.
    // Keys without a row are ignored.
    void revalidate(const QString& key, const QByteArray& text);

    static QByteArray hashOf(const QByteArray& bytes); // SHA-256
    static int severity(Status status); // higher is worse, for sorting
    static QString statusName(Status status);

    int rowOf(const QString& key) const { return m_rowOfKey.value(key, -1); }
    QString keyAt(int row) const { return m_rows.value(row).key; }

Q_SIGNALS:
    // Every file is listed (as Checking) before any is validated, so the list is there at once.
    void listingFinished(int files, qint64 milliseconds);
    void scanFinished(int files, qint64 milliseconds);

public:
    using Checked = MetadataFileCheck;

private:
    struct EditorState
    {
        QByteArray savedHash;
        std::optional<QList<Finding>> findings; // of the unsaved text
        QString hostname;
        quint64 serial = 0;
    };
    struct Row
    {
        QString key;
        bool onDisk = false;
        bool validated = false;
        QList<Finding> findings; // the file's
        QString hostname;
        QDateTime modified;
        qint64 size = -1;
        QByteArray sha256;
        quint64 serial = 0; // the latest file check asked for; older answers are dropped

        static Row from(const Checked& c, quint64 serial)
        {
            return { c.key, true, true, c.findings, c.hostname, c.modified, c.size, c.sha256, serial };
        }
    };

    Status statusOf(const Row& row) const;
    const QList<Finding>& findingsOf(const Row& row) const;
    QString pathOf(const QString& key) const;
    QIcon iconFor(Status status) const;
    void emitRowChanged(int row);

    void listed(const QStringList& keys, qsizetype from = 0);
    void applyBatch(const QList<Checked>& batch);
    void finishScan(int files);
    void directoryChanged();
    void applyListing(const QHash<QString, std::pair<QDateTime, qint64>>& stamps);
    void recheck(const QString& key);
    void applyCheck(const Checked& checked, quint64 serial);
    void fileGone(int row);
    void syncInventory();
    void removeRowsAt(QList<int> rows);
    void watchFiles(const QStringList& keys);
    void appendRows(const QList<Row>& rows);

    QString m_directory;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, EditorState> m_editor;
    QSet<QString> m_inventory;
    QStringList m_unsafeInventory;

    // Adding a watch costs the watcher a look through all it has (a list), so watching thousands of
    // files would stall the GUI thread; the watcher lives on a thread of its own instead.
    QThread m_watcherThread;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_directoryDebounce;
    quint64 m_generation = 0; // bumped by setDirectory: answers about an older directory are dropped
    quint64 m_serial = 0;
    bool m_scanning = false;
    bool m_relistAfterScan = false;
    QElapsedTimer m_scanClock;
    QFuture<QList<Checked>> m_scan;
    QFutureWatcher<QList<Checked>>* m_scanWatcher = nullptr;
    mutable QHash<int, QIcon> m_icons; // by Status
};
