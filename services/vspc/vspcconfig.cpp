// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspcconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool VspcConfig::allows(const QHostAddress& peer) const
{
    if (allowedNetworks.isEmpty()) {
        return true;
    }
    // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; the admin writes a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    const QHostAddress address = isV4 ? QHostAddress(v4) : peer;
    return std::any_of(allowedNetworks.cbegin(), allowedNetworks.cend(),
        [&](const Network& network) { return address.isInSubnet(network); });
}

std::optional<QList<VspcConfig::Network>> VspcConfig::parseNetworks(const QString& text, QString* error)
{
    QList<Network> networks;
    static const QRegularExpression separators(u"[,\\s]+"_s);
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        Network network = QHostAddress::parseSubnet(item);
        if (network.second < 0) {
            const QHostAddress single(item);
            if (single.isNull()) {
                *error = QCoreApplication::translate("VspcConfig", "\"%1\" is not a network (such as 10.0.0.0/8) or an address")
                             .arg(item);
                return std::nullopt;
            }
            network = { single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32 };
        }
        networks.append(network);
    }
    return networks;
}

QString VspcConfig::networksText(const QList<Network>& networks)
{
    QStringList items;
    for (const Network& network : networks) {
        items.append(network.first.toString() + u'/' + QString::number(network.second));
    }
    return items.join(u", "_s);
}

QString VspcConfig::keyName(LookupKey key)
{
    switch (key) {
    case LookupKey::VmName:
        return u"name"_s;
    case LookupKey::VcUuid:
        return u"vc-uuid"_s;
    case LookupKey::BiosUuid:
        return u"bios-uuid"_s;
    }
    return {};
}

std::optional<VspcConfig::LookupKey> VspcConfig::keyFromName(const QString& name)
{
    for (const LookupKey key : { LookupKey::VmName, LookupKey::VcUuid, LookupKey::BiosUuid }) {
        if (keyName(key) == name) {
            return key;
        }
    }
    return std::nullopt;
}
