// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmproperties.h"

#include <QRegularExpression>

#include "vimclient.h"

using namespace Qt::StringLiterals;

namespace {
QString childText(const KDSoapValue& value, const QString& name)
{
    return value.childValues().child(name).value().toString();
}

void collectSnapshots(const KDSoapValue& list, int depth, const QString& current, QList<VmDetails::Snapshot>& into)
{
    for (const KDSoapValue& tree : list.childValues()) {
        if (tree.name() != u"rootSnapshotList"_s && tree.name() != u"childSnapshotList"_s) {
            continue;
        }
        const ManagedObjectRef ref = VimClient::toReference(tree.childValues().child(u"snapshot"_s));
        into.append({ ref, childText(tree, u"name"_s), childText(tree, u"description"_s),
            childText(tree, u"createTime"_s), depth, !current.isEmpty() && ref.value == current });
        collectSnapshots(tree, depth + 1, current, into);
    }
}

VmDetails::Disk toDisk(const QString& label, const KDSoapValue& device)
{
    const KDSoapValue backing = device.childValues().child(u"backing"_s);
    const QString fileName = childText(backing, u"fileName"_s);
    static const QRegularExpression datastorePattern(u"^\\[([^\\]]*)\\]"_s);
    QString provisioning;
    if (backing.type().contains(u"FlatVer2"_s) || backing.type().contains(u"SeSparse"_s)
        || backing.type().contains(u"SparseVer2"_s)) {
        provisioning = childText(backing, u"thinProvisioned"_s) == u"true"_s ? QObject::tr("thin")
            : childText(backing, u"eagerlyScrub"_s) == u"true"_s             ? QObject::tr("thick, eager zeroed")
                                                                             : QObject::tr("thick");
    }
    // capacityInBytes is newer (vSphere 5.5); older hosts and the simulator give only capacityInKB.
    qint64 capacity = device.childValues().child(u"capacityInBytes"_s).value().toLongLong();
    if (capacity <= 0) {
        capacity = device.childValues().child(u"capacityInKB"_s).value().toLongLong() * 1024;
    }
    return { label, capacity, fileName, datastorePattern.match(fileName).captured(1), provisioning };
}
} // namespace

