// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFuture>
#include <QObject>

#include <KDSoapClient/KDSoapValue.h>

#include "inventoryplacement.h"
#include "managedobjectref.h"
#include "vmsummary.h"

struct RetrieveResult;
class VSphereSession;

// The session's reads of the whole inventory: every VM with its placement (datacenter, cluster,
// host, folder, custom attribute names) at the first load, and VMs by name. Owned by the session;
// failures of the first load are reported through its errorOccurred.
class InventoryReader : public QObject
{
    Q_OBJECT
public:
    explicit InventoryReader(VSphereSession* session);

    QFuture<VmSummaryList> virtualMachines();
    QFuture<VmSummaryList> virtualMachinesNamed(const QStringList& names);
    QFuture<KDSoapValue> containerView(const QStringList& types);
    // Reads the custom attributes' names (again) into the placement.
    QFuture<void> loadFieldNames();
    const InventoryPlacement& placement() const { return m_placement; }

    // propSet and objectSet of a PropertyFilterSpec: `paths` of every `type` object in the view.
    static QList<KDSoapValue> viewFilterSpec(
        const ManagedObjectRef& view, const QString& type, const QStringList& paths);
    static QList<KDSoapValue> retrieveArguments(
        const ManagedObjectRef& view, const QString& type, const QStringList& paths);
    static const QStringList& virtualMachinePaths();
    // Reads `paths` of every object of `viewTypes` under the root folder, page by page.
    QFuture<void> collectAll(const QStringList& viewTypes, const QString& type, const QStringList& paths,
        const std::function<void(const RetrieveResult&)>& onPage);

private:
    QFuture<void> loadEntities();

    VSphereSession* m_session;
    InventoryPlacement m_placement;
};
