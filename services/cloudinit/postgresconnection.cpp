// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "cloudinit/postgresschema.h"
#include "core/logging.h"

using namespace Qt::StringLiterals;
using PostgresSchema::messageOf;
using PostgresSchema::textOrNull;

namespace {
// migrations[n] brings the schema from version n to n + 1. Never edit one that has shipped.
const QList<QStringList> migrations {
    {
        u"CREATE TABLE vmdesk_documents (key text PRIMARY KEY, vc_uuid text, bios_uuid text, yaml text NOT NULL, "
        "updated timestamptz NOT NULL DEFAULT now())"_s,
        // Unique, so that a UUID names one document; NULLs (no UUID given) do not collide.
        u"CREATE UNIQUE INDEX vmdesk_documents_vc_uuid ON vmdesk_documents (vc_uuid)"_s,
        u"CREATE UNIQUE INDEX vmdesk_documents_bios_uuid ON vmdesk_documents (bios_uuid)"_s,
    },
};

} // namespace

PostgresConnection::PostgresConnection(
    const MetadataStore& store, const QString& password, const QString& connectionName, const Timing& timing)
    : m_store(store)
    , m_password(password)
    , m_name(connectionName)
    , m_timing(timing)
    , m_healthCheck(this)
    , m_retry(this)
    , m_retryMs(timing.firstRetryMs)
{
    static_assert(schemaVersion == 1, "add the new version's statements to migrations");
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PostgresConnection::open);
    m_healthCheck.setInterval(m_timing.healthCheckMs);
    connect(&m_healthCheck, &QTimer::timeout, this, &PostgresConnection::stillUp);
}

PostgresConnection::~PostgresConnection()
{
    m_statements.clear();
    PostgresSchema::removeConnection(m_name);
}

void PostgresConnection::start()
{
    if (const QString missing
        = PostgresSchema::addConnection(m_name, m_store, m_password, u"vmdesk"_s, m_timing.connectTimeoutSeconds);
        !missing.isEmpty()) {
        m_up = false;
        m_lastError = missing;
        Q_EMIT stateChanged(false, m_lastError);
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    connect(db.driver(), &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            if (name == QLatin1StringView(channel) && source == QSqlDriver::OtherSource) {
                Q_EMIT changedElsewhere(payload.toString());
            }
        });
    open();
}

void PostgresConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QString error;
    bool created = false;
    if (!db.open()) {
        error = messageOf(db.lastError());
    } else {
        error = migrate(&created);
        if (error.isEmpty() && !db.driver()->subscribeToNotification(QString::fromLatin1(channel))) {
            error = tr("cannot listen for changes: %1").arg(messageOf(db.driver()->lastError()));
        }
    }
    if (!error.isEmpty()) {
        db.close();
        m_lastError = error;
        const QString message = tr("cannot connect to %1: %2; trying again in %3 s")
                                    .arg(m_store.display(), error)
                                    .arg(double(m_retryMs) / 1000.0);
        if (m_up.value_or(true)) {
            m_up = false;
            Q_EMIT stateChanged(false, message);
        } else {
            qCInfo(lcCloudinit).noquote() << message;
        }
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
        return;
    }
    m_up = true;
    m_lastError.clear();
    m_retryMs = m_timing.firstRetryMs;
    m_healthCheck.start();
    Q_EMIT stateChanged(true,
        created
            ? tr("connected to %1 and created its tables (schema version %2)").arg(m_store.display()).arg(schemaVersion)
            : tr("connected to %1 (schema version %2)").arg(m_store.display()).arg(schemaVersion));
}

QString PostgresConnection::migrate(bool* created)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    return PostgresSchema::migrate(db, u"vmdesk_schema_version"_s, migrations, tr("the document tables"), created);
}

bool PostgresConnection::stillUp()
{
    if (!m_up.value_or(false)) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    // QPSQL marks the connection closed itself once libpq has seen the server hang up.
    if (!db.isOpen()) {
        goDown(tr("the server closed the connection"));
        return false;
    }
    QSqlQuery ping(db);
    if (ping.exec(u"SELECT 1"_s)) {
        return true;
    }
    goDown(messageOf(ping.lastError()));
    return false;
}

void PostgresConnection::goDown(const QString& reason)
{
    m_healthCheck.stop();
    m_statements.clear(); // they die with the server session
    QSqlDatabase::database(m_name, false).close();
    m_up = false;
    m_lastError = reason;
    m_retryMs = m_timing.firstRetryMs;
    Q_EMIT stateChanged(false,
        tr("lost the connection to %1: %2; reconnecting in %3 s")
            .arg(m_store.display(), reason)
            .arg(double(m_retryMs) / 1000.0));
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
}

QString PostgresConnection::unavailableMessage() const
{
    return m_lastError.isEmpty() ? tr("the metadata store %1 is not connected yet").arg(m_store.display())
                                 : tr("the metadata store %1 is unavailable: %2").arg(m_store.display(), m_lastError);
}

