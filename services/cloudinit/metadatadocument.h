// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One VM's cloud-init data as an admin writes it in <key>.yaml: `metadata`, `network` (or a complete
// `network_config`), `userdata`. Accepts both spellings the seed tool used (ami_id / ami-id, ...),
// tags as a map or a list, and the seed's single-interface `network:` map as well as a list of
// `interfaces`. Values are kept as written; Validator says what is wrong with them and where.
struct MetadataDocument
{
    struct Interface
    {
        QString name; // empty: eth0
        QString macAddress;
        bool dhcp4 = false;
        bool dhcp6 = false;
        QStringList addresses; // "192.0.2.10/24", "2001:db8::10/64"; the seed form may omit the prefix
        QString netmask; // the seed form's netmask for an address without a prefix
        QString gateway4;
        QString gateway6;
        QString mtu; // as written; empty when not set
    };

    struct Network
    {
        QList<Interface> interfaces;
        QStringList nameservers;
        QStringList search;
        int version = 1; // the network-config version served: `network: {version: 2}` asks for v2
        bool singleInterfaceForm = false; // written as the seed's one-interface map
    };

    QString amiId;
    QString instanceId;
    QString region;
    QString availabilityZone;
    QString hostname;
    QJsonValue tags; // object, array or undefined
    QStringList publicKeys;
    std::optional<Network> network;
    // `network_config:` holds a complete network config (version 1 or 2), served as written.
    QJsonObject networkConfig;
    std::optional<QString> userData;

    // Parses YAML; on failure returns nothing and sets `error` to a message naming line and column.
    static std::optional<MetadataDocument> fromYaml(const QByteArray& yaml, QString* error);
};
