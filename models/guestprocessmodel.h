// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "vsphere/guestoperations.h"

// The guest's processes as ListProcessesInGuest reports them. A refresh updates rows in place by
// pid (a selection survives it), adds new processes and drops those Tools no longer report.
class GuestProcessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, NameColumn, OwnerColumn, StartedColumn, StateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        PidRole,
        RunningRole,
    };

    explicit GuestProcessModel(QObject* parent = nullptr);

    void setProcesses(const QList<GuestProcessInfo>& processes);
    void clear();
    const QList<GuestProcessInfo>& processes() const { return m_processes; }
    int rowOfPid(qint64 pid) const;

    // "running", or "exit N" once it ended.
    static QString stateText(const GuestProcessInfo& process);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GuestProcessInfo> m_processes;
};
