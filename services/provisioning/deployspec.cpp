// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployspec.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
const QList<std::pair<DeploySpec::Source, QString>> sources {
    { DeploySpec::Source::Ova, u"ova"_s },
    { DeploySpec::Source::Ovf, u"ovf"_s },
    { DeploySpec::Source::Clone, u"clone"_s },
};
const QList<std::pair<DeploySpec::CloudInit, QString>> channels {
    { DeploySpec::CloudInit::None, u"none"_s },
    { DeploySpec::CloudInit::Guestinfo, u"guestinfo"_s },
    { DeploySpec::CloudInit::Iso, u"iso"_s },
};

template <typename E> QString keyOf(const QList<std::pair<E, QString>>& table, E value)
{
    for (const auto& [entry, key] : table) {
        if (entry == value) {
            return key;
        }
    }
    return table.first().second;
}

template <typename E> E valueOf(const QList<std::pair<E, QString>>& table, const QString& key)
{
    for (const auto& [entry, name] : table) {
        if (name == key) {
            return entry;
        }
    }
    return table.first().first;
}
} // namespace

QString DeploySpec::sourceText() const
{
    if (source == Source::Clone) {
        return QCoreApplication::translate("DeploySpec", "clone of %1").arg(sourceVm);
    }
    return QFileInfo(sourcePath).fileName();
}

QJsonObject DeploySpec::toJson() const
{
    QJsonObject mapping;
    for (auto it = networks.cbegin(); it != networks.cend(); ++it) {
        mapping.insert(it.key(), it.value());
    }
    return { { u"source"_s, keyOf(sources, source) }, { u"sourcePath"_s, sourcePath }, { u"sourceVm"_s, sourceVm },
        { u"name"_s, name }, { u"datacenter"_s, datacenter }, { u"cluster"_s, cluster }, { u"host"_s, host },
        { u"pool"_s, pool }, { u"datastore"_s, datastore }, { u"folder"_s, folder }, { u"networks"_s, mapping },
        { u"metadataDir"_s, metadataDir }, { u"cloudInit"_s, keyOf(channels, cloudInit) },
        { u"networkVersion"_s, networkVersion }, { u"powerOn"_s, powerOn }, { u"waitIpSeconds"_s, waitIpSeconds },
        { u"priority"_s, priority } };
}

DeploySpec DeploySpec::fromJson(const QJsonObject& object)
{
    DeploySpec spec;
    spec.source = valueOf(sources, object.value(u"source"_s).toString());
    spec.sourcePath = object.value(u"sourcePath"_s).toString();
    spec.sourceVm = object.value(u"sourceVm"_s).toString();
    spec.name = object.value(u"name"_s).toString();
    spec.datacenter = object.value(u"datacenter"_s).toString();
    spec.cluster = object.value(u"cluster"_s).toString();
    spec.host = object.value(u"host"_s).toString();
    spec.pool = object.value(u"pool"_s).toString();
    spec.datastore = object.value(u"datastore"_s).toString();
    spec.folder = object.value(u"folder"_s).toString();
    const QJsonObject mapping = object.value(u"networks"_s).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        spec.networks.insert(it.key(), it.value().toString());
    }
    spec.metadataDir = object.value(u"metadataDir"_s).toString();
    spec.cloudInit = valueOf(channels, object.value(u"cloudInit"_s).toString());
    spec.networkVersion = object.value(u"networkVersion"_s).toInt(2);
    spec.powerOn = object.value(u"powerOn"_s).toBool();
    spec.waitIpSeconds = object.value(u"waitIpSeconds"_s).toInt();
    spec.priority = object.value(u"priority"_s).toInt();
    return spec;
}
