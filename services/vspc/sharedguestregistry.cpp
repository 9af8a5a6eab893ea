// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedguestregistry.h"

#include <atomic>

#include "core/logging.h"
#include "core/promises.h"
#include "guestregistry.h"

using namespace Qt::StringLiterals;

namespace {
// Several registries may live in one process (tests): each needs its own connection name.
QString uniqueConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"vmdesk-guests-%1"_s.arg(++counter);
}

// Guests still negotiating are left out: a port scan would otherwise write a row per probe.
bool isShared(const GuestInfo& guest)
{
    return guest.state != GuestInfo::State::Negotiating && guest.state != GuestInfo::State::Closed;
}

SharedGuestConnection::Row rowOf(const GuestInfo& guest)
{
    return { guest.id, guest.identity.vmName, guest.identity.vcUuid, guest.identity.biosUuid, guest.peer,
        guest.connectedSince, guest.requests, guest.errors, guest.lastRequest, guest.lastRequestAt };
}
} // namespace

SharedGuestRegistry::SharedGuestRegistry(GuestRegistry* local, const MetadataStore& store, const QString& password,
    const QString& instanceAddress, QObject* parent, const Timing& timing)
    : QObject(parent)
    , m_local(local)
    , m_store(store)
    , m_instance(QUuid::createUuid())
    , m_timing(timing)
    , m_flush(this)
{
    Q_ASSERT(store.kind() == MetadataStore::Kind::Postgres);
    m_clock.start();
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &SharedGuestRegistry::flush);
    m_thread.setObjectName(u"guest registry"_s);
    m_connection
        = new SharedGuestConnection(store, password, uniqueConnectionName(), m_instance, instanceAddress, timing);
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    connect(m_connection, &SharedGuestConnection::stateChanged, this, [this](bool up, const QString& message) {
        m_up = up;
        if (up) {
            qCInfo(lcVspc).noquote() << message;
        } else {
            qCWarning(lcVspc).noquote() << message;
        }
        Q_EMIT connectionChanged(up, message);
    });
    connect(m_connection, &SharedGuestConnection::published, this, &SharedGuestRegistry::guestPublished);
    connect(m_connection, &SharedGuestConnection::unpublished, this, &SharedGuestRegistry::guestUnpublished);
    connect(m_connection, &SharedGuestConnection::instancesExpired, this, [this](const QList<QUuid>& instances) {
        for (const QUuid& instance : instances) {
            qCInfo(lcVspc).noquote() << tr("guest registry: removed instance %1 and its guests from %2 (no heartbeat "
                                           "for %3 s)")
                                            .arg(instance.toString(QUuid::WithoutBraces), m_store.display())
                                            .arg(double(m_timing.instanceTimeoutMs) / 1000.0);
        }
        Q_EMIT instancesRemoved(instances);
    });
    connect(m_connection, &SharedGuestConnection::guestMovedAway, this, &SharedGuestRegistry::guestMovedAway);
    connect(local, &GuestRegistry::guestAdded, this, &SharedGuestRegistry::send);
    connect(local, &GuestRegistry::guestChanged, this, &SharedGuestRegistry::onChanged);
    connect(local, &GuestRegistry::guestRemoved, this, &SharedGuestRegistry::onRemoved);
    m_thread.start();
    QMetaObject::invokeMethod(m_connection, &SharedGuestConnection::start);
    for (const quint64 id : local->ids()) {
        send(id);
    }
}

SharedGuestRegistry::~SharedGuestRegistry()
{
    // Blocking: the process may exit right after, and others should not wait for the timeout.
    QMetaObject::invokeMethod(m_connection, &SharedGuestConnection::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SharedGuestRegistry::onChanged(quint64 id)
{
    if (m_due.contains(id)) {
        return; // already scheduled; it will write what the guest is then
    }
    const auto last = m_lastSent.constFind(id);
    const qint64 now = m_clock.elapsed();
    if (last == m_lastSent.cend() || now - *last >= m_timing.coalesceMs) {
        send(id);
        return;
    }
    m_due.insert(id, *last + m_timing.coalesceMs);
    if (!m_flush.isActive() || m_flush.remainingTime() > *last + m_timing.coalesceMs - now) {
        m_flush.start(int(*last + m_timing.coalesceMs - now));
    }
}

void SharedGuestRegistry::onRemoved(quint64 id)
{
    m_due.remove(id);
    if (m_lastSent.remove(id)) {
        QMetaObject::invokeMethod(m_connection, [connection = m_connection, id] { connection->unpublish(id); });
    }
}

void SharedGuestRegistry::send(quint64 id)
{
    m_due.remove(id);
    const GuestInfo* guest = m_local->guest(id);
    if (!guest || !isShared(*guest)) {
        onRemoved(id);
        return;
    }
    m_lastSent.insert(id, m_clock.elapsed());
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, row = rowOf(*guest)] { connection->publish(row); });
}

void SharedGuestRegistry::flush()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    for (const auto& [id, due] : m_due.asKeyValueRange()) {
        if (due > now && (next < 0 || due < next)) {
            next = due;
        }
    }
    const QList<quint64> ready = [&] {
        QList<quint64> ids;
        for (const auto& [id, due] : m_due.asKeyValueRange()) {
            if (due <= now) {
                ids.append(id);
            }
        }
        return ids;
    }();
    for (const quint64 id : ready) {
        send(id);
    }
    if (next >= 0) {
        m_flush.start(int(next - now));
    }
}

template <typename T, typename Work> QFuture<T> SharedGuestRegistry::onWorker(Work work)
{
    auto promise = startedPromise<T>();
    QMetaObject::invokeMethod(m_connection, [promise, work = std::move(work), connection = m_connection] {
        promise->addResult(work(connection->vmotions()));
        promise->finish();
    });
    return promise->future();
}

QFuture<QString> SharedGuestRegistry::beginVMotion(
    const QByteArray& sequence, const QByteArray& secret, const GuestInfo& source)
{
    return onWorker<QString>(
        [sequence, secret, source](SharedVMotionTable& table) { return table.begin(sequence, secret, source); });
}

QFuture<SharedGuestRegistry::VMotionPeer> SharedGuestRegistry::peerVMotion(
    const QByteArray& cookie, quint64 targetGuest)
{
    return onWorker<VMotionPeer>(
        [cookie, targetGuest](SharedVMotionTable& table) { return table.peer(cookie, targetGuest); });
}

QFuture<QString> SharedGuestRegistry::completeVMotion(
    const QByteArray& cookie, quint64 targetGuest, const QString& targetPeer)
{
    return onWorker<QString>([cookie, targetGuest, targetPeer](SharedVMotionTable& table) {
        return table.complete(cookie, targetGuest, targetPeer);
    });
}

void SharedGuestRegistry::abortVMotion(const QByteArray& cookie)
{
    QMetaObject::invokeMethod(
        m_connection, [cookie, connection = m_connection] { connection->vmotions().abort(cookie); });
}
