// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for an admin's <key>.yaml (MetadataDocument::fromYaml) and for what the renderer
// makes of every document that parses, i.e. exactly what a guest receives: meta-data (JSON),
// network-config (YAML) and user-data. Checks that what is rendered says what the document says:
// meta-data is a JSON object with the document's values, network-config reads back as YAML with
// the same strings, a host name made from the VM name is a valid host name.
// A line "#vm: NAME" in the input (a YAML comment) gives the VM name the server would use.
#include <cstdint>
#include <cstdlib>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"

using namespace Qt::StringLiterals;

namespace {
void check(bool condition)
{
    if (!condition) {
        abort();
    }
}

QString vmNameIn(const QByteArray& input)
{
    const qsizetype at = input.indexOf("#vm: ");
    if (at < 0) {
        return u"fuzz-vm"_s;
    }
    const qsizetype end = input.indexOf('\n', at);
    return QString::fromUtf8(input.mid(at + 5, end < 0 ? -1 : end - at - 5));
}

QString scalar(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QStringList scalars(const YAML::Node& node)
{
    QStringList list;
    if (node) {
        check(node.IsSequence());
        for (const YAML::Node& item : node) {
            check(item.IsScalar());
            list.append(QString::fromStdString(item.Scalar()));
        }
    }
    return list;
}

void checkMetaData(const MetadataDocument& document, const QString& vmName)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(Renderer::metaData(document, vmName), &error);
    check(json.isObject());
    const QJsonObject object = json.object();
    check(object[u"instance-id"_s].toString() == (document.instanceId.isEmpty() ? vmName : document.instanceId));
    const QString hostname = object[u"hostname"_s].toString();
    check(object[u"local-hostname"_s].toString() == hostname);
    if (document.hostname.isEmpty()) {
        // Made from the VM name: what cloud-init and DHCP accept as a host name.
        static const QRegularExpression valid(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
        check(valid.match(hostname).hasMatch());
    } else {
        check(hostname == document.hostname);
    }
    QStringList keys;
    for (const QJsonValue& key : object[u"public-keys"_s].toArray()) {
        keys.append(key.toString());
    }
    check(keys == document.publicKeys);
    check(object[u"ami-id"_s].toString() == document.amiId);
    check(object[u"region"_s].toString() == document.region);
    check(object[u"availability-zone"_s].toString() == document.availabilityZone);
    check(document.tags.isUndefined() ? !object.contains(u"tags"_s) : object[u"tags"_s] == document.tags);
}

void checkNetworkData(const MetadataDocument& document)
{
    const QByteArray rendered = Renderer::networkData(document);
    YAML::Node root;
    try {
        root = YAML::Load(rendered.toStdString());
    } catch (const YAML::Exception&) {
        abort(); // the guest's cloud-init would not read it either
    }
    check(root.IsMap() && scalar(root["version"]) == u"1"_s && root["config"].IsSequence()
        && root["config"].size() == 1);
    const YAML::Node interface = root["config"][0];
    check(scalar(interface["type"]) == u"physical"_s);
    const MetadataDocument::Network network = document.network.value_or(MetadataDocument::Network { .dhcp = true });
    check(scalar(interface["name"]) == (network.interfaceName.isEmpty() ? u"eth0"_s : network.interfaceName));
    check(scalar(interface["mac_address"]) == network.macAddress);
    check(interface["subnets"].IsSequence() && interface["subnets"].size() == 1);
    const YAML::Node subnet = interface["subnets"][0];
    if (network.dhcp) {
        check(scalar(subnet["type"]) == u"dhcp"_s && !subnet["address"]);
    } else {
        check(scalar(subnet["type"]) == u"static"_s);
        check(scalar(subnet["address"]) == network.address);
        check(scalar(subnet["netmask"]) == network.netmask);
        check(scalar(subnet["gateway"]) == network.gateway);
    }
    check(scalars(subnet["dns_nameservers"]) == network.nameservers);
    check(scalars(subnet["dns_search"]) == network.search);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(input, &error);
    if (!document) {
        check(!error.isEmpty()); // the admin is told why
        return 0;
    }
    checkMetaData(*document, vmNameIn(input));
    checkNetworkData(*document);
    const QByteArray userData = Renderer::userData(*document);
    check(userData.endsWith('\n'));
    return 0;
}
