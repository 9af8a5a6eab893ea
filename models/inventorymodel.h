// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "vsphere/vmsummary.h"

class VCenterConnection;

// The VMs of the connected vCenter as a flat table. Loads when the connection comes up and
// empties when it goes down.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PowerStateColumn,
        GuestColumn,
        HostColumn,
        ClusterColumn,
        DatacenterColumn,
        FolderColumn,
        IpColumn,
        CpuColumn,
        MemoryColumn,
        ProvisionedColumn,
        StorageColumn, // used
        ToolsColumn,
        NotesColumn,
        AttributesColumn,
        UuidColumn, // BIOS
        InstanceUuidColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        ManagedObjectIdRole = Qt::UserRole + 1,
        // The value behind the text, for sorting and export: numbers as numbers (MB, bytes),
        // vim25 names for states, custom attributes as a QVariantMap.
        RawValueRole,
        // On the horizontal header: the column's stable field name ("memoryMB"), for CSV/JSON
        // export and the command line.
        FieldNameRole,
    };
    // Dragged VMs: their names, one per line (the Exports page accepts them).
    static constexpr auto vmNamesMimeType = "application/x-vmdesk-vm-names";

    explicit InventoryModel(VCenterConnection* connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    bool isLoading() const { return m_loading; }
    static QString powerStateText(const QString& state); // "poweredOn" → "Powered on"
    static QString toolsText(const QString& status);
    // "4 GiB", "1.4 GiB": whole units without decimals; empty for nothing.
    static QString sizeText(qint64 bytes);
    // Columns a new user does not see until chosen from the header's menu.
    static bool isHiddenByDefault(int column);
    const VmSummary& vmAt(int row) const { return m_vms.at(row); }
    // The VM with this name, if the inventory has it.
    std::optional<VmSummary> vmNamed(const QString& name) const;
    QString nameOf(const QString& managedObjectId) const;
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    void setLoading(bool loading);
    void replaceRows(const VmSummaryList& vms);
    void updateVm(const VmSummary& vm);
    void removeVm(const ManagedObjectRef& ref);
    void reindex();

    QPointer<VCenterConnection> m_connection;
    VmSummaryList m_vms;
    QHash<QString, int> m_rows; // managed object id → row
    bool m_loading = false;
    quint64 m_generation = 0; // drops results of a load that a newer one superseded
};
