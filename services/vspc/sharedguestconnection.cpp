// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedguestconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "cloudinit/postgresschema.h"
#include "core/logging.h"

using namespace Qt::StringLiterals;
using PostgresSchema::messageOf;
using PostgresSchema::textOrNull;

namespace {
// A version table of our own rather than version 2 of vmdesk_schema_version: PostgresConnection
// refuses a store whose version is newer than it knows, and the document tables do not depend on
// these. migrations[n] brings the schema from version n to n + 1. Never edit one that has shipped.
const QList<QStringList> migrations {
    {
        u"CREATE TABLE vmdesk_instances (instance uuid PRIMARY KEY, address text, "
        "started timestamptz NOT NULL DEFAULT now(), heartbeat timestamptz NOT NULL DEFAULT now())"_s,
        u"CREATE TABLE vmdesk_guests (instance uuid REFERENCES vmdesk_instances ON DELETE CASCADE, "
        "guest_id bigint, vm_name text, vc_uuid text, bios_uuid text, peer text, since timestamptz, "
        "requests bigint, errors bigint, last_request text, last_request_at timestamptz, "
        "PRIMARY KEY (instance, guest_id))"_s,
    },
    {
        // No foreign key to the source instance: a vMotion must complete on its target even when
        // the server that began it was killed meanwhile. Rows expire by age instead.
        u"CREATE TABLE vmdesk_vmotions (sequence bytea NOT NULL, secret bytea NOT NULL, "
        "source_instance uuid NOT NULL, source_guest bigint NOT NULL, vm_name text, vc_uuid text, bios_uuid text, "
        "port_uri text, target_instance uuid, target_guest bigint, began timestamptz NOT NULL DEFAULT now(), "
        "PRIMARY KEY (sequence, secret))"_s,
        u"CREATE INDEX vmdesk_vmotions_source ON vmdesk_vmotions (source_instance, source_guest)"_s,
    },
};

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}
} // namespace

SharedGuestConnection::SharedGuestConnection(const MetadataStore& store, const QString& password,
    const QString& connectionName, const QUuid& instance, const QString& address, const Timing& timing)
    : m_store(store)
    , m_password(password)
    , m_name(connectionName)
    , m_instance(instance)
    , m_address(address)
    , m_timing(timing)
    , m_heartbeat(this)
    , m_retry(this)
    , m_retryMs(timing.firstRetryMs)
    , m_statements(connectionName)
    , m_vmotions(m_statements, instance, address)
{
    static_assert(schemaVersion == 2, "add the new version's statements to migrations");
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SharedGuestConnection::open);
    m_heartbeat.setInterval(m_timing.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &SharedGuestConnection::beat);
}

SharedGuestConnection::~SharedGuestConnection()
{
    m_statements.clear();
    PostgresSchema::removeConnection(m_name);
}

void SharedGuestConnection::start()
{
    if (const QString missing = PostgresSchema::addConnection(
            m_name, m_store, m_password, u"vmdesk-guests"_s, m_timing.connectTimeoutSeconds);
        !missing.isEmpty()) {
        m_up = false;
        Q_EMIT stateChanged(false, missing);
        return;
    }
    connect(QSqlDatabase::database(m_name, false).driver(), &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (name != QLatin1StringView(SharedVMotionTable::channel)) {
                return;
            }
            const std::optional<SharedVMotionTable::Move> move = SharedVMotionTable::parseMove(payload.toString());
            if (move && move->source == m_instance && move->target != m_instance) {
                Q_EMIT guestMovedAway(move->guest, move->targetAddress);
            }
        });
    open();
}

void SharedGuestConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QString error;
    bool created = false;
    if (!db.open()) {
        error = messageOf(db.lastError());
    } else if (error = migrate(&created); error.isEmpty()) {
        error = registerInstance();
        if (error.isEmpty()
            && !db.driver()->subscribeToNotification(QString::fromLatin1(SharedVMotionTable::channel))) {
            error = tr("cannot listen for vMotions: %1").arg(messageOf(db.driver()->lastError()));
        }
    }
    if (!error.isEmpty()) {
        const bool wasUp = m_up.value_or(true);
        goDown(error);
        if (!wasUp) {
            // Said once when it went down; each failed retry only at debug level.
            qCDebug(lcVspc).noquote() << tr("guest registry: cannot connect to %1: %2").arg(m_store.display(), error);
        }
        return;
    }
    m_up = true;
    m_retryMs = m_timing.firstRetryMs;
    m_heartbeat.start();
    Q_EMIT stateChanged(true,
        tr("registered in %1 as instance %2%3")
            .arg(m_store.display(), m_instance.toString(QUuid::WithoutBraces),
                created ? tr(" (created the guest tables)") : QString()));
    for (const quint64 id : m_rows.keys()) {
        Q_EMIT published(id);
    }
}

QString SharedGuestConnection::migrate(bool* created)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    return PostgresSchema::migrate(db, u"vmdesk_guest_schema_version"_s, migrations, tr("the guest tables"), created);
}

// Registers (or re-registers) this instance and replaces its guest rows with what we know now:
// rows removed while we were away must not stay behind.
QString SharedGuestConnection::registerInstance()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.transaction()) {
        return messageOf(db.lastError());
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO vmdesk_instances (instance, address, started, heartbeat) "
                  "VALUES (CAST(? AS uuid), ?, now(), now()) "
                  "ON CONFLICT (instance) DO UPDATE SET address = excluded.address, heartbeat = now()"_s);
    query.addBindValue(m_instance.toString(QUuid::WithoutBraces));
    query.addBindValue(textOrNull(m_address));
    bool ok = query.exec();
    if (ok) {
        query.prepare(u"DELETE FROM vmdesk_guests WHERE instance = CAST(? AS uuid)"_s);
        query.addBindValue(m_instance.toString(QUuid::WithoutBraces));
        ok = query.exec();
    }
    if (!ok) {
        const QString error = messageOf(query.lastError());
        db.rollback();
        return error;
    }
    for (const Row& row : std::as_const(m_rows)) {
        if (QString error; !write(row, &error)) {
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        return messageOf(db.lastError());
    }
    return {};
}

