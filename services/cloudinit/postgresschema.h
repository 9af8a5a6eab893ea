// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class MetadataStore;
class QSqlDatabase;
class QSqlError;

// What the PostgreSQL connections (documents, guest registry) share: versioned tables created and
// migrated by the program itself, and errors in words.
namespace PostgresSchema {

// Brings the tables whose version `versionTable` records up to migrations.size(), in one transaction
// under an advisory lock (so that servers starting together do not collide); migrations[n] takes
// version n to n + 1. A store newer than this program knows is refused. Returns why it failed (the
// sentence names `what`, e.g. "the document tables"), or empty; *created when a migration ran.
QString migrate(QSqlDatabase& db, const QString& versionTable, const QList<QStringList>& migrations,
    const QString& what, bool* created);

// Adds the QPSQL connection `name` for `store` (not opened yet): libpq's connect_timeout, the
// application_name that pg_stat_activity shows, and the store's sslmode. Returns why it could not
// (Qt's PostgreSQL driver is missing), or empty. removeConnection() closes and removes it.
QString addConnection(const QString& name, const MetadataStore& store, const QString& password,
    const QString& applicationName, int connectTimeoutSeconds);
void removeConnection(const QString& name);

// The database's or the driver's text, or that the server hung up.
QString messageOf(const QSqlError& error);

// NULL for an empty text, as SQL wants an absent UUID or address.
QVariant textOrNull(const QString& text);

} // namespace PostgresSchema
