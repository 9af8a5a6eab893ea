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

    QHostAddress address = QHostAddress::Any;
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

    static QString keyName(LookupKey key);
    static std::optional<LookupKey> keyFromName(const QString& name);
};
