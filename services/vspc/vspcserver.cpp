// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspcserver.h"

#include <QRandomGenerator>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QTcpSocket>

#include "core/logging.h"
#include "core/whendone.h"
#include "guestregistry.h"
#include "sharedguestregistry.h"

namespace {
// A vMotion that has not completed within this time is forgotten (ESXi gives up much sooner).
constexpr qint64 vmotionExpiryMs = 5 * 60 * 1000;
// After a wave of closes, once things are quiet for this long, the heap's free pages go back to
// the system: glibc keeps them otherwise (5,000 idle connections left ~160 MB RSS for 3.6 MB in use).
constexpr int trimQuietMs = 2000;
constexpr int trimAfterClosed = 256;
} // namespace

VspcServer::VspcServer(MetadataDriver* driver, GuestRegistry* registry, QObject* parent)
    : QObject(parent)
    , m_driver(driver)
    , m_registry(registry)
{
    connect(&m_server, &QTcpServer::newConnection, this, &VspcServer::acceptConnections);
    connect(&m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        // Out of file descriptors and the like: say so and keep listening.
        qCWarning(lcVspc).noquote() << "accept failed:" << m_server.errorString();
        Q_EMIT errorOccurred(tr("Accepting a connection failed: %1").arg(m_server.errorString()));
    });
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(trimQuietMs);
    connect(&m_trimTimer, &QTimer::timeout, this, &VspcServer::returnFreedMemory);
    // Closed guests stay listed for a while and hold their packet logs: their memory is freed
    // when the registry lets them go, which is a wave of its own.
    connect(registry, &GuestRegistry::guestRemoved, this, [this] {
        ++m_closedSinceTrim;
        m_trimTimer.start();
    });
}

VspcServer::~VspcServer()
{
    stop();
}

void VspcServer::setConfig(const VspcConfig& config)
{
    m_config = config;
}

bool VspcServer::start()
{
    if (m_server.isListening()) {
        return true;
    }
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    if (!m_server.listen(m_config.address, m_config.port)) {
        const QString message = tr("Cannot listen on %1:%2: %3")
                                    .arg(m_config.address.toString())
                                    .arg(m_config.port)
                                    .arg(m_server.errorString());
        qCWarning(lcVspc).noquote() << message;
        Q_EMIT errorOccurred(message);
        return false;
    }
    qCInfo(lcVspc).noquote() << "listening on"
                             << m_server.serverAddress().toString() + u':' + QString::number(m_server.serverPort());
    Q_EMIT listeningChanged(true);
    return true;
}

void VspcServer::stop()
{
    if (!m_server.isListening() && m_connections.isEmpty()) {
        return;
    }
    const bool wasListening = m_server.isListening();
    m_server.close();
    const QList<GuestConnection*> connections = m_connections;
    for (GuestConnection* connection : connections) {
        connection->close(tr("the server stopped"));
    }
    m_vmotions.clear();
    m_vmotionOf.clear();
    m_claimed.clear();
    if (wasListening) {
        qCInfo(lcVspc) << "stopped listening";
        Q_EMIT listeningChanged(false);
    }
}

void VspcServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= m_config.maxConnections) {
            qCWarning(lcVspc).noquote() << "refusing" << socket->peerAddress().toString() << "- connection limit"
                                        << m_config.maxConnections << "reached";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (!m_config.allows(socket->peerAddress())) {
            // Logged once per 1,000 so that a scan cannot flood the log.
            if (m_refusedSources++ % 1000 == 0) {
                qCWarning(lcVspc).noquote()
                    << "refusing" << socket->peerAddress().toString() << "- not in the allowed networks"
                    << VspcConfig::networksText(m_config.allowedNetworks)
                    << QStringLiteral("(%1 refused so far)").arg(m_refusedSources);
            }
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new GuestConnection(socket, ++m_nextId, m_config, m_driver, this, this);
        m_connections.append(connection);
        m_registry->add(connection->info());
        connect(connection, &GuestConnection::infoChanged, m_registry, &GuestRegistry::update);
        connect(connection, &GuestConnection::logged, m_registry, &GuestRegistry::appendLog);
        connect(connection, &GuestConnection::logged, this, &VspcServer::countPacket);
        connect(connection, &GuestConnection::closed, this, &VspcServer::connectionClosed);
        qCInfo(lcVspc).noquote() << "connection from" << connection->info().peer;
    }
}