bool SharedGuestConnection::write(const Row& row, QString* error)
{
    const auto query = m_statements(
        u"INSERT INTO vmdesk_guests (instance, guest_id, vm_name, vc_uuid, bios_uuid, peer, since, requests, errors, "
        "last_request, last_request_at) VALUES (CAST(? AS uuid), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (instance, guest_id) DO UPDATE SET vm_name = excluded.vm_name, vc_uuid = excluded.vc_uuid, "
        "bios_uuid = excluded.bios_uuid, peer = excluded.peer, since = excluded.since, requests = excluded.requests, "
        "errors = excluded.errors, last_request = excluded.last_request, last_request_at = excluded.last_request_at"_s);
    for (const QVariant& value : { QVariant(m_instance.toString(QUuid::WithoutBraces)),
             QVariant(static_cast<qint64>(row.guestId)), textOrNull(row.vmName), textOrNull(row.vcUuid),
             textOrNull(row.biosUuid), textOrNull(row.peer), timeOrNull(row.since), QVariant(row.requests),
             QVariant(row.errors), textOrNull(row.lastRequest), timeOrNull(row.lastRequestAt) }) {
        query->addBindValue(value);
    }
    if (query->exec()) {
        return true;
    }
    *error = messageOf(query->lastError());
    return false;
}

void SharedGuestConnection::publish(const Row& row)
{
    m_rows.insert(row.guestId, row);
    if (!up()) {
        return; // published again on reconnecting
    }
    if (QString error; !write(row, &error)) {
        // Either the server is gone, or another instance removed ours as stale (the foreign key).
        // Both end the same way: connect again, register, publish everything.
        goDown(error);
        return;
    }
    Q_EMIT published(row.guestId);
}

void SharedGuestConnection::unpublish(quint64 guestId)
{
    m_rows.remove(guestId);
    if (!up()) {
        return; // registerInstance() drops rows we no longer know
    }
    const auto query = m_statements(u"DELETE FROM vmdesk_guests WHERE instance = CAST(? AS uuid) AND guest_id = ?"_s);
    query->addBindValue(m_instance.toString(QUuid::WithoutBraces));
    query->addBindValue(static_cast<qint64>(guestId));
    if (!query->exec()) {
        goDown(messageOf(query->lastError()));
        return;
    }
    Q_EMIT unpublished(guestId);
}

void SharedGuestConnection::beat()
{
    const auto heartbeat
        = m_statements(u"UPDATE vmdesk_instances SET heartbeat = now() WHERE instance = CAST(? AS uuid)"_s);
    heartbeat->addBindValue(m_instance.toString(QUuid::WithoutBraces));
    if (!heartbeat->exec()) {
        goDown(messageOf(heartbeat->lastError()));
        return;
    }
    if (heartbeat->numRowsAffected() == 0) {
        // Another instance took us for dead (we were cut off longer than the timeout): come back.
        qCWarning(lcVspc).noquote() << tr(
            "guest registry: instance %1 had been removed from %2 as stale; registering again")
                                           .arg(m_instance.toString(QUuid::WithoutBraces), m_store.display());
        if (const QString error = registerInstance(); !error.isEmpty()) {
            goDown(error);
            return;
        }
    }
    // Compared with the database's clock only, so that instances' clocks need not agree.
    const auto stale = m_statements(u"DELETE FROM vmdesk_instances WHERE instance <> CAST(? AS uuid) "
                                    "AND heartbeat < now() - make_interval(secs => ?) RETURNING instance"_s);
    stale->addBindValue(m_instance.toString(QUuid::WithoutBraces));
    stale->addBindValue(double(m_timing.instanceTimeoutMs) / 1000.0);
    if (!stale->exec()) {
        goDown(messageOf(stale->lastError()));
        return;
    }
    QList<QUuid> expired;
    while (stale->next()) {
        expired.append(QUuid::fromString(stale->value(0).toString()));
    }
    if (!expired.isEmpty()) {
        Q_EMIT instancesExpired(expired);
    }
    if (const int forgotten = m_vmotions.expire(); forgotten > 0) {
        qCInfo(lcVspc).noquote() << tr("guest registry: forgot %n vMotion(s) that never completed", nullptr, forgotten);
    }
}

void SharedGuestConnection::stop()
{
    m_heartbeat.stop();
    m_retry.stop();
    if (!up()) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(u"DELETE FROM vmdesk_instances WHERE instance = CAST(? AS uuid)"_s);
    query.addBindValue(m_instance.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        qCDebug(lcVspc).noquote() << "guest registry: cannot unregister:" << messageOf(query.lastError());
    }
    m_up = false;
}

void SharedGuestConnection::goDown(const QString& reason)
{
    m_heartbeat.stop();
    m_statements.clear(); // they die with the server session
    QSqlDatabase::database(m_name, false).close();
    const bool wasUp = m_up.value_or(true);
    m_up = false;
    if (wasUp) {
        Q_EMIT stateChanged(false,
            tr("guest registry: %1 is unavailable: %2; keeping guests locally and retrying")
                .arg(m_store.display(), reason));
    }
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
}
