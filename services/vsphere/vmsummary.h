// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "managedobjectref.h"

// One VM as the inventory shows it. The inventory issue adds columns here.
struct VmSummary
{
    ManagedObjectRef ref;
    QString name;
    QString powerState; // vim25 VirtualMachinePowerState: poweredOn, poweredOff, suspended
    QString guestFullName;
};
using VmSummaryList = QList<VmSummary>;
Q_DECLARE_METATYPE(VmSummary)
