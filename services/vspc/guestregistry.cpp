// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestregistry.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

GuestRegistry::GuestRegistry(int logSize, QObject* parent)
    : QObject(parent)
    , m_logSize(logSize)
{ }

const GuestInfo* GuestRegistry::guest(quint64 id) const
{
    const auto found = m_guests.constFind(id);
    return found == m_guests.cend() ? nullptr : &*found;
}

void GuestRegistry::add(const GuestInfo& info)
{
    m_guests.insert(info.id, info);
    m_order.append(info.id);
    m_connected += info.state != GuestInfo::State::Closed;
    Q_EMIT guestAdded(info.id);
}

void GuestRegistry::update(const GuestInfo& info)
{
    const auto found = m_guests.find(info.id);
    if (found == m_guests.end()) {
        return;
    }
    m_connected += (info.state != GuestInfo::State::Closed) - (found->state != GuestInfo::State::Closed);
    *found = info;
    Q_EMIT guestChanged(info.id);
}

void GuestRegistry::appendLog(quint64 id, const PacketLogEntry& entry)
{
    if (!m_guests.contains(id)) {
        return;
    }
    QList<PacketLogEntry>& log = m_logs[id];
    log.append(entry);
    if (log.size() > m_logSize) {
        log.removeFirst();
    }
    Q_EMIT packetLogged(id, entry);
}

void GuestRegistry::close(quint64 id, int retentionMs)
{
    const auto found = m_guests.find(id);
    if (found == m_guests.end()) {
        return;
    }
    m_connected -= found->state != GuestInfo::State::Closed;
    found->state = GuestInfo::State::Closed;
    found->closedAt = QDateTime::currentDateTime();
    Q_EMIT guestChanged(id);
    m_closed.enqueue(id);
    while (m_closed.size() > maxClosedShown) {
        if (const quint64 oldest = m_closed.dequeue(); guest(oldest) && guest(oldest)->state == GuestInfo::State::Closed) {
            remove(oldest);
        }
    }
    QTimer::singleShot(retentionMs, this, [this, id] {
        // Only if it is still closed: a vMotion may have handed the row to a new connection.
        if (const GuestInfo* guest = this->guest(id); guest && guest->state == GuestInfo::State::Closed) {
            remove(id);
        }
    });
}

void GuestRegistry::remove(quint64 id)
{
    const auto found = m_guests.constFind(id);
    if (found == m_guests.cend()) {
        return;
    }
    m_connected -= found->state != GuestInfo::State::Closed;
    m_guests.erase(found);
    m_logs.remove(id);
    m_order.removeOne(id);
    Q_EMIT guestRemoved(id);
}

QJsonArray GuestRegistry::toJson() const
{
    QJsonArray guests;
    for (const quint64 id : m_order) {
        const GuestInfo& guest = m_guests[id];
        guests.append(QJsonObject {
            { u"id"_s, QString::number(guest.id) },
            { u"vmName"_s, guest.identity.vmName },
            { u"vcUuid"_s, guest.identity.vcUuid },
            { u"biosUuid"_s, guest.identity.biosUuid },
            { u"portUri"_s, guest.identity.portUri },
            { u"peer"_s, guest.peer },
            { u"state"_s, GuestInfo::stateName(guest.state) },
            { u"connectedSince"_s, guest.connectedSince.toString(Qt::ISODateWithMs) },
            { u"requests"_s, guest.requests },
            { u"errors"_s, guest.errors },
            { u"bytesIn"_s, guest.bytesIn },
            { u"bytesOut"_s, guest.bytesOut },
            { u"lastRequest"_s, guest.lastRequest },
            { u"lastRequestAt"_s, guest.lastRequestAt.toString(Qt::ISODateWithMs) },
        });
    }
    return guests;
}
