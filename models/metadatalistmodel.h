// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>

#include "cloudinit/finding.h"
#include "metadatafilecheck.h"

// What the folder's model and the database's model share: the rows of metadata documents (plus
// one per inventory VM without a document), how a row reads, and the editor's marks on it. Each
// subclass only says how it learns its rows and where a key's document lives, so the Metadata page,
// its filter and its tests see one shape whichever store is behind it.
class MetadataListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, StatusColumn, FindingsColumn, HostnameColumn, ModifiedColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        StatusRole, // Status
        FindingsRole, // QList<Finding>: the editor's unsaved text's while it pushes them, else the document's
        PathRole, // where the document lives, also for a VM whose document does not exist yet
        NeedsCreateRole, // bool: an inventory VM without a document
        ErrorCountRole,
        WarningCountRole,
        SortRole, // the column's value to sort by: severity for the status, time for Modified
    };
    enum class Status {
        Valid,
        Warnings,
        Errors,
        ChangedOnDisk, // the document is no longer what the editor opened or saved
        Missing, // an inventory VM without a document
        Checking, // not validated yet
    };
    Q_ENUM(Status)

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The VMs vCenter lists. Those without a document get a Missing row. A name that cannot be a
    // key (FileDriver::isSafeKey) gets none: the metadata server would refuse it anyway.
    void setInventoryVms(const QStringList& names);
    QStringList unsafeInventoryVms() const { return m_unsafeInventory; }

    // The editor's view of a document, as hashOf() its bytes when it opened or last saved it. While
    // one is set, a document whose bytes differ is ChangedOnDisk.
    void markOpened(const QString& key, const QByteArray& savedBytesHash);
    // Also drops the findings revalidate() pushed: the store holds that text now.
    void markSaved(const QString& key, const QByteArray& savedBytesHash);
    // The editor let go of the document: back to the document's own status.
    void markClosed(const QString& key);
    // The editor's unsaved text; its findings replace the document's until markSaved or markClosed.
    // Keys without a row are ignored.
    void revalidate(const QString& key, const QByteArray& text);

    static QByteArray hashOf(const QByteArray& bytes); // SHA-256
    static int severity(Status status); // higher is worse, for sorting
    static QString statusName(Status status);

    int rowOf(const QString& key) const { return m_rowOfKey.value(key, -1); }
    QString keyAt(int row) const { return m_rows.value(row).key; }

protected:
    explicit MetadataListModel(QObject* parent = nullptr);

    struct Row
    {
        QString key;
        bool present = false; // the store has a document; false for an inventory VM without one
        bool validated = false;
        QList<Finding> findings {}; // the stored document's
        QString hostname {};
        QDateTime modified {};
        qint64 size = -1;
        QByteArray sha256 {};
        quint64 serial = 0; // the latest check asked for; older answers are dropped

        static Row from(const MetadataFileCheck& c, quint64 serial)
        {
            return { c.key, true, true, c.findings, c.hostname, c.modified, c.size, c.sha256, serial };
        }
    };

    // Where the key's document lives, for PathRole and the key's tooltip.
    virtual QString pathOf(const QString& key) const = 0;
    // Reads and validates the key's stored document again.
    virtual void recheck(const QString& key) = 0;
    // False while the rows are incomplete (a scan under way): inventory rows wait for them.
    virtual bool canSyncInventory() const { return true; }

    void emitRowChanged(int row);
    void appendRows(const QList<Row>& rows);
    // Replaces the key's row, or appends it.
    void setRow(const Row& row);
    void removeRowsAt(QList<int> rows);
    // The store no longer has the row's document: an inventory VM gets its Missing row back.
    void documentGone(int row);
    void syncInventory();
    // Forgets every row and editor mark; answers asked for before are dropped.
    void clearRows();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QSet<QString> m_inventory;
    quint64 m_generation = 0; // bumped by clearRows

private:
    struct EditorState
    {
        QByteArray savedHash;
        std::optional<QList<Finding>> findings; // of the unsaved text
        QString hostname;
        quint64 serial = 0;
    };

    Status statusOf(const Row& row) const;
    const QList<Finding>& findingsOf(const Row& row) const;
    QString hostnameOf(const Row& row) const;
    QIcon iconFor(Status status) const;

    QHash<QString, EditorState> m_editor;
    QStringList m_unsafeInventory;
    mutable QHash<int, QIcon> m_icons; // by Status
};
