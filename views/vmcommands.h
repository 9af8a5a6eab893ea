// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFuture>
#include <QObject>

#include "vsphere/vmactions.h"

class InventoryModel;
class VCenterConnection;
class VspcServer;
class QWidget;

// What the inventory's VM menu does: asks what it must (confirmation, snapshot name, notes…),
// runs the vCenter task on each VM and reads each VM again when its task has ended.
class VmCommands : public QObject
{
    Q_OBJECT
public:
    VmCommands(QWidget* window, VCenterConnection* connection, InventoryModel* inventory, VmActions* actions,
        VspcServer* metadataServer);

    // Asks first for the actions that can lose work unless `confirmed`.
    void power(const QStringList& vmNames, VmActions::Power action, bool confirmed = false);
    void takeSnapshot(const QStringList& vmNames);
    void editNotes(const QStringList& vmNames);
    void setAttribute(const QStringList& vmNames);
    void connectSerialPorts(const QStringList& vmNames);

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    static QString powerActionName(VmActions::Power action);
    bool confirmPower(const QStringList& vmNames, VmActions::Power action);
    void actOn(const QString& actionName, const QStringList& vmNames,
        const std::function<QFuture<void>(const ManagedObjectRef&)>& action);
    // One window for a batch's failures once all its tasks have ended: plain words, raw faults in the details.
    void reportFailures(const QString& actionName, int total, const QStringList& failed, const QStringList& messages,
        const QStringList& details);

    QWidget* m_window;
    VCenterConnection* m_connection;
    InventoryModel* m_inventory;
    VmActions* m_actions;
    VspcServer* m_metadataServer;
};
