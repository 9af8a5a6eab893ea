// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "vspc/guestinfo.h"

class GuestRegistry;

// The packet log of one guest (the registry keeps it bounded). Appends rows as packets arrive.
class PacketLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, SummaryColumn, BytesColumn, LatencyColumn, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1 };

    explicit PacketLogModel(GuestRegistry* registry, QObject* parent = nullptr);

    void setGuest(quint64 id); // 0: none
    quint64 guest() const { return m_guest; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(quint64 id, const PacketLogEntry& entry);

    QPointer<GuestRegistry> m_registry;
    quint64 m_guest = 0;
    QList<PacketLogEntry> m_entries;
    int m_capacity;
};
