// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>

#include "metadatapacket.h"
#include "vmwareextension.h"

// Everything an admin can tune about the metadata server.
struct VspcConfig
{
    enum class LookupKey { VmName, VcUuid, BiosUuid };

    using Network = std::pair<QHostAddress, int>; // address and prefix length, as QHostAddress::parseSubnet

    QHostAddress address = QHostAddress::Any;
    QList<Network> allowedNetworks; // empty: any source; otherwise only these (the site's ESXi hosts)
    quint16 port = 13370;
    QList<VmwareExtension::ProxyRule> proxies; // accepted (direction, port URI) pairs
    LookupKey key = LookupKey::VmName;
    MetadataPacket::LineEnding lineEnding = MetadataPacket::LineEnding::Lf;
    bool errorReplies = true; // answer a failed lookup with !!ERROR#; false: stay silent like the seed
    bool refuseVMotion = false; // answer VMOTION-BEGIN with NOTNOW
    int handshakeTimeoutMs = 30 * 1000; // a connection must say who it is within this time
    int idleTimeoutMs = 0; // 0: never; ESXi keeps a VM's port connected while the VM runs
    int maxConnections = 20000;
    qsizetype maxLineLength = 64 * 1024;
    qsizetype maxPendingOutput = 8 * 1024 * 1024; // a guest that stops reading is disconnected past this
    int closedRetentionMs = 60 * 1000; // how long a closed guest stays visible as "closed recently"
    int packetLogSize = 200; // entries kept per guest

    bool allows(const QHostAddress& peer) const;
    // "10.0.0.0/8, 2001:db8::/32 192.0.2.7": networks separated by commas or spaces; a bare address
    // is a network of one. Returns nothing and sets `error` on the first one that is not a network.
    static std::optional<QList<Network>> parseNetworks(const QString& text, QString* error);
    static QString networksText(const QList<Network>& networks);

    static QString keyName(LookupKey key);
    static std::optional<LookupKey> keyFromName(const QString& name);
};
