// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

// YAML text as cloud-init sees it: cloud-init loads user-data with PyYAML's safe loader, which
// follows YAML 1.1, so "yes" is true, 010 is 8 and "1.5e3" is a string. yaml-cpp parses; this
// resolves its scalars the way PyYAML's resolver table does and gives JSON for a JSON Schema
// validator, with the place of every node so that findings point at the user's text.
namespace PyYamlJson {

struct Position
{
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
};

struct Document
{
    bool ok = false;
    QString error; // YAML syntax or construction error, when !ok
    Position errorPosition;

    QJsonValue value; // Undefined for an empty stream (PyYAML's None document is Null)
    // Paths as cloud-init prints them ("users.0.sudo"; "" is the document) to the node's place
    // and, for members of maps, to the key's place.
    QHash<QString, Position> positions;
    QHash<QString, Position> keyPositions;
    // Values PyYAML builds as Python objects that JSON has no type for (a date, a set), by path,
    // with what they are ("a date"). They stand in value as their text.
    QHash<QString, QString> pythonOnly;
};

Document parse(const QByteArray& yaml);

// One plain (unquoted, untagged) scalar as PyYAML resolves it. Timestamps come back as strings.
QJsonValue resolvePlain(const QString& text);

// The dotted path of a member: "users" + 0 -> "users.0".
QString childPath(const QString& parent, const QString& key);

} // namespace PyYamlJson