bool PostgresConnection::exec(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    *error = failureOf(query);
    return false;
}

QString PostgresConnection::failureOf(const QSqlQuery& query)
{
    const QString message = messageOf(query.lastError());
    // A failed statement on a dead connection looks like any other failure: ask the server.
    return stillUp() ? tr("%1: %2").arg(m_store.display(), message) : unavailableMessage();
}

PostgresConnection::Fetched PostgresConnection::find(const QString& key)
{
    if (!m_up.value_or(false)) {
        return { std::nullopt, unavailableMessage(), true };
    }
    const QUuid uuid(key);
    const QVariant asUuid = uuid.isNull() ? textOrNull({}) : QVariant(uuid.toString(QUuid::WithoutBraces));
    // The name wins over a UUID, the VC UUID over the BIOS UUID.
    // The YAML travels as bytes (convert_to): QString conversions would drop a byte order mark.
    const auto query
        = m_statements(u"SELECT key, vc_uuid, bios_uuid, convert_to(yaml, 'UTF8'), updated FROM vmdesk_documents "
                       "WHERE key = ? OR vc_uuid = ? OR bios_uuid = ? "
                       "ORDER BY CASE WHEN key = ? THEN 0 WHEN vc_uuid = ? THEN 1 ELSE 2 END LIMIT 1"_s);
    for (const QVariant& value : { QVariant(key), asUuid, asUuid, QVariant(key), asUuid }) {
        query->addBindValue(value);
    }
    QString error;
    if (!exec(*query, &error)) {
        return { std::nullopt, error, !m_up.value_or(false) };
    }
    if (!query->next()) {
        return { std::nullopt, tr("no document for %1 in %2").arg(key, m_store.display()), false };
    }
    StoredDocument document { query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
        query->value(3).toByteArray(), query->value(4).toDateTime() };
    query->finish();
    return { std::move(document), {}, false };
}

PostgresConnection::Changed PostgresConnection::save(const StoredDocument& document)
{
    if (!m_up.value_or(false)) {
        return { unavailableMessage(), true };
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery query(db);
    // NOTIFY in the same statement: other servers hear of the change exactly when it is committed.
    query.prepare(
        u"WITH saved AS (INSERT INTO vmdesk_documents (key, vc_uuid, bios_uuid, yaml, updated) "
        "VALUES (?, ?, ?, convert_from(?, 'UTF8'), now()) ON CONFLICT (key) DO UPDATE SET vc_uuid = excluded.vc_uuid, "
        "bios_uuid = excluded.bios_uuid, yaml = excluded.yaml, updated = now() RETURNING key) "
        "SELECT pg_notify('vmdesk_documents', key) FROM saved"_s);
    query.addBindValue(document.key);
    query.addBindValue(textOrNull(document.vcUuid));
    query.addBindValue(textOrNull(document.biosUuid));
    query.addBindValue(document.yaml);
    if (query.exec()) {
        return {};
    }
    if (query.lastError().nativeErrorCode() == u"23505"_s) {
        QSqlQuery owner(db);
        owner.prepare(
            u"SELECT key FROM vmdesk_documents WHERE key <> ? AND (vc_uuid IN (?, ?) OR bios_uuid IN (?, ?))"_s);
        owner.addBindValue(document.key);
        for (int i = 0; i < 2; ++i) {
            owner.addBindValue(textOrNull(document.vcUuid));
            owner.addBindValue(textOrNull(document.biosUuid));
        }
        const QString other = owner.exec() && owner.next() ? owner.value(0).toString() : tr("another document");
        return { tr("a UUID of %1 already belongs to %2; a UUID can name one document only").arg(document.key, other) };
    }
    const QString error = failureOf(query);
    return { error, !m_up.value_or(false) };
}

PostgresConnection::Changed PostgresConnection::remove(const QString& key)
{
    if (!m_up.value_or(false)) {
        return { unavailableMessage(), true };
    }
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(u"WITH gone AS (DELETE FROM vmdesk_documents WHERE key = ? RETURNING key) "
                  "SELECT pg_notify('vmdesk_documents', key) FROM gone"_s);
    query.addBindValue(key);
    QString error;
    if (!exec(query, &error)) {
        return { error, !m_up.value_or(false) };
    }
    if (!query.next()) {
        return { tr("no document %1 in %2").arg(key, m_store.display()) };
    }
    return {};
}

PostgresConnection::Keys PostgresConnection::keys()
{
    if (!m_up.value_or(false)) {
        return { {}, unavailableMessage(), true };
    }
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT key FROM vmdesk_documents ORDER BY key"_s);
    QString error;
    if (!exec(query, &error)) {
        return { {}, error, !m_up.value_or(false) };
    }
    Keys keys;
    while (query.next()) {
        keys.keys.append(query.value(0).toString());
    }
    return keys;
}
