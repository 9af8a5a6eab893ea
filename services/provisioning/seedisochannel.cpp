// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedisochannel.h"

#include <QPromise>

#include "core/promises.h"
#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int slotsPerIdeController = 2;

KDSoapValue connectable(bool connected)
{
    return VimClient::element(u"connectable"_s,
        QList<KDSoapValue> { VimClient::element(u"startConnected"_s, connected),
            VimClient::element(u"allowGuestControl"_s, true), VimClient::element(u"connected"_s, connected) });
}

// A VirtualCdrom in vim25's element order: key, backing, connectable, controllerKey, unitNumber.
KDSoapValue cdrom(int key, const KDSoapValue& backing, bool connected, int controllerKey, int unitNumber)
{
    return VimClient::typedElement(u"device"_s, u"VirtualCdrom"_s,
        { VimClient::element(u"key"_s, key), backing, connectable(connected),
            VimClient::element(u"controllerKey"_s, controllerKey), VimClient::element(u"unitNumber"_s, unitNumber) });
}

KDSoapValue deviceChange(const QString& operation, const KDSoapValue& device)
{
    return VimClient::element(u"spec"_s,
        QList<KDSoapValue> { VimClient::element(
            u"deviceChange"_s, QList<KDSoapValue> { VimClient::element(u"operation"_s, operation), device }) });
}
} // namespace

SeedIsoChannel::SeedIsoChannel(VSphereSession* session, VmActions* actions, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_actions(actions)
    , m_files(session)
{ }

std::optional<SeedIsoChannel::Attachment> SeedIsoChannel::attachmentIn(const VmLocation& location)
{
    for (const VmLocation::Device& device : location.devicesOfType(u"VirtualCdrom"_s)) {
        if (device.fileName.endsWith(fileSuffix)) {
            return Attachment { DatastorePath::parse(device.fileName), device.key, device.connected };
        }
    }
    return std::nullopt;
}

QFuture<std::optional<SeedIsoChannel::Attachment>> SeedIsoChannel::current(const ManagedObjectRef& vm)
{
    auto promise = std::make_shared<QPromise<std::optional<Attachment>>>();
    promise->start();
    whenDone<VimError>(
        VmLocation::read(m_session, vm), this,
        [promise](const VmLocation& location) {
            promise->addResult(attachmentIn(location));
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<SeedIsoChannel::Attachment> SeedIsoChannel::attach(
    const ManagedObjectRef& vm, const QByteArray& image, const QString& datastore)
{
    auto promise = std::make_shared<QPromise<Attachment>>();
    promise->start();
    whenDone<VimError>(
        VmLocation::read(m_session, vm), this,
        [this, promise, image, datastore](const VmLocation& location) {
            if (location.vmx.datastore.isEmpty()) {
                failWith(promise,
                    VimError(
                        VimError::Kind::Protocol, tr("vCenter did not say where %1's files are.").arg(location.name)));
                return;
            }
            const QString directory = location.vmx.directory();
            const DatastorePath iso { datastore.isEmpty() ? location.vmx.datastore : datastore,
                (directory.isEmpty() ? QString() : directory + u'/') + location.name + fileSuffix };
            whenDone<VimError>(
                m_files.upload(location.datacenterPath, iso, image), this,
                [this, promise, location, iso] { pointCdrom(location, iso, promise); },
                [promise](const VimError& error) { failWith(promise, error); });
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

void SeedIsoChannel::pointCdrom(
    const VmLocation& location, const DatastorePath& iso, const std::shared_ptr<QPromise<Attachment>>& promise)
{
    const KDSoapValue backing = VimClient::typedElement(
        u"backing"_s, u"VirtualCdromIsoBackingInfo"_s, { VimClient::element(u"fileName"_s, iso.toString()) });
    KDSoapValue spec;
    const QList<VmLocation::Device> drives = location.devicesOfType(u"VirtualCdrom"_s);
    if (!drives.isEmpty()) {
        const VmLocation::Device& drive = drives.first();
        spec = deviceChange(u"edit"_s, cdrom(drive.key, backing, true, drive.controllerKey, drive.unitNumber));
    } else {
        std::optional<std::pair<int, int>> slot; // controller key, unit
        for (const VmLocation::Device& controller : location.devicesOfType(u"VirtualIDEController"_s)) {
            QList<int> used;
            for (const VmLocation::Device& device : location.devices) {
                if (device.controllerKey == controller.key) {
                    used.append(device.unitNumber);
                }
            }
            for (int unit = 0; unit < slotsPerIdeController && !slot; ++unit) {
                if (!used.contains(unit)) {
                    slot = std::pair { controller.key, unit };
                }
            }
        }
        if (!slot) {
            failWith(promise,
                VimError(VimError::Kind::Fault,
                    tr("%1 has no CD-ROM and no free IDE slot for one; add a CD-ROM drive and try again.")
                        .arg(location.name)));
            return;
        }
        spec = deviceChange(u"add"_s, cdrom(-1, backing, true, slot->first, slot->second));
    }
    whenDone<VimError>(
        m_actions->startTask(tr("Attach seed ISO"), u"ReconfigVM_Task"_s, location.vm, { spec }), this,
        [this, promise, location, iso](const KDSoapValue&) {
            whenDone<VimError>(
                VmLocation::read(m_session, location.vm), this,
                [promise, iso](const VmLocation& after) {
                    const std::optional<Attachment> attached = attachmentIn(after);
                    if (!attached || attached->iso.toString() != iso.toString()) {
                        failWith(promise,
                            VimError(VimError::Kind::Protocol,
                                tr("vCenter accepted the change, but the CD-ROM does not show %1.")
                                    .arg(iso.toString())));
                        return;
                    }
                    promise->addResult(*attached);
                    promise->finish();
                },
                [promise](const VimError& error) { failWith(promise, error); });
        },
        [promise](const VimError& error) { failWith(promise, error); });
}

QFuture<void> SeedIsoChannel::detach(const ManagedObjectRef& vm)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    whenDone<VimError>(
        VmLocation::read(m_session, vm), this,
        [this, promise](const VmLocation& location) {
            const std::optional<Attachment> attached = attachmentIn(location);
            if (!attached) {
                promise->finish(); // nothing of ours on any drive
                return;
            }
            const VmLocation::Device* drive = nullptr;
            for (const VmLocation::Device& device : location.devices) {
                if (device.key == attached->deviceKey) {
                    drive = &device;
                }
            }
            const KDSoapValue empty
                = VimClient::typedElement(u"backing"_s, u"VirtualCdromRemotePassthroughBackingInfo"_s,
                    { VimClient::element(u"deviceName"_s, QString()), VimClient::element(u"exclusive"_s, false) });
            const KDSoapValue spec
                = deviceChange(u"edit"_s, cdrom(drive->key, empty, false, drive->controllerKey, drive->unitNumber));
            const DatastorePath iso = attached->iso;
            const ManagedObjectRef datacenter = location.datacenter;
            whenDone<VimError>(
                m_actions->startTask(tr("Detach seed ISO"), u"ReconfigVM_Task"_s, location.vm, { spec }), this,
                [this, promise, iso, datacenter](const KDSoapValue&) {
                    whenDone<VimError>(
                        m_files.remove(datacenter, iso), this, [promise] { promise->finish(); },
                        [promise](const VimError& error) { failWith(promise, error); });
                },
                [promise](const VimError& error) { failWith(promise, error); });
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}
