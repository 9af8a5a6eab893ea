// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultmessage.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FaultMessage)
};

QString normalized(QString type)
{
    // "*types.InvalidPowerState" (govmomi), "vim.fault.InvalidPowerState", "InvalidPowerStateFault"
    if (const qsizetype dot = type.lastIndexOf(u'.'); dot >= 0) {
        type = type.mid(dot + 1);
    }
    if (type.endsWith(u"Fault"_s) && type.size() > 5) {
        type.chop(5);
    }
    return type;
}
} // namespace

QString FaultMessage::plain(const QString& faultType)
{
    const QString type = normalized(faultType);
    if (type == u"InvalidPowerState"_s) {
        return Text::tr("The VM is not in a power state that allows this (for example it is already powered on or "
                        "off). Reload the inventory to see its current state.");
    }
    if (type == u"InvalidState"_s) {
        return Text::tr("The VM is busy or in a state that does not allow this right now (another operation, a "
                        "migration or a snapshot may be running). Try again when it has finished.");
    }
    if (type == u"TaskInProgress"_s) {
        return Text::tr("Another task is still running on this VM. Wait for it to finish, then try again.");
    }
    if (type == u"NoPermission"_s || type == u"NotAuthorized"_s) {
        return Text::tr("Your vCenter user lacks the permission for this. Ask your vCenter administrator for the "
                        "privilege on this VM or its folder.");
    }
    if (type == u"ToolsUnavailable"_s) {
        return Text::tr("VMware Tools is not running in the guest, so the guest cannot be asked to shut down or "
                        "restart. Use Power Off or Reset, or start VMware Tools in the guest.");
    }
    if (type == u"NotSupported"_s) {
        return Text::tr("This host or VM does not support the operation.");
    }
    if (type == u"ManagedObjectNotFound"_s) {
        return Text::tr("The VM no longer exists in vCenter (it was removed or moved). Reload the inventory.");
    }
    if (type == u"InsufficientResources"_s || type == u"InsufficientHostCapacity"_s
        || type == u"InsufficientMemoryResources"_s || type == u"InsufficientCpuResources"_s) {
        return Text::tr("The host or cluster lacks the CPU, memory or licences to run the VM. Free resources or move "
                        "the VM to another host.");
    }
    if (type == u"HostNotConnected"_s || type == u"HostNotReachable"_s) {
        return Text::tr("The VM's ESXi host is not connected to vCenter. Check the host, then try again.");
    }
    if (type == u"FileNotFound"_s || type == u"FileFault"_s) {
        return Text::tr("A file of the VM is missing or cannot be reached on its datastore.");
    }
    if (type == u"DuplicateName"_s || type == u"AlreadyExists"_s) {
        return Text::tr("The name is already in use.");
    }
    if (type == u"InvalidName"_s) {
        return Text::tr("The name contains characters vCenter does not accept.");
    }
    if (type == u"SnapshotFault"_s || type == u"Snapshot"_s) {
        return Text::tr("The snapshot could not be taken or changed (too many snapshots, or a disk that does not "
                        "allow them).");
    }
    if (type == u"VmConfigFault"_s || type == u"VmConfig"_s || type == u"InvalidDeviceSpec"_s) {
        return Text::tr("vCenter refused the VM's new configuration.");
    }
    if (type == u"InvalidArgument"_s) {
        return Text::tr("vCenter refused a value of the request as invalid.");
    }
    if (type == u"RequestCanceled"_s) {
        return Text::tr("The task was cancelled.");
    }
    if (type == u"Timedout"_s) {
        return Text::tr("The operation took too long and vCenter gave up.");
    }
    if (type == u"InvalidLogin"_s) {
        return Text::tr("The user name or password is wrong.");
    }
    if (type == u"NotAuthenticated"_s) {
        return Text::tr("The vCenter session has ended; log in again.");
    }
    return {};
}

QString FaultMessage::describe(const QString& faultType, const QString& rawText)
{
    if (const QString text = plain(faultType); !text.isEmpty()) {
        return text;
    }
    const QString type = normalized(faultType);
    if (rawText.isEmpty() || normalized(rawText) == type) {
        return Text::tr("vCenter reported %1.").arg(type);
    }
    return Text::tr("vCenter reported %1: %2").arg(type, rawText);
}

QString FaultMessage::details(const QString& faultType, const QString& rawText)
{
    return rawText.isEmpty() || rawText == faultType ? faultType : faultType + u": "_s + rawText;
}
