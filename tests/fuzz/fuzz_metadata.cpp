// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for an admin's <key>.yaml (MetadataDocument::fromYaml) and for what the renderer
// makes of every document that parses, i.e. exactly what a guest receives: meta-data (JSON),
// network-config (YAML, version 1 and 2) and user-data. Checks that what is rendered says what the
// document says: meta-data is a JSON object with the document's values, network-config reads back
// as YAML with the same interfaces, addresses and strings (a passed-through network_config as the
// same data, read as cloud-init reads it), a host name made from the VM name is a valid host name.
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
#include "cloudinit/pyyamljson.h"
#include "cloudinit/renderer.h"
#include "samejson.h"

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
    FUZZ_CHECK(
        document.tags.isUndefined() ? !object.contains(u"tags"_s) : object[u"tags"_s] == asQtReadsIt(document.tags));
}

YAML::Node loadRendered(const QByteArray& rendered)
{
    try {
        return YAML::Load(rendered.toStdString());
    } catch (const YAML::Exception&) {
        FUZZ_CHECK(!"the rendered network-config is YAML"); // else cloud-init could not read it either
    }
    return {};
}

MetadataDocument::Network servedNetwork(const MetadataDocument& document)
{
    if (document.network) {
        return *document.network;
    }
    MetadataDocument::Interface eth0;
    eth0.dhcp4 = true;
    return MetadataDocument::Network { .interfaces = { eth0 } };
}

QString nameOf(const MetadataDocument::Interface& interface)
{
    return interface.name.isEmpty() ? u"eth0"_s : interface.name;
}

// An MTU the document gives as a number is served as that number, anything else as the text.
void checkMtu(const YAML::Node& node, const QString& mtu)
{
    if (mtu.isEmpty()) {
        FUZZ_CHECK(!node);
        return;
    }
    bool number = false;
    const int value = mtu.toInt(&number);
    FUZZ_CHECK(scalar(node) == (number ? QString::number(value) : mtu));
    FUZZ_CHECK(number ? node.Tag() == "?" : node.Tag() == "!");
}

// Version 1: one physical entry per interface; its subnets are DHCP (v4, v6), then one static
// subnet per address with the family's gateway on the first of that family; the DNS servers and
// search domains on the first subnet of the first interface.
void checkVersion1(const MetadataDocument::Network& network, const YAML::Node& root)
{
    FUZZ_CHECK(root.IsMap() && scalar(root["version"]) == u"1"_s && root["config"].IsSequence()
        && root["config"].size() == std::size_t(network.interfaces.size()));
    for (qsizetype i = 0; i < network.interfaces.size(); ++i) {
        const MetadataDocument::Interface& expected = network.interfaces.at(i);
        const YAML::Node interface = root["config"][std::size_t(i)];
        FUZZ_CHECK(scalar(interface["type"]) == u"physical"_s);
        FUZZ_CHECK(scalar(interface["name"]) == nameOf(expected));
        FUZZ_CHECK(scalar(interface["mac_address"]) == expected.macAddress);
        checkMtu(interface["mtu"], expected.mtu);
        const YAML::Node subnets = interface["subnets"];
        FUZZ_CHECK(subnets.IsSequence()
            && subnets.size() == std::size_t(int(expected.dhcp4) + int(expected.dhcp6) + expected.addresses.size()));
        std::size_t next = 0;
        for (const auto& [wanted, on] :
            { std::pair { "dhcp", expected.dhcp4 }, std::pair { "dhcp6", expected.dhcp6 } }) {
            if (on) {
                const YAML::Node subnet = subnets[next++];
                FUZZ_CHECK(scalar(subnet["type"]) == QLatin1String(wanted) && !subnet["address"] && !subnet["gateway"]);
            }
        }
        bool gateway4 = false;
        bool gateway6 = false;
        for (const QString& address : expected.addresses) {
            const YAML::Node subnet = subnets[next++];
            const bool v6 = address.contains(u':');
            FUZZ_CHECK(scalar(subnet["type"]) == (v6 ? u"static6"_s : u"static"_s));
            FUZZ_CHECK(scalar(subnet["address"]) == address);
            FUZZ_CHECK(scalar(subnet["netmask"]) == (v6 ? QString() : expected.netmask));
            bool& first = v6 ? gateway6 : gateway4;
            FUZZ_CHECK(scalar(subnet["gateway"]) == (first ? QString() : v6 ? expected.gateway6 : expected.gateway4));
            first = true;
        }
        for (std::size_t s = 0; s < subnets.size(); ++s) {
            const bool dnsHere = i == 0 && s == 0;
            FUZZ_CHECK(scalars(subnets[s]["dns_nameservers"]) == (dnsHere ? network.nameservers : QStringList()));
            FUZZ_CHECK(scalars(subnets[s]["dns_search"]) == (dnsHere ? network.search : QStringList()));
        }
    }
}

