// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "kvp/hypervkvp.h"

// A Hyper-V host's VMs: name, state and GUID. A new listing is merged by GUID (rows that are gone
// removed, the others changed in place, new ones appended), never a reset, so that the selected VM
// stays selected when the list is read again. Sort with SortRole through a proxy.
class HypervVmModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, IdColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the VM's GUID, in every column
        SortRole, // names without case, states by their text, GUIDs as text
    };

    explicit HypervVmModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVms(const QList<HypervVm>& vms);
    void clear() { setVms({}); }
    HypervVm vm(int row) const { return m_vms.value(row); }
    // The row of the VM with this GUID (compared without case), or -1.
    int rowOf(const QString& id) const;

private:
    QList<HypervVm> m_vms;
};
