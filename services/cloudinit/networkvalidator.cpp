// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace NetworkValidator {

namespace {
// lupdate files these texts under "NetworkValidator", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkValidator)
};

constexpr int maxInterfaceName = 15; // IFNAMSIZ - 1
constexpr int minMtu = 68; // RFC 791
constexpr int minMtuIpv6 = 1280; // RFC 8200
constexpr int maxMtu = 65535;

class Collector
{
public:
    void error(const QString& path, const QString& message) { add(Finding::Severity::Error, path, message); }
    void warning(const QString& path, const QString& message) { add(Finding::Severity::Warning, path, message); }
    QList<Finding> findings;

private:
    void add(Finding::Severity severity, const QString& path, const QString& message)
    {
        Finding finding;
        finding.severity = severity;
        finding.path = path;
        finding.message = message;
        findings.append(finding);
    }
};

struct Subnet
{
    QHostAddress network;
    int prefix = -1;
};

// "192.0.2.10/24" or, in the seed form, "192.0.2.10" with a netmask. Empty message when fine.
QString parseAddress(const QString& text, const QString& netmask, Subnet* subnet)
{
    const qsizetype slash = text.indexOf(u'/');
    const QHostAddress address(slash < 0 ? text : text.left(slash));
    if (address.isNull()) {
        return Text::tr("\"%1\" is not an IPv4 or IPv6 address").arg(text);
    }
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int maxPrefix = v6 ? 128 : 32;
    int prefix = -1;
    if (slash >= 0) {
        bool ok = false;
        prefix = text.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > maxPrefix) {
            return Text::tr("\"%1\": the prefix length must be 0 to %2").arg(text).arg(maxPrefix);
        }
    } else if (!netmask.isEmpty() && !v6) {
        const QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(u"0.0.0.0/"_s + netmask);
        if (parsed.second < 0) {
            return Text::tr("\"%1\" is not a netmask (255.255.255.0 or 24)").arg(netmask);
        }
        prefix = parsed.second;
    } else {
        return Text::tr("\"%1\" needs a prefix length, as in %1/%2").arg(text).arg(v6 ? 64 : 24);
    }
    subnet->network = address;
    subnet->prefix = prefix;
    return {};
}

bool isMac(const QString& text)
{
    static const QRegularExpression mac(u"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$"_s);
    return mac.match(text).hasMatch();
}

void checkMtu(Collector& out, const QString& path, const QString& mtu, bool hasIpv6)
{
    if (mtu.isEmpty()) {
        return;
    }
    bool ok = false;
    const int value = mtu.toInt(&ok);
    if (!ok || value < minMtu || value > maxMtu) {
        out.error(path,
            Text::tr("the MTU must be a whole number from %1 to %2, not \"%3\"").arg(minMtu).arg(maxMtu).arg(mtu));
    } else if (hasIpv6 && value < minMtuIpv6) {
        out.error(path, Text::tr("IPv6 needs an MTU of at least %1").arg(minMtuIpv6));
    }
}

void checkNameservers(Collector& out, const QString& path, const QStringList& servers)
{
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (QHostAddress(servers.at(i)).isNull()) {
            out.error(path + u'.' + QString::number(i),
                Text::tr("DNS server \"%1\" is not an IP address").arg(servers.at(i)));
        }
    }
}

void checkSearch(Collector& out, const QString& path, const QStringList& domains)
{
    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (const QString problem = hostnameProblem(domains.at(i)); !problem.isEmpty()) {
            out.error(path + u'.' + QString::number(i), Text::tr("search domain %1").arg(problem));
        }
    }
}

void checkInterfaceName(Collector& out, const QString& path, const QString& name, QSet<QString>& seen)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_.@-]+$"_s);
    if (name.size() > maxInterfaceName) {
        out.error(path, Text::tr("interface name \"%1\" is longer than %2 characters").arg(name).arg(maxInterfaceName));
    } else if (!allowed.match(name).hasMatch()) {
        out.error(path, Text::tr("interface name \"%1\" may hold only letters, digits and . _ @ -").arg(name));
    }
    if (seen.contains(name)) {
        out.error(path, Text::tr("interface name \"%1\" is used twice").arg(name));
    }
    seen.insert(name);
}

