// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include "guestconnection.h"
#include "requeststatistics.h"
#include "vspcconfig.h"

class GuestRegistry;
class SharedGuestRegistry;

// The vSPC telnet server: accepts ESXi's serial-port connections, applies the limits, owns the
// vMotion table, and reports every guest to a GuestRegistry.
class VspcServer : public QObject, private VMotionBroker
{
    Q_OBJECT
public:
    VspcServer(MetadataDriver* driver, GuestRegistry* registry, QObject* parent = nullptr);
    ~VspcServer() override;

    const VspcConfig& config() const { return m_config; }
    void setConfig(const VspcConfig& config); // takes effect on the next start()
    void setDriver(MetadataDriver* driver) { m_driver = driver; } // likewise
    // With several servers on one PostgreSQL store: vMotions go through the shared table, so that
    // a VM may move to a host that reaches another server, and BEGIN is answered NOTNOW while the
    // database cannot record it.
    void setSharedRegistry(SharedGuestRegistry* shared);

    bool start();
    void stop();
    bool isListening() const { return m_server.isListening(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    int pendingVMotions() const { return static_cast<int>(m_vmotions.size()); }
    // Requests, errors and latencies (request to answer) of every connection so far.
    const RequestStatistics& statistics() const { return m_statistics; }

Q_SIGNALS:
    void listeningChanged(bool listening);
    void errorOccurred(const QString& message);
    // After a wave of closed connections, the heap's free memory went back to the system.
    void freedMemoryReturned(bool released);

private:
    void acceptConnections();
    void connectionClosed(GuestConnection* connection, bool migrated);
    void returnFreedMemory();
    void countPacket(quint64 id, const PacketLogEntry& entry);

    void beginVMotion(GuestConnection* source, const QByteArray& sequence, BeginAnswer answer) override;
    void peerVMotion(GuestConnection* target, const QByteArray& cookie, PeerAnswer answer) override;
    void completeVMotion(GuestConnection* target, const QByteArray& sequence) override;
    void abortVMotion(GuestConnection* source) override;
    void forgetVMotionOf(GuestConnection* source);
    void peerThroughSharedTable(GuestConnection* target, const QByteArray& cookie, PeerAnswer answer);
    bool completeFromSharedTable(GuestConnection* target, const QByteArray& sequence);
    void dropMovedGuest(quint64 guestId, const QString& toAddress);

    struct PendingVMotion
    {
        QPointer<GuestConnection> source;
        QPointer<GuestConnection> target;
        QByteArray sequence;
        QElapsedTimer age;
    };
    // A vMotion begun on another server whose cookie a connection here presented.
    struct ClaimedVMotion
    {
        QByteArray cookie;
        QByteArray sequence;
        GuestInfo guest;
        QString sourceAddress;
    };

    VspcConfig m_config;
    QPointer<MetadataDriver> m_driver;
    GuestRegistry* m_registry;
    QTcpServer m_server;
    QList<GuestConnection*> m_connections;
    QHash<QByteArray, PendingVMotion> m_vmotions; // by sequence+secret
    QHash<GuestConnection*, QByteArray> m_vmotionOf; // a source's one vMotion in flight
    QHash<GuestConnection*, ClaimedVMotion> m_claimed; // by target
    QPointer<SharedGuestRegistry> m_shared;
    quint64 m_nextId = 0;
    int m_closedSinceTrim = 0;
    QTimer m_trimTimer;
    quint64 m_refusedSources = 0;
    RequestStatistics m_statistics;
    QHash<quint64, QElapsedTimer> m_requestStarted; // a connection answers its requests in order
};
