// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include "pyyamljson.h"

using namespace Qt::StringLiterals;

namespace {
// lupdate files these texts under "MetadataDocument", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetadataDocument)
};

QString scalar(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// A key written twice is read as PyYAML (cloud-init, the validator, the editor) reads it: the last
// one wins. yaml-cpp's operator[] gives the first.
YAML::Node member(const YAML::Node& map, const char* key)
{
    YAML::Node found(YAML::NodeType::Undefined);
    if (map.IsMap()) {
        for (const auto& pair : map) {
            if (pair.first.IsScalar() && pair.first.Scalar() == key) {
                found.reset(pair.second);
            }
        }
    }
    return found;
}

// The seed's model says ami_id, its README ami-id: take either.
YAML::Node either(const YAML::Node& map, const char* underscored, const char* hyphenated)
{
    const YAML::Node a = member(map, underscored);
    return a ? a : member(map, hyphenated);
}

// A list, or a single string split as cloud-init splits it: `search: example.com lab` on spaces
// (the seed README writes `search: example.com`), public keys on lines, since a key has spaces.
QStringList stringList(const YAML::Node& node, const QString& field, QChar separator = u' ')
{
    QStringList list;
    if (!node) {
        return list;
    }
    if (node.IsScalar()) {
        for (const QString& part : QString::fromStdString(node.Scalar()).split(separator, Qt::SkipEmptyParts)) {
            if (const QString text = part.trimmed(); !text.isEmpty()) {
                list.append(text);
            }
        }
        return list;
    }
    if (!node.IsSequence()) {
        throw std::runtime_error(Text::tr("%1 must be a list").arg(field).toStdString());
    }
    for (const YAML::Node& item : node) {
        if (!item.IsScalar() && !item.IsNull()) {
            throw std::runtime_error(Text::tr("%1 must be a list of strings").arg(field).toStdString());
        }
        // `[a, , b]` has an empty entry, which no guest can use.
        if (const QString text = scalar(item); !text.isEmpty()) {
            list.append(text);
        }
    }
    return list;
}

// Network values go into the network-config YAML the guest reads. yaml-cpp's emitter writes a
// string with a carriage return unquoted, so that the guest read another value (an empty entry for
// "\r", found by tests/fuzz/fuzz_metadata.cpp); no address, name or domain has control characters.
QString networkText(const QString& text, const char* field)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            throw std::runtime_error(
                Text::tr("network.%1 must not contain control characters").arg(QLatin1String(field)).toStdString());
        }
    }
    return text;
}

QStringList networkList(const QStringList& list, const char* field)
{
    for (const QString& text : list) {
        networkText(text, field);
    }
    return list;
}

QJsonValue tagsValue(const YAML::Node& node)
{
    if (!node) {
        return {};
    }
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto& pair : node) {
            object.insert(QString::fromStdString(pair.first.Scalar()), scalar(pair.second));
        }
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node& item : node) {
            array.append(scalar(item));
        }
        return array;
    }
    throw std::runtime_error(Text::tr("metadata.tags must be a map or a list").toStdString());
}

// dhcp4: yes / on / true, as PyYAML reads booleans (cloud-init's loader, and what admins write).
bool boolean(const YAML::Node& node, const char* field)
{
    if (!node || node.IsNull()) {
        return false;
    }
    const QString text = scalar(node);
    static const QStringList truths { u"true"_s, u"yes"_s, u"on"_s };
    static const QStringList falsehoods { u"false"_s, u"no"_s, u"off"_s };
    const bool plain = node.Tag() != "!";
    const bool casingOk
        = text == text.toLower() || text == text.toUpper() || text == text.left(1).toUpper() + text.mid(1).toLower();
    if (plain && casingOk && truths.contains(text.toLower())) {
        return true;
    }
    if (plain && casingOk && falsehoods.contains(text.toLower())) {
        return false;
    }
    throw std::runtime_error(
        Text::tr("%1 must be true or false, not \"%2\"").arg(QLatin1String(field), text).toStdString());
}

bool isIpv6(const QString& address)
{
    return address.contains(u':');
}

// The seed's form: one interface, `address` + `netmask`, `gateway`, `type: dhcp`.
MetadataDocument::Network parseSingleInterface(const YAML::Node& node)
{
    MetadataDocument::Network network;
    network.singleInterfaceForm = true;
    MetadataDocument::Interface interface;
    interface.name = networkText(scalar(either(node, "name", "interface")), "name");
    interface.macAddress = networkText(scalar(either(node, "mac_address", "mac-address")).toLower(), "mac_address");
    const QString address = networkText(scalar(member(node, "address")), "address");
    interface.netmask = networkText(scalar(member(node, "netmask")), "netmask");
    const QString gateway = networkText(scalar(member(node, "gateway")), "gateway");
    (isIpv6(gateway) ? interface.gateway6 : interface.gateway4) = gateway;
    interface.mtu = networkText(scalar(member(node, "mtu")), "mtu");
    const QString type = scalar(member(node, "type")).toLower();
    interface.dhcp4 = type == u"dhcp" || type == u"dhcp4" || (type.isEmpty() && address.isEmpty());
    interface.dhcp6 = type == u"dhcp6";
    if (!interface.dhcp4 && !interface.dhcp6 && !address.isEmpty()) {
        interface.addresses.append(address);
    }
    network.interfaces.append(interface);
    network.nameservers
        = networkList(stringList(either(node, "nameservers", "dns_nameservers"), QStringLiteral("network.nameservers")),
            "nameservers");
    network.search
        = networkList(stringList(either(node, "search", "dns_search"), QStringLiteral("network.search")), "search");
    return network;
}

