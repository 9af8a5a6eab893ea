// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderer.h"

#include <algorithm>
#include <bit>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include "documenttemplate.h"
#include "yamltextedit.h"

using namespace Qt::StringLiterals;

namespace Renderer {

namespace {
// "255.255.255.0" -> 24; -1 when the mask is not a run of ones.
int prefixLength(const QString& netmask)
{
    const QHostAddress mask(netmask);
    bool ok = false;
    const quint32 bits = mask.toIPv4Address(&ok);
    if (!ok) {
        return -1;
    }
    const int ones = std::popcount(bits);
    return bits == (ones == 0 ? 0u : ~0u << (32 - ones)) ? ones : -1;
}

void emitList(YAML::Emitter& out, const char* key, const QStringList& values)
{
    if (values.isEmpty()) {
        return;
    }
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString& value : values) {
        out << value.toStdString();
    }
    out << YAML::EndSeq;
}
} // namespace

QByteArray metaData(const MetadataDocument& document, const QString& vmName)
{
    const QString hostname = document.hostname.isEmpty() ? DocumentTemplate::hostnameFor(vmName) : document.hostname;
    QJsonObject object {
        { u"instance-id"_s, document.instanceId.isEmpty() ? vmName : document.instanceId },
        { u"hostname"_s, hostname },
        { u"local-hostname"_s, hostname },
        { u"public-keys"_s, QJsonArray::fromStringList(document.publicKeys) },
    };
    if (!document.amiId.isEmpty()) {
        object.insert(u"ami-id"_s, document.amiId);
    }
    if (!document.region.isEmpty()) {
        object.insert(u"region"_s, document.region);
    }
    if (!document.availabilityZone.isEmpty()) {
        object.insert(u"availability-zone"_s, document.availabilityZone);
    }
    if (!document.tags.isUndefined()) {
        object.insert(u"tags"_s, document.tags);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {
bool isIpv6(const QString& address)
{
    return address.contains(u':');
}

void emitMtu(YAML::Emitter& out, const QString& mtu)
{
    if (mtu.isEmpty()) {
        return;
    }
    bool ok = false;
    const int value = mtu.toInt(&ok);
    out << YAML::Key << "mtu" << YAML::Value;
    if (ok) {
        out << value;
    } else {
        out << YAML::DoubleQuoted << mtu.toStdString(); // refused by Validator; never served unquoted
    }
}

QString interfaceName(const MetadataDocument::Interface& interface)
{
    return interface.name.isEmpty() ? u"eth0"_s : interface.name;
}

void emitVersion1Interface(YAML::Emitter& out, const MetadataDocument::Interface& interface,
    const QStringList& nameservers, const QStringList& search)
{
    out << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << "physical";
    out << YAML::Key << "name" << YAML::Value << interfaceName(interface).toStdString();
    if (!interface.macAddress.isEmpty()) {
        out << YAML::Key << "mac_address" << YAML::Value << interface.macAddress.toStdString();
    }
    emitMtu(out, interface.mtu);
    out << YAML::Key << "subnets" << YAML::Value << YAML::BeginSeq;
    bool dnsWritten = nameservers.isEmpty() && search.isEmpty();
    auto subnet = [&](const char* type, const QString& address, const QString& gateway) {
        out << YAML::BeginMap << YAML::Key << "type" << YAML::Value << type;
        if (!address.isEmpty()) {
            out << YAML::Key << "address" << YAML::Value << address.toStdString();
            if (!interface.netmask.isEmpty() && !isIpv6(address)) {
                out << YAML::Key << "netmask" << YAML::Value << interface.netmask.toStdString();
            }
        }
        if (!gateway.isEmpty()) {
            out << YAML::Key << "gateway" << YAML::Value << gateway.toStdString();
        }
        if (!dnsWritten) {
            emitList(out, "dns_nameservers", nameservers);
            emitList(out, "dns_search", search);
            dnsWritten = true;
        }
        out << YAML::EndMap;
    };
    if (interface.dhcp4) {
        subnet("dhcp", {}, {});
    }
    if (interface.dhcp6) {
        subnet("dhcp6", {}, {});
    }
    bool gateway4Written = false;
    bool gateway6Written = false;
    for (const QString& address : interface.addresses) {
        // One default route per family: on the first static subnet of that family.
        const bool v6 = isIpv6(address);
        bool& written = v6 ? gateway6Written : gateway4Written;
        const QString gateway = written ? QString() : (v6 ? interface.gateway6 : interface.gateway4);
        written = true;
        subnet(v6 ? "static6" : "static", address, gateway);
    }
    out << YAML::EndSeq << YAML::EndMap;
}

QByteArray version1(const MetadataDocument::Network& network)
{
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "version" << YAML::Value << 1;
    out << YAML::Key << "config" << YAML::Value << YAML::BeginSeq;
    for (qsizetype i = 0; i < network.interfaces.size(); ++i) {
        emitVersion1Interface(out, network.interfaces.at(i), i == 0 ? network.nameservers : QStringList(),
            i == 0 ? network.search : QStringList());
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QByteArray version2(const MetadataDocument::Network& network)
{
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "version" << YAML::Value << 2;
    out << YAML::Key << "ethernets" << YAML::Value << YAML::BeginMap;
    for (qsizetype i = 0; i < network.interfaces.size(); ++i) {
        const MetadataDocument::Interface& interface = network.interfaces.at(i);
        out << YAML::Key << interfaceName(interface).toStdString() << YAML::Value << YAML::BeginMap;
        if (!interface.macAddress.isEmpty()) {
            out << YAML::Key << "match" << YAML::Value << YAML::BeginMap << YAML::Key << "macaddress" << YAML::Value
                << interface.macAddress.toStdString() << YAML::EndMap;
            out << YAML::Key << "set-name" << YAML::Value << interfaceName(interface).toStdString();
        }
        out << YAML::Key << "dhcp4" << YAML::Value << interface.dhcp4;
        if (interface.dhcp6) {
            out << YAML::Key << "dhcp6" << YAML::Value << true;
        }
        QStringList addresses;
        for (const QString& address : interface.addresses) {
            addresses.append(address.contains(u'/') || interface.netmask.isEmpty() || isIpv6(address)
                    ? address
                    : address + u'/' + QString::number(prefixLength(interface.netmask)));
        }
        emitList(out, "addresses", addresses);
        if (!interface.gateway4.isEmpty()) {
            out << YAML::Key << "gateway4" << YAML::Value << interface.gateway4.toStdString();
        }
        if (!interface.gateway6.isEmpty()) {
            out << YAML::Key << "gateway6" << YAML::Value << interface.gateway6.toStdString();
        }
        emitMtu(out, interface.mtu);
        if (i == 0 && (!network.nameservers.isEmpty() || !network.search.isEmpty())) {
            out << YAML::Key << "nameservers" << YAML::Value << YAML::BeginMap;
            emitList(out, "addresses", network.nameservers);
            emitList(out, "search", network.search);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}
// PyYAML (and yaml-cpp) take a key for a simple key only within 1024 characters of its ':'.
constexpr qsizetype simpleKeyLimit = 1024;

bool hasLongKey(const QJsonValue& value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue& item) { return hasLongKey(item); });
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (YamlTextEdit::scalar(it.key()).size() > simpleKeyLimit || hasLongKey(it.value())) {
            return true;
        }
    }
    return false;
}

// network_config as YamlTextEdit writes it, except that a key too long to be a simple key is written
// as an explicit one ("? key", then ": value"), which PyYAML reads at any length; YamlTextEdit
// writes every key as a simple key, and a long one made the whole network-config unreadable.
QByteArray passthrough(const QJsonValue& value, int indent)
{
    if (!hasLongKey(value)) {
        return YamlTextEdit::toYaml(value, indent);
    }
    const QByteArray margin(indent, ' ');
    QByteArrayList lines;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            lines.append(margin + "- " + passthrough(item, indent + 2));
        }
        return lines.join('\n').mid(indent);
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = YamlTextEdit::scalar(it.key());
        const QJsonValue& member = it.value();
        const bool block
            = (member.isObject() && !member.toObject().isEmpty()) || (member.isArray() && !member.toArray().isEmpty());
        QByteArray line = margin + (key.size() > simpleKeyLimit ? "? " + key + '\n' + margin : key) + ':';
        if (block) {
            line += '\n' + margin + "  " + passthrough(member, indent + 2);
        } else {
            // A scalar or an empty collection; a string with line breaks comes back double-quoted.
            line += ' ' + YamlTextEdit::toYaml(member, indent + 2);
        }
        lines.append(line);
    }
    return lines.join('\n').mid(indent);
}
} // namespace

QByteArray networkData(const MetadataDocument& document, int version)
{
    if (!document.networkConfig.isEmpty()) {
        return passthrough(document.networkConfig, 0) + '\n';
    }
    MetadataDocument::Network dhcpOnEth0;
    MetadataDocument::Interface eth0;
    eth0.dhcp4 = true;
    dhcpOnEth0.interfaces.append(eth0);
    const MetadataDocument::Network network = document.network.value_or(dhcpOnEth0);
    const int wanted = version == 0 ? network.version : version;
    return wanted == 2 ? version2(network) : version1(network);
}

QByteArray userData(const MetadataDocument& document)
{
    if (!document.userData) {
        return QByteArrayLiteral("#cloud-config\n{}\n");
    }
    return document.userData->trimmed().toUtf8() + '\n';
}

} // namespace Renderer
