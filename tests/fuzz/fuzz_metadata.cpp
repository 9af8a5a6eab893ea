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

#include "check.h"
#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"

using namespace Qt::StringLiterals;

namespace {
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
        FUZZ_CHECK(node.IsSequence());
        for (const YAML::Node& item : node) {
            FUZZ_CHECK(item.IsScalar());
            list.append(QString::fromStdString(item.Scalar()));
        }
    }
    return list;
}

// Qt 6.4's JSON parser drops a U+FEFF at the start of a string written without escapes: it decodes
// those with QString::fromUtf8, which takes it for a byte order mark (tests/fuzz/known/README.md).
// The guest's cloud-init reads the meta-data with Python's, which keeps it. Compare what Qt reads.
QString asQtReadsIt(const QString& text)
{
    const bool escaped = std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
    return text.startsWith(QChar(0xfeff)) && !escaped ? text.sliced(1) : text;
}

QJsonValue asQtReadsIt(const QJsonValue& value)
{
    if (value.isString()) {
        return asQtReadsIt(value.toString());
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(asQtReadsIt(item));
        }
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject read;
        for (auto it = object.begin(); it != object.end(); ++it) {
            read.insert(asQtReadsIt(it.key()), asQtReadsIt(it.value()));
        }
        return read;
    }
    return value;
}

void checkMetaData(const MetadataDocument& document, const QString& vmName)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(Renderer::metaData(document, vmName), &error);
    FUZZ_CHECK(json.isObject());
    const QJsonObject object = json.object();
    FUZZ_CHECK(object[u"instance-id"_s].toString()
        == asQtReadsIt(document.instanceId.isEmpty() ? vmName : document.instanceId));
    const QString hostname = object[u"hostname"_s].toString();
    FUZZ_CHECK(object[u"local-hostname"_s].toString() == hostname);
    if (document.hostname.isEmpty()) {
        // Made from the VM name: what cloud-init and DHCP accept as a host name.
        static const QRegularExpression valid(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
        FUZZ_CHECK(valid.match(hostname).hasMatch());
    } else {
        FUZZ_CHECK(hostname == asQtReadsIt(document.hostname));
    }
    QStringList keys;
    for (const QJsonValue& key : object[u"public-keys"_s].toArray()) {
        keys.append(key.toString());
    }
    FUZZ_CHECK(QJsonArray::fromStringList(keys) == asQtReadsIt(QJsonArray::fromStringList(document.publicKeys)));
    FUZZ_CHECK(object[u"ami-id"_s].toString() == asQtReadsIt(document.amiId));
    FUZZ_CHECK(object[u"region"_s].toString() == asQtReadsIt(document.region));
    FUZZ_CHECK(object[u"availability-zone"_s].toString() == asQtReadsIt(document.availabilityZone));
    FUZZ_CHECK(document.tags.isUndefined() ? !object.contains(u"tags"_s) : object[u"tags"_s] == asQtReadsIt(document.tags));
}

void checkNetworkData(const MetadataDocument& document)
{
    const QByteArray rendered = Renderer::networkData(document);
    YAML::Node root;
    try {
        root = YAML::Load(rendered.toStdString());
    } catch (const YAML::Exception&) {
        FUZZ_CHECK(!"the rendered network-config is YAML"); // else cloud-init could not read it either
    }
    FUZZ_CHECK(root.IsMap() && scalar(root["version"]) == u"1"_s && root["config"].IsSequence()
        && root["config"].size() == 1);
    const YAML::Node interface = root["config"][0];
    FUZZ_CHECK(scalar(interface["type"]) == u"physical"_s);
    const MetadataDocument::Network network = document.network.value_or(MetadataDocument::Network { .dhcp = true });
    FUZZ_CHECK(scalar(interface["name"]) == (network.interfaceName.isEmpty() ? u"eth0"_s : network.interfaceName));
    FUZZ_CHECK(scalar(interface["mac_address"]) == network.macAddress);
    FUZZ_CHECK(interface["subnets"].IsSequence() && interface["subnets"].size() == 1);
    const YAML::Node subnet = interface["subnets"][0];
    if (network.dhcp) {
        FUZZ_CHECK(scalar(subnet["type"]) == u"dhcp"_s && !subnet["address"]);
    } else {
        FUZZ_CHECK(scalar(subnet["type"]) == u"static"_s);
        FUZZ_CHECK(scalar(subnet["address"]) == network.address);
        FUZZ_CHECK(scalar(subnet["netmask"]) == network.netmask);
        FUZZ_CHECK(scalar(subnet["gateway"]) == network.gateway);
    }
    FUZZ_CHECK(scalars(subnet["dns_nameservers"]) == network.nameservers);
    FUZZ_CHECK(scalars(subnet["dns_search"]) == network.search);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(input, &error);
    if (!document) {
        FUZZ_CHECK(!error.isEmpty()); // the admin is told why
        return 0;
    }
    checkMetaData(*document, vmNameIn(input));
    checkNetworkData(*document);
    const QByteArray userData = Renderer::userData(*document);
    FUZZ_CHECK(userData.endsWith('\n'));
    return 0;
}
