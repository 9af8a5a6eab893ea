// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// One VM's cloud-init data as an admin writes it in <key>.yaml: `metadata`, `network`, `userdata`.
// Accepts both spellings the seed tool used (ami_id / ami-id, ...) and tags as a map or a list.
struct MetadataDocument
{
    struct Network
    {
        QString interfaceName; // empty: eth0
        QString macAddress;
        bool dhcp = false;
        QString address; // may carry a prefix ("192.0.2.10/24")
        QString netmask;
        QString gateway;
        QStringList nameservers;
        QStringList search;
    };

    QString amiId;
    QString instanceId;
    QString region;
    QString availabilityZone;
    QString hostname;
    QJsonValue tags; // object, array or undefined
    QStringList publicKeys;
    std::optional<Network> network;
    std::optional<QString> userData;

    // Parses YAML; on failure returns nothing and sets `error` to a message naming line and column.
    static std::optional<MetadataDocument> fromYaml(const QByteArray& yaml, QString* error);
};
