// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <KDSoapClient/KDSoapValue.h>

#include "managedobjectref.h"
#include "vmsummary.h"

class InventoryReader;
class PropertyFeed;
class VSphereSession;

// What vCenter announces after the first load: VMs (over a container view) and recent tasks, both
// through the session's PropertyFeed. Owned by the session; reports through its vmChanged,
// vmRemoved, vmDetailsChanged and taskChanged.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    // `inventory` places the VMs and learns custom attribute names defined since the load.
    LiveUpdates(VSphereSession* session, InventoryReader* inventory);

    void watchVirtualMachines();
    void watchTasks();
    // Reads one VM whole and reports it (and keeps it, while VMs are watched).
    void refreshVirtualMachine(const ManagedObjectRef& vm);
    // The session ends: the filters and the VMs seen are forgotten, answers under way dropped.
    void stop();
    PropertyFeed* feed() const { return m_feed; }

private:
    // One objectSet of the VM filter's or the task filter's updates.
    void applyVmUpdate(const KDSoapValue& object);
    void applyTaskUpdate(const KDSoapValue& object);
    // Places `vm` (learning custom attribute names it brings) and reports it through vmChanged.
    void announce(VmSummary vm);

    VSphereSession* m_session;
    InventoryReader* m_inventory;
    PropertyFeed* m_feed; // a child of the session, which it calls through
    quint64 m_watchGeneration = 0; // bumped by stop(): watches asked for before it are dropped
    bool m_watching = false;
    bool m_watchingTasks = false;
    bool m_tasksPrimed = false; // the task filter's first answer arrived
    bool m_tasksLive = false; // ... and has been read: tasks ending from now on are news
    QSet<QString> m_settledTasks; // finished VM tasks already acted on, by task id
    QHash<QString, VmSummary> m_watched; // by managed object id
};
