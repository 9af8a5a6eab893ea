// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "managedobjectref.h"

// One VM as the inventory shows it.
struct VmSummary
{
    ManagedObjectRef ref;
    QString name;
    QString powerState; // vim25 VirtualMachinePowerState: poweredOn, poweredOff, suspended
    QString guestFullName;
    QString host; // the ESXi host's name
    ManagedObjectRef hostRef;
    QString ipAddress;
    int cpuCount = 0;
    int memoryMb = 0;
    QString toolsStatus; // guestToolsRunning, guestToolsNotRunning, ...
    QString annotation;
    QString biosUuid;
    QString instanceUuid;
    qint64 committedBytes = 0;
    qint64 uncommittedBytes = 0; // provisioned = committed + uncommitted
    // Where it lives: the datacenter, the cluster of its host (empty for a standalone host) and
    // its VM folder below the datacenter's root folder, as a path ("Linux/Web").
    QString datacenter;
    QString cluster;
    QString folder;
    ManagedObjectRef folderRef;
    // Custom attributes by name (vCenter's CustomFieldsManager), and the raw values by key.
    QMap<QString, QString> attributes;
    QMap<int, QString> customValues;

    qint64 provisionedBytes() const { return committedBytes + uncommittedBytes; }
    friend bool operator==(const VmSummary&, const VmSummary&) = default;
};
using VmSummaryList = QList<VmSummary>;
Q_DECLARE_METATYPE(VmSummary)
