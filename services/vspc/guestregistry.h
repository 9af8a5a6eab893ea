// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QQueue>

#include "guestinfo.h"

// The connected guests and their packet logs, as the metadata server reports them. Models and
// the CLI's status output read this; only VspcServer writes it.
class GuestRegistry : public QObject
{
    Q_OBJECT
public:
    explicit GuestRegistry(int logSize = 200, QObject* parent = nullptr);

    const QList<quint64>& ids() const { return m_order; }
    const GuestInfo* guest(quint64 id) const;
    QList<PacketLogEntry> log(quint64 id) const { return m_logs.value(id); }
    int connectedCount() const { return m_connected; }
    int logSize() const { return m_logSize; }
    QJsonArray toJson() const;

    void add(const GuestInfo& info);
    void update(const GuestInfo& info);
    void appendLog(quint64 id, const PacketLogEntry& entry);
    // Keeps a closed guest visible for `retentionMs`, then removes it; of many closed at once
    // (a flood of connections) only the last `maxClosedShown` stay.
    void close(quint64 id, int retentionMs);
    static constexpr int maxClosedShown = 1000;
    void remove(quint64 id);

Q_SIGNALS:
    void guestAdded(quint64 id);
    void guestChanged(quint64 id);
    void guestRemoved(quint64 id);
    void packetLogged(quint64 id, const PacketLogEntry& entry);

private:
    int m_logSize;
    QList<quint64> m_order;
    QHash<quint64, GuestInfo> m_guests;
    QHash<quint64, QList<PacketLogEntry>> m_logs;
    int m_connected = 0; // kept, not counted: the status bar asks on every guest event
    QQueue<quint64> m_closed; // oldest first; may hold ids removed since
};
