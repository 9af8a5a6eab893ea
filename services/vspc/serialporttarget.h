// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include "vspcconfig.h"

// What a VM's network serial port must say so that this metadata server accepts it: a port URI the
// server is configured with (else it refuses the DO-PROXY), and a vSPC URI an ESXi host can reach.
struct SerialPortTarget
{
    QStringList portUris; // the server's client-direction port URIs, the first is the default
    QStringList vspcUris; // telnet://<address>:<port>, the likeliest first
    QString warning; // why ESXi may not reach the server, for the admin; empty when fine

    // `listeningPort`: the port the server listens on (0 when it is stopped: the configured one).
    // `machineAddresses`: this machine's addresses (QNetworkInterface::allAddresses()).
    static SerialPortTarget forServer(const VspcConfig& config, quint16 listeningPort,
        const QList<QHostAddress>& machineAddresses, const QString& hostName);
};
