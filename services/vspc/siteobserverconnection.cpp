// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteobserverconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "cloudinit/postgresschema.h"
#include "core/logging.h"

using namespace Qt::StringLiterals;
using PostgresSchema::messageOf;

SiteObserverConnection::SiteObserverConnection(
    const MetadataStore& store, const QString& password, const QString& connectionName, const Timing& timing)
    : m_store(store)
    , m_password(password)
    , m_name(connectionName)
    , m_timing(timing)
    , m_poll(this)
    , m_retry(this)
    , m_retryMs(timing.firstRetryMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SiteObserverConnection::open);
    m_poll.setInterval(m_timing.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &SiteObserverConnection::poll);
}

SiteObserverConnection::~SiteObserverConnection()
{
    PostgresSchema::removeConnection(m_name);
}

void SiteObserverConnection::start()
{
    if (const QString missing = PostgresSchema::addConnection(
            m_name, m_store, m_password, u"vmdesk-console"_s, m_timing.connectTimeoutSeconds);
        !missing.isEmpty()) {
        m_up = false;
        Q_EMIT stateChanged(false, missing);
        return;
    }
    open();
}

void SiteObserverConnection::stop()
{
    m_poll.stop();
    m_retry.stop();
    QSqlDatabase::database(m_name, false).close();
    m_up = false;
}

void SiteObserverConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.open()) {
        goDown(messageOf(db.lastError()));
        return;
    }
    // A console only looks: the session refuses any write, whatever a later change might try.
    if (QSqlQuery readOnly(db); !readOnly.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s)) {
        goDown(messageOf(readOnly.lastError()));
        return;
    }
    m_up = true;
    m_retryMs = m_timing.firstRetryMs;
    m_tablesMissing.reset(); // the first snapshot says that it is up, and what it found
    poll();
    if (up()) {
        m_poll.start();
    }
}

void SiteObserverConnection::poll()
{
    if (!up()) {
        return;
    }
    SiteSnapshot snapshot;
    if (QString error; !read(&snapshot, &error)) {
        goDown(error);
        return;
    }
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    if (m_tablesMissing != snapshot.tablesMissing) {
        m_tablesMissing = snapshot.tablesMissing;
        Q_EMIT stateChanged(true,
            snapshot.tablesMissing
                ? tr("no metadata server has registered in %1 yet: start vmdeskctl serve-metadata with --store %1")
                      .arg(m_store.display())
                : tr("watching the site in %1").arg(m_store.display()));
    }
    Q_EMIT snapshotTaken(snapshot);
}

bool SiteObserverConnection::read(SiteSnapshot* snapshot, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&] {
        *error = messageOf(query.lastError());
        db.rollback();
        return false;
    };
    // One snapshot of both tables, so that a guest never names an instance the list lacks.
    if (!db.transaction()) {
        *error = messageOf(db.lastError());
        return false;
    }
    if (!query.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s)) {
        return failed();
    }
    if (!query.exec(u"SELECT to_regclass('vmdesk_instances') IS NULL OR to_regclass('vmdesk_guests') IS NULL"_s)
        || !query.next()) {
        return failed();
    }
    snapshot->tablesMissing = query.value(0).toBool();
    if (snapshot->tablesMissing) {
        db.commit();
        return true;
    }
    // Columns named one by one: a later schema version may add columns and tables we do not know.
    if (!query.exec(
            u"SELECT instance::text, address, started, heartbeat, "
            "EXTRACT(EPOCH FROM now() - heartbeat)::float8 FROM vmdesk_instances ORDER BY started, instance"_s)) {
        return failed();
    }
    while (query.next()) {
        snapshot->instances.append({ QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
            query.value(2).toDateTime(), query.value(3).toDateTime(), query.value(4).toDouble() });
    }
    if (!query.exec(u"SELECT instance::text, guest_id, vm_name, vc_uuid, bios_uuid, peer, since, requests, errors, "
                    "last_request, last_request_at FROM vmdesk_guests ORDER BY instance, guest_id"_s)) {
        return failed();
    }
    while (query.next()) {
        snapshot->guests.append({ QUuid::fromString(query.value(0).toString()), query.value(1).toULongLong(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toDateTime(), query.value(7).toLongLong(), query.value(8).toLongLong(),
            query.value(9).toString(), query.value(10).toDateTime() });
    }
    if (!db.commit()) {
        *error = messageOf(db.lastError());
        return false;
    }
    return true;
}

void SiteObserverConnection::goDown(const QString& reason)
{
    m_poll.stop();
    QSqlDatabase::database(m_name, false).close();
    const bool wasUp = m_up.value_or(true);
    m_up = false;
    const QString message = tr("cannot read the site from %1: %2; trying again in %3 s")
                                .arg(m_store.display(), reason)
                                .arg(double(m_retryMs) / 1000.0);
    if (wasUp) {
        Q_EMIT stateChanged(false, message);
    } else {
        // Said once when it went down; each failed retry only at debug level.
        qCDebug(lcVspc).noquote() << message;
    }
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
}
