// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
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
    qint64 committedBytes = 0;

    friend bool operator==(const VmSummary&, const VmSummary&) = default;
};
using VmSummaryList = QList<VmSummary>;
Q_DECLARE_METATYPE(VmSummary)
