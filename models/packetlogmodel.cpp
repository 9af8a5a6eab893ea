// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetlogmodel.h"

#include <QLocale>

#include "vspc/guestregistry.h"

namespace {
QString kindName(PacketLogEntry::Kind kind)
{
    switch (kind) {
    case PacketLogEntry::Kind::Request:
        return PacketLogModel::tr("request");
    case PacketLogEntry::Kind::Response:
        return PacketLogModel::tr("response");
    case PacketLogEntry::Kind::Error:
        return PacketLogModel::tr("error");
    case PacketLogEntry::Kind::Event:
        return PacketLogModel::tr("event");
    }
    return {};
}
} // namespace

PacketLogModel::PacketLogModel(GuestRegistry* registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_capacity(registry->logSize()) // the same bound, so both drop the same oldest entries
{
    connect(registry, &GuestRegistry::packetLogged, this, &PacketLogModel::append);
    connect(registry, &GuestRegistry::guestRemoved, this, [this](quint64 id) {
        if (id == m_guest) {
            setGuest(0);
        }
    });
}

void PacketLogModel::setGuest(quint64 id)
{
    beginResetModel(); // a different guest is a different source
    m_guest = id;
    m_entries = id && m_registry ? m_registry->log(id) : QList<PacketLogEntry>();
    endResetModel();
}

void PacketLogModel::append(quint64 id, const PacketLogEntry& entry)
{
    if (id != m_guest || m_guest == 0) {
        return;
    }
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int PacketLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PacketLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PacketLogEntry& entry = m_entries.at(index.row());
    if (role == PayloadRole) {
        return entry.payload;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return entry.at.time().toString(QStringLiteral("HH:mm:ss.zzz"));
    case KindColumn:
        return kindName(entry.kind);
    case SummaryColumn:
        return entry.summary;
    case BytesColumn:
        return entry.bytes > 0 ? QVariant(entry.bytes) : QVariant();
    case LatencyColumn:
        return entry.latencyMs >= 0 ? tr("%1 ms").arg(entry.latencyMs) : QString();
    default:
        return {};
    }
}

QVariant PacketLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("What");
    case BytesColumn:
        return tr("Bytes");
    case LatencyColumn:
        return tr("Latency");
    default:
        return {};
    }
}