void VspcServer::connectionClosed(GuestConnection* connection, bool migrated)
{
    m_connections.removeOne(connection);
    m_requestStarted.remove(connection->info().id);
    forgetVMotionOf(connection);
    m_claimed.remove(connection);
    if (!migrated) {
        m_registry->close(connection->info().id, m_config.closedRetentionMs);
    }
    connection->deleteLater();
    ++m_closedSinceTrim;
    m_trimTimer.start();
}

void VspcServer::countPacket(quint64 id, const PacketLogEntry& entry)
{
    // A connection logs a request when it starts on it and its answer or error when done; the
    // time between is measured here in nanoseconds (the log's milliseconds say 0 on a LAN).
    switch (entry.kind) {
    case PacketLogEntry::Kind::Request:
        m_statistics.recordRequest();
        m_requestStarted[id].start();
        break;
    case PacketLogEntry::Kind::Response:
    case PacketLogEntry::Kind::Error:
        if (entry.kind == PacketLogEntry::Kind::Error) {
            m_statistics.recordError();
        }
        if (const auto started = m_requestStarted.find(id); started != m_requestStarted.end()) {
            m_statistics.recordLatency(started->nsecsElapsed());
            m_requestStarted.erase(started);
        }
        break;
    case PacketLogEntry::Kind::Event:
        break;
    }
}

void VspcServer::returnFreedMemory()
{
    if (m_closedSinceTrim < trimAfterClosed) {
        return;
    }
    m_closedSinceTrim = 0;
    bool released = false;
#ifdef __GLIBC__
    released = malloc_trim(0) == 1;
#endif
    Q_EMIT freedMemoryReturned(released);
}

void VspcServer::setSharedRegistry(SharedGuestRegistry* shared)
{
    m_shared = shared;
    connect(shared, &SharedGuestRegistry::guestMovedAway, this, &VspcServer::dropMovedGuest);
}

void VspcServer::beginVMotion(GuestConnection* source, const QByteArray& sequence, BeginAnswer answer)
{
    // A port has one vMotion in flight: a new BEGIN replaces the last, so a flood of BEGINs costs
    // one entry (a scan of the whole table per BEGIN made 25,000 of them stall the server for 16 s).
    forgetVMotionOf(source);
    QByteArray secret(SharedVMotionTable::secretSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), 1);
    const QByteArray cookie = sequence + secret;
    PendingVMotion pending { source, nullptr, sequence, {} };
    pending.age.start();
    m_vmotions.insert(cookie, pending);
    m_vmotionOf.insert(source, cookie);
    const QString vm = source->info().identity.vmName;
    if (!m_shared) {
        qCInfo(lcVspc).noquote() << "vMotion begins for" << vm << "from" << source->info().peer;
        answer(secret);
        return;
    }
    // GOAHEAD only once the row is committed: the target host may reach another server at once.
    whenDone(m_shared->beginVMotion(sequence, secret, source->info()), this,
        [this, source = QPointer(source), cookie, secret, vm, answer = std::move(answer)](const QString& error) {
            const bool current = source && m_vmotionOf.value(source) == cookie;
            if (!error.isEmpty()) {
                qCWarning(lcVspc).noquote()
                    << tr("vMotion of %1 refused (NOTNOW): the shared registry cannot record it: %2").arg(vm, error);
                if (current) {
                    m_vmotions.remove(m_vmotionOf.take(source));
                }
                answer(std::nullopt);
                return;
            }
            if (!current) {
                return; // the port closed, or a newer BEGIN replaced this one
            }
            qCInfo(lcVspc).noquote() << "vMotion begins for" << vm << "from" << source->info().peer;
            answer(secret);
        });
}

void VspcServer::peerVMotion(GuestConnection* target, const QByteArray& cookie, PeerAnswer answer)
{
    const auto found = m_vmotions.find(cookie);
    if (found != m_vmotions.end() && found->source && !found->age.hasExpired(vmotionExpiryMs)) {
        found->target = target;
        answer(found->sequence);
        return;
    }
    if (m_shared) {
        peerThroughSharedTable(target, cookie, std::move(answer));
        return;
    }
    qCWarning(lcVspc).noquote() << target->info().peer << "presented an unknown vMotion cookie";
    answer(std::nullopt);
}

