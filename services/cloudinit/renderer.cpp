// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Renderer {

namespace {
// A host name from a VM display name: letters, digits and hyphens, at most 63 characters.
QString hostnameFrom(const QString& vmName)
{
    QString host;
    for (const QChar c : vmName.toLower()) {
        host.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-');
    }
    while (host.contains(u"--"_s)) {
        host.replace(u"--"_s, u"-"_s);
    }
    host = host.left(63);
    while (host.startsWith(u'-') || host.endsWith(u'-')) {
        host = host.startsWith(u'-') ? host.mid(1) : host.chopped(1);
    }
    return host.isEmpty() ? u"localhost"_s : host;
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
    const QString hostname = document.hostname.isEmpty() ? hostnameFrom(vmName) : document.hostname;
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

QByteArray networkData(const MetadataDocument& document)
{
    MetadataDocument::Network dhcpOnEth0;
    dhcpOnEth0.dhcp = true;
    const MetadataDocument::Network network = document.network.value_or(dhcpOnEth0);
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "version" << YAML::Value << 1;
    out << YAML::Key << "config" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << "physical";
    out << YAML::Key << "name" << YAML::Value
        << (network.interfaceName.isEmpty() ? std::string("eth0") : network.interfaceName.toStdString());
    if (!network.macAddress.isEmpty()) {
        out << YAML::Key << "mac_address" << YAML::Value << network.macAddress.toStdString();
    }
    out << YAML::Key << "subnets" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    if (network.dhcp) {
        out << YAML::Key << "type" << YAML::Value << "dhcp";
    } else {
        out << YAML::Key << "type" << YAML::Value << "static";
        out << YAML::Key << "address" << YAML::Value << network.address.toStdString();
        if (!network.netmask.isEmpty()) {
            out << YAML::Key << "netmask" << YAML::Value << network.netmask.toStdString();
        }
        if (!network.gateway.isEmpty()) {
            out << YAML::Key << "gateway" << YAML::Value << network.gateway.toStdString();
        }
    }
    emitList(out, "dns_nameservers", network.nameservers);
    emitList(out, "dns_search", network.search);
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QByteArray userData(const MetadataDocument& document)
{
    if (!document.userData) {
        return QByteArrayLiteral("#cloud-config\n{}\n");
    }
    return document.userData->trimmed().toUtf8() + '\n';
}

} // namespace Renderer
