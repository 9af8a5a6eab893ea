// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmlocation.h"

#include <QCoreApplication>
#include <QPromise>

#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int maxDepth = 32; // folders nest; a cycle would be vCenter's bug, not a reason to hang

QString field(const KDSoapValue& value, const QString& name)
{
    return value.childValues().child(name).value().toString();
}

struct Walk
{
    VSphereSession* session;
    std::shared_ptr<QPromise<VmLocation>> promise;
    VmLocation location;
    QStringList datacenterPath; // the datacenter's name and the folders above it, innermost first
    int depth = 0;
};

void fail(const std::shared_ptr<Walk>& walk, const VimError& error)
{
    walk->promise->setException(error);
    walk->promise->finish();
}

// Climbs from `object` to the datacenter, then through the folders above it to the root.
void climb(const std::shared_ptr<Walk>& walk, const ManagedObjectRef& object)
{
    whenDone<VimError>(
        walk->session->retrieveProperties(object, { u"name"_s, u"parent"_s }), walk->session,
        [walk, object](const QHash<QString, KDSoapValue>& properties) {
            const ManagedObjectRef parent = VimClient::toReference(properties.value(u"parent"_s));
            if (object.type == u"Datacenter"_s) {
                walk->location.datacenter = object;
                walk->datacenterPath.append(properties.value(u"name"_s).value().toString());
            } else if (!walk->location.datacenter.isNull() && !parent.isNull()) {
                walk->datacenterPath.append(properties.value(u"name"_s).value().toString()); // a folder above it
            }
            if (parent.isNull() || ++walk->depth > maxDepth) {
                if (walk->location.datacenter.isNull()) {
                    fail(walk,
                        VimError(VimError::Kind::Protocol,
                            QCoreApplication::translate("VmLocation", "%1 is in no datacenter.")
                                .arg(walk->location.name)));
                    return;
                }
                std::reverse(walk->datacenterPath.begin(), walk->datacenterPath.end());
                walk->location.datacenterPath = walk->datacenterPath.join(u'/');
                walk->promise->addResult(walk->location);
                walk->promise->finish();
                return;
            }
            climb(walk, parent);
        },
        [walk](const VimError& error) { fail(walk, error); });
}
} // namespace

QList<VmLocation::Device> VmLocation::devicesOfType(const QString& type) const
{
    QList<Device> found;
    for (const Device& device : devices) {
        if (device.type == type) {
            found.append(device);
        }
    }
    return found;
}

QList<VmLocation::Device> VmLocation::parseDevices(const KDSoapValue& list)
{
    QList<Device> devices;
    for (const KDSoapValue& item : list.childValues()) {
        Device device;
        device.type = item.type();
        device.key = field(item, u"key"_s).toInt();
        device.controllerKey = field(item, u"controllerKey"_s).toInt();
        const QString unit = field(item, u"unitNumber"_s);
        device.unitNumber = unit.isEmpty() ? -1 : unit.toInt();
        const KDSoapValue backing = item.childValues().child(u"backing"_s);
        device.backingType = backing.type();
        device.fileName = field(backing, u"fileName"_s);
        device.connected = field(item.childValues().child(u"connectable"_s), u"connected"_s) == u"true"_s;
        for (const KDSoapValue& child : item.childValues()) {
            if (child.name() == u"device"_s) {
                device.children.append(child.value().toInt());
            }
        }
        devices.append(device);
    }
    return devices;
}

QFuture<VmLocation> VmLocation::read(VSphereSession* session, const ManagedObjectRef& vm)
{
    auto walk = std::make_shared<Walk>();
    walk->session = session;
    walk->promise = std::make_shared<QPromise<VmLocation>>();
    walk->promise->start();
    walk->location.vm = vm;
    whenDone<VimError>(
        session->retrieveProperties(vm,
            { u"name"_s, u"parent"_s, u"runtime.powerState"_s, u"config.files.vmPathName"_s,
                u"config.hardware.device"_s }),
        session,
        [walk](const QHash<QString, KDSoapValue>& properties) {
            walk->location.name = properties.value(u"name"_s).value().toString();
            walk->location.powerState = properties.value(u"runtime.powerState"_s).value().toString();
            walk->location.vmx
                = DatastorePath::parse(properties.value(u"config.files.vmPathName"_s).value().toString());
            walk->location.devices = parseDevices(properties.value(u"config.hardware.device"_s));
            const ManagedObjectRef parent = VimClient::toReference(properties.value(u"parent"_s));
            if (parent.isNull()) {
                fail(walk,
                    VimError(VimError::Kind::Protocol,
                        QCoreApplication::translate("VmLocation",
                            "%1 is in no folder; is it a template in "
                            "a vApp?")
                            .arg(walk->location.name)));
                return;
            }
            climb(walk, parent);
        },
        [walk](const VimError& error) { fail(walk, error); });
    return walk->promise->future();
}