void checkGateway(Collector& out, const QString& path, const QString& gateway, const QList<Subnet>& subnets,
    QAbstractSocket::NetworkLayerProtocol family, bool dhcp)
{
    if (gateway.isEmpty()) {
        return;
    }
    const QHostAddress address(gateway);
    if (address.isNull() || address.protocol() != family) {
        out.error(path,
            family == QAbstractSocket::IPv4Protocol ? Text::tr("gateway \"%1\" is not an IPv4 address").arg(gateway)
                                                    : Text::tr("gateway \"%1\" is not an IPv6 address").arg(gateway));
        return;
    }
    bool sameFamily = false;
    for (const Subnet& subnet : subnets) {
        if (subnet.network.protocol() != family) {
            continue;
        }
        sameFamily = true;
        if (address.isInSubnet(subnet.network, subnet.prefix)) {
            return;
        }
    }
    // An IPv6 link-local gateway is reachable from any IPv6 subnet; with DHCP the subnet is unknown.
    if (address.isLinkLocal() || (dhcp && !sameFamily)) {
        return;
    }
    out.error(path, Text::tr("gateway %1 is not inside any of this interface's subnets").arg(gateway));
}
} // namespace

QString hostnameProblem(const QString& hostname)
{
    if (hostname.isEmpty()) {
        return Text::tr("is empty");
    }
    if (hostname.size() > 253) {
        return Text::tr("\"%1\" is longer than 253 characters").arg(hostname.left(20) + u"…"_s);
    }
    static const QRegularExpression label(u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"_s);
    const QString trimmed = hostname.endsWith(u'.') ? hostname.chopped(1) : hostname;
    for (const QString& part : trimmed.split(u'.')) {
        if (part.size() > 63) {
            return Text::tr("\"%1\" has a label longer than 63 characters").arg(hostname);
        }
        if (!label.match(part).hasMatch()) {
            return Text::tr("\"%1\" is not a valid host name: labels hold letters, digits and inner hyphens")
                .arg(hostname);
        }
    }
    return {};
}

QList<Finding> validate(const MetadataDocument::Network& network)
{
    Collector out;
    QSet<QString> names;
    int gateways4 = 0;
    const QString base = network.singleInterfaceForm ? u"network"_s : u"network.interfaces.%1"_s;
    for (qsizetype i = 0; i < network.interfaces.size(); ++i) {
        const MetadataDocument::Interface& interface = network.interfaces.at(i);
        const QString path = network.singleInterfaceForm ? base : base.arg(i);
        if (interface.name.isEmpty() && !network.singleInterfaceForm) {
            out.error(path, Text::tr("interface %1 has no name").arg(i + 1));
        } else {
            checkInterfaceName(out, path + u".name"_s, interface.name.isEmpty() ? u"eth0"_s : interface.name, names);
        }
        if (!interface.macAddress.isEmpty() && !isMac(interface.macAddress)) {
            out.error(path + u".mac_address"_s,
                Text::tr("\"%1\" is not a MAC address (six pairs of hex digits: 00:50:56:aa:bb:cc)")
                    .arg(interface.macAddress));
        }
        QList<Subnet> subnets;
        bool hasIpv6 = interface.dhcp6;
        const QString addressesPath = path + (network.singleInterfaceForm ? u".address"_s : u".addresses"_s);
        for (qsizetype a = 0; a < interface.addresses.size(); ++a) {
            Subnet subnet;
            const QString problem = parseAddress(interface.addresses.at(a), interface.netmask, &subnet);
            if (!problem.isEmpty()) {
                out.error(
                    network.singleInterfaceForm ? addressesPath : addressesPath + u'.' + QString::number(a), problem);
                continue;
            }
            hasIpv6 = hasIpv6 || subnet.network.protocol() == QAbstractSocket::IPv6Protocol;
            subnets.append(subnet);
        }
        if (interface.addresses.isEmpty() && !interface.dhcp4 && !interface.dhcp6) {
            out.warning(
                path, Text::tr("interface %1 has no address and no DHCP, so it stays down").arg(interface.name));
        }
        const QString gateway4Path = path + (network.singleInterfaceForm ? u".gateway"_s : u".gateway4"_s);
        const QString gateway6Path = path + (network.singleInterfaceForm ? u".gateway"_s : u".gateway6"_s);
        checkGateway(out, gateway4Path, interface.gateway4, subnets, QAbstractSocket::IPv4Protocol, interface.dhcp4);
        checkGateway(out, gateway6Path, interface.gateway6, subnets, QAbstractSocket::IPv6Protocol, interface.dhcp6);
        gateways4 += interface.gateway4.isEmpty() ? 0 : 1;
        checkMtu(out, path + u".mtu"_s, interface.mtu, hasIpv6);
    }
    if (gateways4 > 1) {
        out.warning(u"network"_s,
            Text::tr("%1 interfaces have an IPv4 gateway: the guest gets several default routes").arg(gateways4));
    }
    checkNameservers(out, u"network.nameservers"_s, network.nameservers);
    checkSearch(out, u"network.search"_s, network.search);
    return out.findings;
}

QList<Finding> validateConfig(const QJsonObject& config)
{
    Collector out;
    const QString base = u"network_config"_s;
    const int version = config.value(u"version"_s).toInt();
    QSet<QString> names;
    if (version == 1) {
        static const QStringList types { u"physical"_s, u"bond"_s, u"bridge"_s, u"vlan"_s, u"nameserver"_s,
            u"route"_s };
        static const QStringList subnetTypes { u"dhcp4"_s, u"dhcp"_s, u"dhcp6"_s, u"static"_s, u"static6"_s,
            u"ipv6_dhcpv6-stateful"_s, u"ipv6_dhcpv6-stateless"_s, u"ipv6_slaac"_s, u"manual"_s };
        const QJsonValue entries = config.value(u"config"_s);
        if (!entries.isArray()) {
            out.error(base + u".config"_s, Text::tr("version 1 needs a list under config"));
            return out.findings;
        }
        const QJsonArray list = entries.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = base + u".config."_s + QString::number(i);
            const QJsonObject entry = list.at(i).toObject();
            const QString type = entry.value(u"type"_s).toString();
            if (!types.contains(type)) {
                out.error(path + u".type"_s, Text::tr("type must be one of %1").arg(types.join(u", "_s)));
                continue;
            }
            if (type != u"nameserver"_s && type != u"route"_s) {
                checkInterfaceName(out, path + u".name"_s, entry.value(u"name"_s).toString(), names);
            }
            const QString mac = entry.value(u"mac_address"_s).toString();
            if (!mac.isEmpty() && !isMac(mac)) {
                out.error(path + u".mac_address"_s, Text::tr("\"%1\" is not a MAC address").arg(mac));
            }
            const QJsonArray subnets = entry.value(u"subnets"_s).toArray();
            for (qsizetype s = 0; s < subnets.size(); ++s) {
                const QString subnetPath = path + u".subnets."_s + QString::number(s);
                const QJsonObject subnet = subnets.at(s).toObject();
                if (!subnetTypes.contains(subnet.value(u"type"_s).toString())) {
                    out.error(subnetPath + u".type"_s,
                        Text::tr("subnet type must be one of %1").arg(subnetTypes.join(u", "_s)));
                }
                Subnet parsed;
                const QString address = subnet.value(u"address"_s).toString();
                if (!address.isEmpty()) {
                    const QString problem
                        = parseAddress(address, subnet.value(u"netmask"_s).toVariant().toString(), &parsed);
                    if (!problem.isEmpty()) {
                        out.error(subnetPath + u".address"_s, problem);
                    }
                }
            }
        }
    } else if (version == 2) {
        static const QStringList sections { u"version"_s, u"ethernets"_s, u"bonds"_s, u"bridges"_s, u"vlans"_s,
            u"wifis"_s, u"renderer"_s };
        for (auto it = config.begin(); it != config.end(); ++it) {
            if (!sections.contains(it.key())) {
                out.error(
                    base + u'.' + it.key(), Text::tr("\"%1\" is not a network config version 2 section").arg(it.key()));
            }
        }
        const QJsonObject ethernets = config.value(u"ethernets"_s).toObject();
        for (auto it = ethernets.begin(); it != ethernets.end(); ++it) {
            const QString path = base + u".ethernets."_s + it.key();
            checkInterfaceName(out, path, it.key(), names);
            const QJsonObject ethernet = it.value().toObject();
            const QJsonArray addresses = ethernet.value(u"addresses"_s).toArray();
            for (qsizetype a = 0; a < addresses.size(); ++a) {
                Subnet parsed;
                if (const QString problem = parseAddress(addresses.at(a).toString(), {}, &parsed); !problem.isEmpty()) {
                    out.error(path + u".addresses."_s + QString::number(a), problem);
                }
            }
            QStringList servers;
            for (const QJsonValue& server :
                ethernet.value(u"nameservers"_s).toObject().value(u"addresses"_s).toArray()) {
                servers.append(server.toString());
            }
            checkNameservers(out, path + u".nameservers.addresses"_s, servers);
            checkMtu(out, path + u".mtu"_s, ethernet.value(u"mtu"_s).toVariant().toString(), false);
        }
    }
    return out.findings;
}

} // namespace NetworkValidator
