// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "metadatastore.h"
#include "preparedstatements.h"

class QSqlQuery;

// PostgresDriver's half on its worker thread: owns the QSqlDatabase connection (Qt's SQL module
// allows one connection per thread), keeps the schema current, listens for changes, notices an
// outage and reconnects with backoff. Every method runs on the worker thread.
class PostgresConnection : public QObject
{
    Q_OBJECT
public:
    // A document as stored: the YAML is the text exactly as written, byte for byte.
    struct StoredDocument
    {
        QString key; // the VM name
        QString vcUuid; // lower case, or empty
        QString biosUuid; // lower case, or empty
        QByteArray yaml;
        QDateTime updated;
    };
    // `unavailable`: the database could not be asked; the same request may work later.
    struct Fetched
    {
        std::optional<StoredDocument> document;
        QString error; // set when there is no document: none by that key, or why it could not be read
        bool unavailable = false;
    };
    struct Changed
    {
        QString error;
        bool unavailable = false;
        bool ok() const { return error.isEmpty(); }
    };
    struct Keys
    {
        QStringList keys;
        QString error;
        bool unavailable = false;
    };
    struct Timing
    {
        int healthCheckMs = 5000; // LISTEN alone does not notice a server gone away
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
        int connectTimeoutSeconds = 5;
    };

    static constexpr int schemaVersion = 1;
    static constexpr auto channel = "vmdesk_documents";

    PostgresConnection(
        const MetadataStore& store, const QString& password, const QString& connectionName, const Timing& timing);
    ~PostgresConnection() override;

    void start();
    Fetched find(const QString& key);
    Changed save(const StoredDocument& document);
    Changed remove(const QString& key);
    Keys keys();

Q_SIGNALS:
    void stateChanged(bool up, const QString& message);
    void changedElsewhere(const QString& key); // another connection's NOTIFY; our own are known already

private:
    void open();
    QString migrate(bool* created);
    bool exec(QSqlQuery& query, QString* error);
    QString failureOf(const QSqlQuery& query);
    bool stillUp();
    void goDown(const QString& reason);
    QString unavailableMessage() const;

    MetadataStore m_store;
    QString m_password;
    QString m_name;
    Timing m_timing;
    QTimer m_healthCheck;
    QTimer m_retry;
    int m_retryMs = 0;
    std::optional<bool> m_up; // nothing until the first attempt has ended
    QString m_lastError;
    PreparedStatements m_statements { m_name };
};
