// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include "cloudinit/metadatastore.h"
#include "siteobserverconnection.h"
#include "sitesnapshot.h"

// Watches a whole site: every metadata server registered in a shared PostgreSQL store and the
// guests each serves, read every few seconds on a thread of its own (SQL never runs on the caller's
// thread). While the database is away it keeps the last snapshot, says it is stale, and reconnects
// with backoff. Read-only: it never writes to the store. The password is only handed to libpq.
class SiteObserver : public QObject
{
    Q_OBJECT
public:
    using Timing = SiteObserverConnection::Timing;

    // `store` must be a Postgres store. Starts watching at once.
    SiteObserver(
        const MetadataStore& store, const QString& password, QObject* parent = nullptr, const Timing& timing = {});
    ~SiteObserver() override;

    MetadataStore store() const { return m_store; }
    bool isConnected() const { return m_up; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    // The last snapshot is no longer current: the database has been unreachable since it was read.
    bool isStale() const { return m_hasSnapshot && !m_up; }
    const SiteSnapshot& lastSnapshot() const { return m_last; }
    QString message() const { return m_message; }

Q_SIGNALS:
    void snapshot(const SiteSnapshot& snapshot);
    void connectionChanged(bool up, const QString& message);

private:
    MetadataStore m_store;
    QThread* m_thread; // deletes itself once the worker has stopped
    SiteObserverConnection* m_connection = nullptr; // lives on m_thread
    SiteSnapshot m_last;
    QString m_message;
    bool m_hasSnapshot = false;
    bool m_up = false;
};