MetadataDocument::Interface parseInterface(const YAML::Node& node, int index)
{
    const QString field = u"network.interfaces.%1"_s.arg(index);
    if (!node.IsMap()) {
        throw std::runtime_error(Text::tr("%1 must be a map").arg(field).toStdString());
    }
    MetadataDocument::Interface interface;
    interface.name = networkText(scalar(member(node, "name")), "name");
    interface.macAddress = networkText(scalar(either(node, "mac_address", "mac-address")).toLower(), "mac_address");
    interface.addresses
        = networkList(stringList(either(node, "addresses", "address"), field + u".addresses"_s), "addresses");
    interface.gateway4 = networkText(scalar(member(node, "gateway4")), "gateway4");
    interface.gateway6 = networkText(scalar(member(node, "gateway6")), "gateway6");
    interface.mtu = networkText(scalar(member(node, "mtu")), "mtu");
    interface.dhcp4 = boolean(member(node, "dhcp4"), "dhcp4");
    interface.dhcp6 = boolean(member(node, "dhcp6"), "dhcp6");
    return interface;
}

MetadataDocument::Network parseNetwork(const YAML::Node& node)
{
    if (!node.IsMap()) {
        throw std::runtime_error(Text::tr("network must be a map").toStdString());
    }
    const YAML::Node interfaces = member(node, "interfaces");
    if (!interfaces) {
        return parseSingleInterface(node);
    }
    if (!interfaces.IsSequence()) {
        throw std::runtime_error(Text::tr("network.interfaces must be a list").toStdString());
    }
    MetadataDocument::Network network;
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        network.interfaces.append(parseInterface(interfaces[i], int(i)));
    }
    network.nameservers
        = networkList(stringList(either(node, "nameservers", "dns_nameservers"), QStringLiteral("network.nameservers")),
            "nameservers");
    network.search
        = networkList(stringList(either(node, "search", "dns_search"), QStringLiteral("network.search")), "search");
    if (const YAML::Node version = member(node, "version")) {
        const QString text = scalar(version);
        if (text != u"1"_s && text != u"2"_s) {
            throw std::runtime_error(Text::tr("network.version must be 1 or 2").toStdString());
        }
        network.version = text.toInt();
    }
    return network;
}

// A complete network config, read as cloud-init reads YAML (PyYAML), so that what is served is
// what cloud-init would have read from the admin's text. A `network:` wrapper is taken off.
QJsonObject parseNetworkConfig(const QByteArray& yaml)
{
    const PyYamlJson::Document whole = PyYamlJson::parse(yaml);
    if (!whole.ok) {
        // yaml-cpp read the document, but what PyYAML refuses cannot be passed through as cloud-init reads it.
        throw std::runtime_error(Text::tr("network_config cannot be passed through: the text is not YAML as "
                                          "cloud-init reads it (line %1, column %2: %3)")
                                     .arg(whole.errorPosition.line)
                                     .arg(whole.errorPosition.column)
                                     .arg(whole.error)
                                     .toStdString());
    }
    QJsonValue config = whole.value.toObject().value(u"network_config"_s);
    if (config.isObject() && config.toObject().contains(u"network"_s)) {
        config = config.toObject().value(u"network"_s);
    }
    if (!config.isObject()) {
        throw std::runtime_error(
            Text::tr("network_config must be a map with version and config or ethernets").toStdString());
    }
    const QJsonValue version = config.toObject().value(u"version"_s);
    if (version != QJsonValue(1) && version != QJsonValue(2)) {
        throw std::runtime_error(Text::tr("network_config.version must be 1 or 2").toStdString());
    }
    return config.toObject();
}
} // namespace

std::optional<MetadataDocument> MetadataDocument::fromYaml(const QByteArray& yaml, QString* error)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap()) {
            *error = Text::tr("the document must be a map with metadata, network and userdata");
            return std::nullopt;
        }
        MetadataDocument document;
        if (const YAML::Node metadata = member(root, "metadata")) {
            if (!metadata.IsMap()) {
                *error = Text::tr("metadata must be a map");
                return std::nullopt;
            }
            document.amiId = scalar(either(metadata, "ami_id", "ami-id"));
            document.instanceId = scalar(either(metadata, "instance_id", "instance-id"));
            document.region = scalar(member(metadata, "region"));
            document.availabilityZone = scalar(either(metadata, "availability_zone", "availability-zone"));
            document.hostname = scalar(either(metadata, "hostname", "local-hostname"));
            document.tags = tagsValue(member(metadata, "tags"));
            document.publicKeys = stringList(
                either(metadata, "public_keys", "public-keys"), QStringLiteral("metadata.public_keys"), u'\n');
        }
        if (const YAML::Node net = member(root, "network")) {
            document.network = parseNetwork(net);
        }
        if (member(root, "network_config")) {
            document.networkConfig = parseNetworkConfig(yaml);
        }
        if (const YAML::Node userdata = member(root, "userdata")) {
            if (!userdata.IsScalar()) {
                *error = Text::tr("userdata must be text (use a YAML block scalar: `userdata: |`)");
                return std::nullopt;
            }
            document.userData = QString::fromStdString(userdata.Scalar());
        }
        return document;
    } catch (const YAML::Exception& e) {
        *error = e.mark.is_null() ? Text::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg))
                                  : Text::tr("invalid YAML at line %1, column %2: %3")
                                        .arg(e.mark.line + 1)
                                        .arg(e.mark.column + 1)
                                        .arg(QString::fromStdString(e.msg));
    } catch (const std::runtime_error& e) {
        *error = QString::fromStdString(e.what());
    }
    return std::nullopt;
}
