// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <unordered_map>

#include <QSqlQuery>
#include <QString>

// The statements one connection runs again and again, each prepared once. QPSQL turns every
// QSqlQuery::prepare into PREPARE, then EXECUTE, then DEALLOCATE when the query goes: three round
// trips, each its own transaction, where one EXECUTE does. Prepared statements live as long as the
// server session, so the owner calls clear() whenever it closes the connection.
class PreparedStatements
{
public:
    explicit PreparedStatements(QString connectionName);

    // `sql` prepared on this connection, forward only: bind the values and exec(). Shared, so that it
    // stays valid if clear() runs meanwhile. Preparing may fail (the connection is gone): then exec()
    // fails too and says why, and the next call prepares again.
    std::shared_ptr<QSqlQuery> operator()(const QString& sql);
    void clear() { m_queries.clear(); }
    const QString& connectionName() const { return m_name; }

private:
    QString m_name;
    std::unordered_map<QString, std::shared_ptr<QSqlQuery>> m_queries;
};
