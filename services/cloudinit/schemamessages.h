// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Turns a JSON Schema validator's terse errors ("Value type not permitted by 'type' constraint.")
// into sentences that say what cloud-init expected at that place and what it got, by reading the
// schema at the failing path. Knows nothing of any validator library.
namespace SchemaMessages {

struct RawError
{
    QStringList path; // member names and list indexes from the document down to the failing value
    QString description; // the validator's own text
};

struct Problem
{
    QString path; // dotted, as cloud-init prints it: "users.0.sudo"
    QString message; // starts with the path
    QString unknownKey; // for an unknown key: the key, whose own place is the better one to point at
};

// pythonOnly: values that are not JSON types in PyYAML's eyes (a date), by path, named.
QList<Problem> explain(const QList<RawError>& errors, const QJsonObject& schema, const QJsonValue& instance,
    const QHash<QString, QString>& pythonOnly);

// The keys the schema names for the map at path (for the top level: every module's keys).
QStringList knownKeys(const QJsonObject& schema, const QJsonValue& instance, const QString& path);

// The known key that a misspelt one most likely meant, or an empty string.
QString closest(const QString& key, const QStringList& known);

} // namespace SchemaMessages
