// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedstatements.h"

#include <QSqlDatabase>

PreparedStatements::PreparedStatements(QString connectionName)
    : m_name(std::move(connectionName))
{ }

std::shared_ptr<QSqlQuery> PreparedStatements::operator()(const QString& sql)
{
    if (const auto found = m_queries.find(sql); found != m_queries.end()) {
        return found->second;
    }
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_name, false));
    query->setForwardOnly(true);
    if (query->prepare(sql)) {
        m_queries.emplace(sql, query);
    }
    return query;
}
