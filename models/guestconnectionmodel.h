// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class GuestRegistry;

// One row per guest the metadata server knows (connected, or closed in the last minute). Follows
// the registry row by row: inserts, dataChanged and removes, never a reset.
class GuestConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VmNameColumn,
        StateColumn,
        PeerColumn,
        PortUriColumn,
        ConnectedSinceColumn,
        RequestsColumn,
        LastRequestColumn,
        BytesInColumn,
        BytesOutColumn,
        VcUuidColumn,
        BiosUuidColumn,
        ColumnCount
    };
    enum Role { GuestIdRole = Qt::UserRole + 1, SortRole };

    explicit GuestConnectionModel(GuestRegistry* registry, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    quint64 guestId(int row) const { return m_ids.value(row); }
    int rowOf(quint64 id) const { return static_cast<int>(m_ids.indexOf(id)); }

private:
    QPointer<GuestRegistry> m_registry;
    QList<quint64> m_ids;
};
