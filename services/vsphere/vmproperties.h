// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

#include <KDSoapClient/KDSoapValue.h>

#include "objectcontent.h"
#include "vmdetails.h"
#include "vmsummary.h"

// How a VM's vim25 properties become the inventory's VmSummary and the details pane's VmDetails;
// shared by the load, the live updates and the reads of one VM.
namespace VmProperties {

// What the inventory reads and watches of every VM.
const QStringList& summaryPaths();
void apply(VmSummary& vm, const QString& path, const PropertyValue& value);
VmSummary toSummary(const ObjectContent& object);
// A WaitForUpdatesEx value in the shape the streaming parser gives RetrievePropertiesEx values.
PropertyValue fromUpdate(const KDSoapValue& value);

// What the details pane reads of one VM.
const QStringList& detailPaths();
VmDetails toDetails(const ManagedObjectRef& vm, const QHash<QString, KDSoapValue>& properties);
// The snapshot tree of a VirtualMachineSnapshotInfo, depth first.
QList<VmDetails::Snapshot> snapshots(const KDSoapValue& snapshotInfo);

} // namespace VmProperties