namespace VmProperties {

const QStringList& summaryPaths()
{
    static const QStringList paths { u"name"_s, u"runtime.powerState"_s, u"config.guestFullName"_s, u"runtime.host"_s,
        u"guest.ipAddress"_s, u"config.hardware.numCPU"_s, u"config.hardware.memoryMB"_s, u"guest.toolsRunningStatus"_s,
        u"config.annotation"_s, u"config.uuid"_s, u"config.instanceUuid"_s, u"summary.storage.committed"_s,
        u"summary.storage.uncommitted"_s, u"parent"_s, u"customValue"_s };
    return paths;
}

PropertyValue fromUpdate(const KDSoapValue& value)
{
    PropertyValue converted { value.value().toString(), VimClient::toReference(value).type, {} };
    for (const KDSoapValue& element : value.childValues()) {
        QHash<QString, QString> item;
        if (element.childValues().isEmpty()) {
            item.insert(QString(), element.value().toString());
        }
        for (const KDSoapValue& field : element.childValues()) {
            item.insert(field.name(), field.value().toString());
        }
        converted.items.append(item);
    }
    return converted;
}

void apply(VmSummary& vm, const QString& name, const PropertyValue& value)
{
    const QString& text = value.text;
    if (name == u"name"_s) {
        vm.name = text;
    } else if (name == u"runtime.powerState"_s) {
        vm.powerState = text;
    } else if (name == u"config.guestFullName"_s) {
        vm.guestFullName = text;
    } else if (name == u"runtime.host"_s) {
        vm.hostRef = value.reference();
    } else if (name == u"guest.ipAddress"_s) {
        vm.ipAddress = text;
    } else if (name == u"config.hardware.numCPU"_s) {
        vm.cpuCount = text.toInt();
    } else if (name == u"config.hardware.memoryMB"_s) {
        vm.memoryMb = text.toInt();
    } else if (name == u"guest.toolsRunningStatus"_s) {
        vm.toolsStatus = text;
    } else if (name == u"config.annotation"_s) {
        vm.annotation = text;
    } else if (name == u"config.uuid"_s) {
        vm.biosUuid = text;
    } else if (name == u"config.instanceUuid"_s) {
        vm.instanceUuid = text;
    } else if (name == u"summary.storage.committed"_s) {
        vm.committedBytes = text.toLongLong();
    } else if (name == u"summary.storage.uncommitted"_s) {
        vm.uncommittedBytes = text.toLongLong();
    } else if (name == u"parent"_s) {
        vm.folderRef = value.reference();
    } else if (name == u"customValue"_s) {
        vm.customValues.clear();
        for (const QHash<QString, QString>& field : value.items) {
            vm.customValues.insert(field.value(u"key"_s).toInt(), field.value(u"value"_s));
        }
    }
}

VmSummary toSummary(const ObjectContent& object)
{
    VmSummary vm;
    vm.ref = object.obj;
    for (auto property = object.properties.cbegin(); property != object.properties.cend(); ++property) {
        apply(vm, property.key(), property.value());
    }
    return vm;
}

const QStringList& detailPaths()
{
    static const QStringList paths { u"config.hardware.device"_s, u"config.extraConfig"_s, u"config.guestId"_s,
        u"config.firmware"_s, u"config.version"_s, u"guest.net"_s, u"guest.hostName"_s, u"runtime.bootTime"_s,
        u"snapshot"_s };
    return paths;
}

QList<VmDetails::Snapshot> snapshots(const KDSoapValue& snapshotInfo)
{
    QList<VmDetails::Snapshot> list;
    const QString current = VimClient::toReference(snapshotInfo.childValues().child(u"currentSnapshot"_s)).value;
    collectSnapshots(snapshotInfo, 0, current, list);
    return list;
}

VmDetails toDetails(const ManagedObjectRef& vm, const QHash<QString, KDSoapValue>& properties)
{
    const auto text = [&](const QString& path) { return properties.value(path).value().toString(); };
    VmDetails details { vm, text(u"config.guestId"_s), text(u"guest.hostName"_s), text(u"config.firmware"_s),
        text(u"config.version"_s), text(u"runtime.bootTime"_s), {}, {}, {}, {}, {} };
    QHash<QString, QStringList> addressesByMac;
    for (const KDSoapValue& nic : properties.value(u"guest.net"_s).childValues()) {
        QStringList addresses;
        for (const KDSoapValue& address : nic.childValues()) {
            if (address.name() == u"ipAddress"_s) {
                addresses.append(address.value().toString());
            }
        }
        addressesByMac.insert(childText(nic, u"macAddress"_s), addresses);
    }
    for (const KDSoapValue& device : properties.value(u"config.hardware.device"_s).childValues()) {
        const KDSoapValueList& fields = device.childValues();
        const QString label = childText(fields.child(u"deviceInfo"_s), u"label"_s);
        const KDSoapValue backing = fields.child(u"backing"_s);
        const bool connected = childText(fields.child(u"connectable"_s), u"connected"_s) == u"true"_s;
        const QString type = device.type();
        if (type == u"VirtualSerialPort"_s) {
            const QString backingType = backing.type();
            details.serialPorts.append({ label,
                backingType.contains(u"URI"_s)        ? u"network"_s
                    : backingType.contains(u"Pipe"_s) ? u"pipe"_s
                    : backingType.contains(u"File"_s) ? u"file"_s
                                                      : u"device"_s,
                childText(backing, u"direction"_s), childText(backing, u"serviceURI"_s),
                childText(backing, u"proxyURI"_s), connected });
        } else if (type == u"VirtualDisk"_s) {
            details.disks.append(toDisk(label, device));
        } else if (!fields.child(u"macAddress"_s).isNull()) {
            const QString mac = fields.child(u"macAddress"_s).value().toString();
            // A distributed port group is named by its key until VSphereSession looks the name up.
            QString network = childText(backing, u"deviceName"_s);
            const bool distributed = network.isEmpty() && !backing.childValues().child(u"port"_s).isNull();
            if (distributed) {
                network = childText(backing.childValues().child(u"port"_s), u"portgroupKey"_s);
            }
            details.networkAdapters.append({ label, network, distributed, mac, addressesByMac.value(mac), connected });
        }
    }
    for (const KDSoapValue& option : properties.value(u"config.extraConfig"_s).childValues()) {
        const QString key = childText(option, u"key"_s);
        if (key.startsWith(u"guestinfo."_s)) {
            details.guestInfo.append({ key, childText(option, u"value"_s) });
        }
    }
    std::sort(details.guestInfo.begin(), details.guestInfo.end());
    details.snapshots = snapshots(properties.value(u"snapshot"_s));
    return details;
}

} // namespace VmProperties