// Version 2: one ethernets entry per interface name (a later interface of the same name replaces
// the earlier in the map, as netplan reads it).
void checkVersion2(const MetadataDocument::Network& network, const YAML::Node& root)
{
    FUZZ_CHECK(root.IsMap() && scalar(root["version"]) == u"2"_s);
    const YAML::Node ethernets = root["ethernets"];
    FUZZ_CHECK(ethernets.IsMap());
    QStringList names;
    for (const MetadataDocument::Interface& interface : network.interfaces) {
        if (!names.contains(nameOf(interface))) {
            names.append(nameOf(interface));
        }
    }
    QStringList written;
    for (const auto& pair : ethernets) {
        written.append(scalar(pair.first));
    }
    written.removeDuplicates();
    FUZZ_CHECK(written == names);
    for (const MetadataDocument::Interface& interface : network.interfaces) {
        const auto sameName
            = [&](const MetadataDocument::Interface& other) { return nameOf(other) == nameOf(interface); };
        if (std::count_if(network.interfaces.begin(), network.interfaces.end(), sameName) > 1) {
            continue; // which of them netplan gets is yaml-cpp's choice
        }
        const YAML::Node entry = ethernets[nameOf(interface).toStdString()];
        FUZZ_CHECK(entry.IsMap());
        FUZZ_CHECK(scalar(entry["dhcp4"]) == (interface.dhcp4 ? u"true"_s : u"false"_s));
        const YAML::Node match = entry["match"];
        FUZZ_CHECK(interface.macAddress.isEmpty() ? !match : scalar(match["macaddress"]) == interface.macAddress);
        checkMtu(entry["mtu"], interface.mtu);
        const QStringList addresses = scalars(entry["addresses"]);
        FUZZ_CHECK(addresses.size() == interface.addresses.size());
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            // A v4 address without a prefix gets the netmask's.
            FUZZ_CHECK(addresses.at(i) == interface.addresses.at(i)
                || addresses.at(i).startsWith(interface.addresses.at(i) + u'/'));
        }
        FUZZ_CHECK(scalar(entry["gateway4"]) == interface.gateway4 && scalar(entry["gateway6"]) == interface.gateway6);
    }
}

// What cloud-init reads from the rendered text is what it would have read from network_config.
void checkPassthrough(const MetadataDocument& document, const QByteArray& rendered)
{
    const PyYamlJson::Document read = PyYamlJson::parse(rendered);
    if (!read.ok) {
        std::fprintf(stderr, "network-config:\n%s\nPyYAML: %s\n", rendered.constData(), qPrintable(read.error));
    }
    FUZZ_CHECK(read.ok && read.value.isObject());
    const QJsonValue version = read.value.toObject().value(u"version"_s);
    FUZZ_CHECK(version == document.networkConfig.value(u"version"_s));
    if (!sameJson(read.value, document.networkConfig)) {
        std::fprintf(stderr, "network-config:\n%s\nreads back as %s\n", rendered.constData(),
            QJsonDocument(read.value.toObject()).toJson().constData());
    }
    FUZZ_CHECK(sameJson(read.value, document.networkConfig));
}

void checkNetworkData(const MetadataDocument& document)
{
    if (!document.networkConfig.isEmpty()) {
        checkPassthrough(document, Renderer::networkData(document));
        checkPassthrough(document, Renderer::networkData(document, 2));
        return;
    }
    const MetadataDocument::Network network = servedNetwork(document);
    const QByteArray asAsked = Renderer::networkData(document);
    FUZZ_CHECK(asAsked == Renderer::networkData(document, network.version == 2 ? 2 : 1));
    checkVersion1(network, loadRendered(Renderer::networkData(document, 1)));
    checkVersion2(network, loadRendered(Renderer::networkData(document, 2)));
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