void VspcServer::peerThroughSharedTable(GuestConnection* target, const QByteArray& cookie, PeerAnswer answer)
{
    const QString peer = target->info().peer;
    whenDone(m_shared->peerVMotion(cookie, target->info().id), this,
        [this, target = QPointer(target), cookie, peer, answer = std::move(answer)](
            const SharedGuestRegistry::VMotionPeer& found) {
            using Outcome = SharedGuestRegistry::VMotionPeer::Outcome;
            switch (found.outcome) {
            case Outcome::Accepted:
                if (target) {
                    m_claimed.insert(target, { cookie, found.sequence, found.guest, found.sourceAddress });
                    qCInfo(lcVspc).noquote() << tr("vMotion of %1 arrives at %2 from the server at %3")
                                                    .arg(found.guest.identity.vmName, peer, found.sourceAddress);
                }
                answer(found.sequence);
                return;
            case Outcome::WrongSecret:
                qCWarning(lcVspc).noquote()
                    << tr("%1 presented a vMotion sequence with the wrong secret; no PEER-OK").arg(peer);
                break;
            case Outcome::Unknown:
                qCWarning(lcVspc).noquote() << tr("%1 presented an unknown vMotion cookie").arg(peer);
                break;
            case Outcome::Unavailable:
                qCWarning(lcVspc).noquote()
                    << tr("%1 presented a vMotion cookie that cannot be checked: %2").arg(peer, found.error);
                break;
            }
            answer(std::nullopt);
        });
}

void VspcServer::completeVMotion(GuestConnection* target, const QByteArray& sequence)
{
    for (auto it = m_vmotions.begin(); it != m_vmotions.end(); ++it) {
        if (it->target == target && it->sequence == sequence && it->source) {
            GuestConnection* source = it->source;
            if (m_shared) {
                m_shared->abortVMotion(it.key()); // done here: only the row goes
            }
            m_vmotions.erase(it);
            m_vmotionOf.remove(source);
            m_registry->remove(target->info().id);
            target->adoptGuest(source);
            qCInfo(lcVspc).noquote() << "vMotion complete for" << target->info().identity.vmName << "now at"
                                     << target->info().peer;
            return;
        }
    }
    if (!completeFromSharedTable(target, sequence)) {
        qCWarning(lcVspc).noquote() << target->info().peer << "completed a vMotion that never began here";
    }
}

bool VspcServer::completeFromSharedTable(GuestConnection* target, const QByteArray& sequence)
{
    const auto claimed = m_claimed.constFind(target);
    if (claimed == m_claimed.cend() || claimed->sequence != sequence || !m_shared) {
        return false;
    }
    const ClaimedVMotion vmotion = *claimed;
    m_claimed.erase(claimed);
    // The VM runs behind this connection now, whatever the database says: serve it at once.
    target->adoptRemoteGuest(vmotion.guest, vmotion.sourceAddress);
    const QString vm = target->info().identity.vmName;
    qCInfo(lcVspc).noquote() << tr("vMotion complete for %1: now at %2, moved from the server at %3")
                                    .arg(vm, target->info().peer, vmotion.sourceAddress);
    whenDone(m_shared->completeVMotion(vmotion.cookie, target->info().id, target->info().peer), this,
        [vm](const QString& error) {
            if (!error.isEmpty()) {
                qCWarning(lcVspc).noquote() << tr("vMotion of %1 is served here, but the shared registry could not "
                                                  "record the move: %2")
                                                   .arg(vm, error);
            }
        });
    return true;
}

void VspcServer::dropMovedGuest(quint64 guestId, const QString& toAddress)
{
    const auto found = std::find_if(m_connections.cbegin(), m_connections.cend(),
        [guestId](const GuestConnection* connection) { return connection->info().id == guestId; });
    if (found == m_connections.cend()) {
        return; // ESXi closed it already
    }
    (*found)->close(tr("vMotion completed on the server at %1").arg(toAddress));
}

void VspcServer::abortVMotion(GuestConnection* source)
{
    forgetVMotionOf(source);
}

void VspcServer::forgetVMotionOf(GuestConnection* source)
{
    if (const QByteArray key = m_vmotionOf.take(source); !key.isEmpty()) {
        m_vmotions.remove(key);
        if (m_shared) {
            m_shared->abortVMotion(key);
        }
    }
}
