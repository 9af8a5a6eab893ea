// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QThread>

#include "metadatadriver.h"
#include "metadatastore.h"
#include "postgresconnection.h"

// Documents in a PostgreSQL database shared by several metadata servers. A document is found by
// its key (the VM name), its VC UUID or its BIOS UUID. SQL runs on a thread of its own with its own
// connection; the tables are created and migrated on connecting. Every change is announced with
// NOTIFY, so each server drops what it cached and says documentChanged, without polling. While the
// database is down, cached documents are still served and the driver reconnects with backoff.
class PostgresDriver : public MetadataDriver
{
    Q_OBJECT
public:
    using StoredDocument = PostgresConnection::StoredDocument;
    using Fetched = PostgresConnection::Fetched;
    using Changed = PostgresConnection::Changed;
    using Keys = PostgresConnection::Keys;
    using Timing = PostgresConnection::Timing;

    // `store` must be a Postgres store. Connects in the background: connectionChanged says when
    // it is up, or why not. The password is only handed to libpq, never shown or logged.
    PostgresDriver(
        const MetadataStore& store, const QString& password, QObject* parent = nullptr, const Timing& timing = {});
    ~PostgresDriver() override;

    MetadataStore store() const { return m_store; }
    bool isConnected() const { return m_up; }

    QFuture<Lookup> lookup(const QString& key) override;
    // The stored text as written, for an editor or `metadata get`; always read from the database.
    QFuture<Fetched> fetch(const QString& key);
    // Creates or replaces the document named `key`. UUIDs are optional and compared case-blind;
    // the YAML must be UTF-8 text (it is kept byte for byte, but PostgreSQL text holds no NUL).
    QFuture<Changed> save(
        const QString& key, const QByteArray& yaml, const QString& vcUuid = {}, const QString& biosUuid = {});
    QFuture<Changed> remove(const QString& key);
    QFuture<Keys> keys();

    // Failed look-ups are remembered until the next change, but only this many: anybody can ask.
    static constexpr qsizetype maxRememberedFailures = 1024;
    qsizetype cachedDocuments() const { return m_cache.size(); }

Q_SIGNALS:
    void connectionChanged(bool up, const QString& message);

private:
    struct Cached
    {
        Lookup lookup;
        QString documentKey;
    };
    struct Found
    {
        Lookup lookup;
        QString documentKey;
        bool unavailable = false;
    };

    template <typename T, typename Work> QFuture<T> onWorker(Work work);
    QFuture<Changed> afterChange(const QFuture<Changed>& change, const QString& key);
    void forget(const QString& documentKey);
    void forgetAll();
    void onStateChanged(bool up, const QString& message);

    MetadataStore m_store;
    QThread m_thread;
    PostgresConnection* m_connection = nullptr; // lives on m_thread
    bool m_up = false;
    quint64 m_generation = 0; // counts invalidations: a lookup answered from before one is not cached
    QHash<QString, Cached> m_cache; // by lookup key
    QHash<QString, Lookup> m_failures; // by lookup key
    QSet<QString> m_servedStale; // keys already logged as served from the cache during this outage
};
