// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "cloudinit/metadatastore.h"
#include "sharedguestconnection.h"

class GuestRegistry;
struct GuestInfo;

// The guests of several metadata servers in one PostgreSQL database, so that any of them (or an
// admin with psql) can see which VM talks to which server. It mirrors a local GuestRegistry into
// vmdesk_guests under this instance's row in vmdesk_instances: a new guest at once, changes at
// most every Timing::coalesceMs per guest, closed and removed guests as deletions. A heartbeat
// keeps the instance alive; every instance removes the others whose heartbeat is older than
// Timing::instanceTimeoutMs, and their guests go with them (ON DELETE CASCADE). SQL runs on a
// thread of its own with its own connection. While the database is down the local registry goes
// on as before; this says so once and publishes everything again when it is back.
class SharedGuestRegistry : public QObject
{
    Q_OBJECT
public:
    using Timing = SharedGuestConnection::Timing;

    // `store` must be a Postgres store; the password is only handed to libpq, never logged.
    // `instanceAddress` is what others see of this instance (e.g. its listening address).
    SharedGuestRegistry(GuestRegistry* local, const MetadataStore& store, const QString& password,
        const QString& instanceAddress, QObject* parent = nullptr, const Timing& timing = {});
    // Removes this instance and its guests from the database (a clean shutdown).
    ~SharedGuestRegistry() override;

    QUuid instanceId() const { return m_instance; }
    bool isConnected() const { return m_up; }

    // The vMotion table every server shares (see SharedVMotionTable). The cookie is the sequence
    // followed by the secret, as ESXi presents it on PEER.
    using VMotionPeer = SharedVMotionTable::Peer;
    QFuture<QString> beginVMotion(const QByteArray& sequence, const QByteArray& secret, const GuestInfo& source);
    QFuture<VMotionPeer> peerVMotion(const QByteArray& cookie, quint64 targetGuest);
    QFuture<QString> completeVMotion(const QByteArray& cookie, quint64 targetGuest, const QString& targetPeer);
    void abortVMotion(const QByteArray& cookie);

Q_SIGNALS:
    void connectionChanged(bool up, const QString& message);
    void guestPublished(quint64 id); // its row was written (again)
    void guestUnpublished(quint64 id); // its row was deleted
    void instancesRemoved(const QList<QUuid>& instances); // stale instances this one removed
    // Another server completed the vMotion of the local guest `guestId`: its connection is stale.
    void guestMovedAway(quint64 guestId, const QString& toAddress);

private:
    void onChanged(quint64 id);
    void onRemoved(quint64 id);
    void send(quint64 id);
    void flush();
    template <typename T, typename Work> QFuture<T> onWorker(Work work);

    GuestRegistry* m_local;
    MetadataStore m_store;
    QUuid m_instance;
    Timing m_timing;
    QThread m_thread;
    SharedGuestConnection* m_connection = nullptr; // lives on m_thread
    bool m_up = false;
    QElapsedTimer m_clock;
    QHash<quint64, qint64> m_lastSent; // by guest id: m_clock time of its last write
    QHash<quint64, qint64> m_due; // guests with changes held back: when to write them
    QTimer m_flush;
};
