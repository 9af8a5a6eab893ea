// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialporttarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString telnet(const QString& host, quint16 port)
{
    return u"telnet://%1:%2"_s.arg(host.contains(u':') ? u'[' + host + u']' : host).arg(port);
}
} // namespace

SerialPortTarget SerialPortTarget::forServer(const VspcConfig& config, quint16 listeningPort,
    const QList<QHostAddress>& machineAddresses, const QString& hostName)
{
    SerialPortTarget target;
    for (const VmwareExtension::ProxyRule& rule : config.proxies) {
        if (rule.direction == 'C' && !target.portUris.contains(rule.uri)) {
            target.portUris.append(rule.uri);
        }
    }
    if (target.portUris.isEmpty()) {
        target.warning = QCoreApplication::translate("SerialPortTarget",
            "The metadata server has no port URI configured, so it refuses every VM: set one on the Guests page.");
    }
    const quint16 port = listeningPort != 0 ? listeningPort : config.port;
    const bool anyAddress = config.address == QHostAddress::Any || config.address == QHostAddress::AnyIPv4
        || config.address == QHostAddress::AnyIPv6;
    if (config.address.isLoopback()) {
        target.warning = QCoreApplication::translate("SerialPortTarget",
            "The metadata server listens on %1 only, which no ESXi host can reach. On the Guests page, let it "
            "listen on 0.0.0.0 or on one of this machine's addresses below.")
                             .arg(config.address.toString());
    }
    if (!anyAddress && !config.address.isLoopback()) {
        target.vspcUris.append(telnet(config.address.toString(), port));
        return target;
    }
    // Listening everywhere (or, for now, on loopback only): this machine's routable addresses.
    if (!hostName.isEmpty()) {
        target.vspcUris.append(telnet(hostName, port));
    }
    for (const QHostAddress& address : machineAddresses) {
        if (!address.isLoopback() && !address.isLinkLocal() && !address.isNull()) {
            target.vspcUris.append(telnet(address.toString(), port));
        }
    }
    return target;
}
