// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>

#include "cloudinit/finding.h"
#include "metadatafilemodel.h"

class PostgresDriver;

// The documents of a PostgreSQL metadata store, one row per key, in MetadataFileModel's columns,
// roles and statuses so that the Metadata page shows either store alike; plus one row per inventory
// VM without a document. Reads go through PostgresDriver (its own thread) and validation runs on
// worker threads: nothing here waits for the database. Follows the store through its NOTIFYs
// (documentChanged) row by row, and lists it again when the connection comes back.
class MetadataDatabaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = MetadataFileModel::Column;
    using Role = MetadataFileModel::Role;
    using Status = MetadataFileModel::Status;

    explicit MetadataDatabaseModel(PostgresDriver* driver, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : MetadataFileModel::ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lists the keys again and reads every document; listed() or listingFailed() follows.
    void refresh();
    void setInventoryVms(const QStringList& names);

    // As MetadataFileModel's: the editor's view of a document, by MetadataFileModel::hashOf.
    void markOpened(const QString& key, const QByteArray& savedBytesHash);
    void markSaved(const QString& key, const QByteArray& savedBytesHash);
    void markClosed(const QString& key);
    void revalidate(const QString& key, const QByteArray& text);

    int rowOf(const QString& key) const { return m_rowOfKey.value(key, -1); }
    QString keyAt(int row) const { return m_rows.value(row).key; }
    // False while a document's read or check is outstanding.
    bool isSettled() const { return m_pending.isEmpty() && !m_listing; }

Q_SIGNALS:
    void listed(int documents);
    void listingFailed(const QString& error);
    // Every read and check asked for so far has been answered.
    void settled();

private:
    struct Check
    {
        QString key;
        QList<Finding> findings;
        QString hostname;
        QDateTime updated;
        QByteArray sha256;
    };
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
        bool stored = false;
        std::optional<Check> check; // nothing while checking
    };

    Status statusOf(const Row& row) const;
    const QList<Finding>& findingsOf(const Row& row) const;
    QString hostnameOf(const Row& row) const;
    void recheck(const QString& key);
    void applyCheck(const QString& key, const std::optional<Check>& check, quint64 serial);
    void setRow(const Row& row);
    void dropRow(const QString& key);
    void syncInventory();
    void finished(const QString& key);
    void emitRowChanged(int row);

    PostgresDriver* m_driver;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, EditorState> m_editor;
    QHash<QString, quint64> m_serials; // the latest read asked for per key; older answers are dropped
    QSet<QString> m_pending;
    QSet<QString> m_inventory;
    quint64 m_serial = 0;
    quint64 m_listings = 0;
    bool m_listing = false;
    mutable QHash<int, QIcon> m_icons; // by Status
};
