// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include "cloudinit/metadatastore.h"
#include "cloudinit/preparedstatements.h"
#include "sharedvmotiontable.h"

// SharedGuestRegistry's half on its worker thread: owns the QSqlDatabase connection (Qt 6.4
// allows one connection per thread), creates the registry tables, registers this instance, keeps
// the guest rows in step with what it was last told, beats the heart and removes instances whose
// heart stopped. It remembers every row it was given, so that after an outage, or after another
// instance removed ours as stale, it can publish everything again. Every method runs on the worker.
class SharedGuestConnection : public QObject
{
    Q_OBJECT
public:
    // One row of vmdesk_guests, copied from a GuestInfo on the main thread.
    struct Row
    {
        quint64 guestId = 0;
        QString vmName;
        QString vcUuid;
        QString biosUuid;
        QString peer;
        QDateTime since;
        qint64 requests = 0;
        qint64 errors = 0;
        QString lastRequest;
        QDateTime lastRequestAt;
    };
    struct Timing
    {
        int heartbeatMs = 5000;
        int instanceTimeoutMs = 30000; // an instance silent this long is gone, with its guests
        int coalesceMs = 500; // a guest's row is written at most this often
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
        int connectTimeoutSeconds = 5;
    };

    static constexpr int schemaVersion = 2;

    SharedGuestConnection(const MetadataStore& store, const QString& password, const QString& connectionName,
        const QUuid& instance, const QString& address, const Timing& timing);
    ~SharedGuestConnection() override;

    void start();
    void publish(const Row& row);
    void unpublish(quint64 guestId);
    // On a clean shutdown: our instance and its guests leave the database at once.
    void stop();
    SharedVMotionTable& vmotions() { return m_vmotions; }

Q_SIGNALS:
    void stateChanged(bool up, const QString& message);
    void published(quint64 guestId);
    void unpublished(quint64 guestId);
    void instancesExpired(const QList<QUuid>& instances);
    // Another server completed the vMotion of our guest `guestId`: its connection here is stale.
    void guestMovedAway(quint64 guestId, const QString& toAddress);

private:
    void open();
    QString migrate(bool* created);
    QString registerInstance();
    bool write(const Row& row, QString* error);
    void beat();
    void goDown(const QString& reason);
    bool up() const { return m_up.value_or(false); }

    MetadataStore m_store;
    QString m_password;
    QString m_name;
    QUuid m_instance;
    QString m_address;
    Timing m_timing;
    QTimer m_heartbeat;
    QTimer m_retry;
    int m_retryMs = 0;
    std::optional<bool> m_up; // nothing until the first attempt has ended
    QHash<quint64, Row> m_rows; // what the database should hold for us
    PreparedStatements m_statements;
    SharedVMotionTable m_vmotions;
};
