// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>

#include <KDSoapClient/KDSoapValue.h>

#include "datastorefiles.h"
#include "vsphere/managedobjectref.h"

class VSphereSession;

// Where a VM's files are and what its devices are: what the seed ISO needs to put a file beside the
// VM and point a CD-ROM at it.
struct VmLocation
{
    struct Device
    {
        QString type; // xsi:type: VirtualCdrom, VirtualIDEController, ...
        int key = 0;
        int controllerKey = 0;
        int unitNumber = -1;
        QString backingType;
        QString fileName; // a file backing's "[ds] path"
        bool connected = false;
        QList<int> children; // a controller's devices
    };

    ManagedObjectRef vm;
    QString name;
    QString powerState;
    DatastorePath vmx; // config.files.vmPathName
    ManagedObjectRef datacenter;
    QString datacenterPath; // inventory path, for /folder URLs ("DC0", "Folder/DC1")
    QList<Device> devices;

    QList<Device> devicesOfType(const QString& type) const;

    // Reads it (a few calls: the VM, then its parents up to the datacenter). Fails with VimError.
    static QFuture<VmLocation> read(VSphereSession* session, const ManagedObjectRef& vm);
    static QList<Device> parseDevices(const KDSoapValue& list);
};
