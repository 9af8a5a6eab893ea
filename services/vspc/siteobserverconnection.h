// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>
#include <QTimer>

#include "cloudinit/metadatastore.h"
#include "sitesnapshot.h"

class QSqlQuery;

// SiteObserver's half on its worker thread: owns a read-only QSqlDatabase connection (Qt 6.4
// allows one connection per thread), reads every instance and guest of the shared registry every
// Timing::pollMs and hands out the result; reconnects with backoff while the database is away.
// It never writes and never creates the tables: a database no server has used yet is an empty
// site. Every method runs on the worker thread.
class SiteObserverConnection : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int pollMs = 2000;
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
        int connectTimeoutSeconds = 5;
    };

    SiteObserverConnection(
        const MetadataStore& store, const QString& password, const QString& connectionName, const Timing& timing);
    ~SiteObserverConnection() override;

    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(bool up, const QString& message);
    void snapshotTaken(const SiteSnapshot& snapshot);

private:
    void open();
    void poll();
    bool read(SiteSnapshot* snapshot, QString* error);
    void goDown(const QString& reason);
    bool up() const { return m_up.value_or(false); }

    MetadataStore m_store;
    QString m_password;
    QString m_name;
    Timing m_timing;
    QTimer m_poll;
    QTimer m_retry;
    int m_retryMs = 0;
    std::optional<bool> m_up; // nothing until the first attempt has ended
    std::optional<bool> m_tablesMissing; // said once each time it changes
};
