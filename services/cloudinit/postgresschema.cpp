// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "metadatastore.h"

using namespace Qt::StringLiterals;

namespace PostgresSchema {

namespace {
constexpr qint64 migrationLock = 0x766d6465736b; // "vmdesk"

QString tr(const char* text)
{
    return QCoreApplication::translate("PostgresSchema", text);
}
} // namespace

QString messageOf(const QSqlError& error)
{
    if (const QString text = error.databaseText().simplified(); !text.isEmpty()) {
        return text;
    }
    if (const QString text = error.driverText().simplified(); !text.isEmpty()) {
        return text;
    }
    // What QPSQL reports once libpq has seen the server hang up.
    return tr("the server closed the connection");
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString migrate(QSqlDatabase& db, const QString& versionTable, const QList<QStringList>& migrations,
    const QString& what, bool* created)
{
    if (!db.transaction()) {
        return messageOf(db.lastError());
    }
    const int known = int(migrations.size());
    QSqlQuery query(db);
    QString error;
    const auto run = [&](const QString& statement) {
        if (!query.exec(statement)) {
            error = messageOf(query.lastError());
            return false;
        }
        return true;
    };
    int version = 0;
    // Not CREATE TABLE IF NOT EXISTS: its NOTICE would be printed on stderr at every connect.
    if (run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(migrationLock))
        && run(u"SELECT to_regclass('%1') IS NULL"_s.arg(versionTable)) && query.next()
        && (!query.value(0).toBool()
            || run(u"CREATE TABLE %1 (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"_s.arg(
                versionTable)))
        && run(u"SELECT coalesce(max(version), 0) FROM %1"_s.arg(versionTable)) && query.next()) {
        version = query.value(0).toInt();
    }
    if (error.isEmpty() && version > known) {
        error = tr("the schema version of %1 is %2, newer than this vmdesk knows (%3): upgrade vmdesk")
                    .arg(what)
                    .arg(version)
                    .arg(known);
    }
    for (int next = version; error.isEmpty() && next < known; ++next) {
        for (const QString& statement : migrations.at(next)) {
            if (!run(statement)) {
                break;
            }
        }
        if (error.isEmpty()) {
            run(u"INSERT INTO %1 (version) VALUES (%2)"_s.arg(versionTable).arg(next + 1));
        }
    }
    if (!error.isEmpty()) {
        db.rollback();
        return tr("cannot set up %1: %2").arg(what, error);
    }
    if (!db.commit()) {
        return tr("cannot set up %1: %2").arg(what, messageOf(db.lastError()));
    }
    *created = version < known;
    return {};
}

QString addConnection(const QString& name, const MetadataStore& store, const QString& password,
    const QString& applicationName, int connectTimeoutSeconds)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid() || !db.driver()) {
        return QCoreApplication::translate(
            "PostgresSchema", "Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql");
    }
    db.setHostName(store.host());
    db.setPort(store.port());
    db.setDatabaseName(store.database());
    db.setUserName(store.user());
    db.setPassword(password);
    QStringList options { u"connect_timeout=%1"_s.arg(connectTimeoutSeconds),
        u"application_name="_s + applicationName };
    if (!store.sslMode().isEmpty()) {
        options.append(u"sslmode="_s + store.sslMode());
    }
    db.setConnectOptions(options.join(u';'));
    return {};
}

void removeConnection(const QString& name)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

} // namespace PostgresSchema
