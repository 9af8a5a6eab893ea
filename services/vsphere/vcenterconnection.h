// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>

#include "connectionparameters.h"
#include "vimtask.h"
#include "vmdetails.h"
#include "vmsummary.h"

// A session with one vCenter or ESXi host. Models and views see only this interface; the real
// implementation is VSphereSession, tests may use a fake. Futures fail with VimError.
class VCenterConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Disconnecting };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    virtual ConnectionParameters parameters() const = 0;
    // The server's own description, e.g. "VMware vCenter Server 6.5.0 build-5973321".
    virtual QString serverDescription() const = 0;

    virtual QFuture<void> login(const ConnectionParameters& parameters, const QString& password) = 0;
    virtual QFuture<VmSummaryList> virtualMachines() = 0;
    // Devices, guest networking and guestinfo keys of one VM, read when asked.
    virtual QFuture<VmDetails> vmDetails(const ManagedObjectRef& vm) = 0;
    virtual QFuture<void> logout() = 0;
    // Reads one VM again and reports it through vmChanged, e.g. after acting on it.
    virtual void refreshVirtualMachine(const ManagedObjectRef& vm) = 0;
    // From now on report changes to VMs (vmChanged, vmRemoved) as vCenter announces them.
    virtual void watchVirtualMachines() = 0;
    // From now on report vCenter's recent tasks (taskChanged), those of every client and user.
    // A connection without a task list reports none.
    virtual void watchTasks() { }

Q_SIGNALS:
    void stateChanged(VCenterConnection::State state);
    void errorOccurred(const QString& message);
    // vCenter had ended the session and it was logged in again, transparently.
    void reauthenticated();
    // A VM appeared or one of its properties changed (the whole current summary).
    void vmChanged(const VmSummary& vm);
    void vmRemoved(const ManagedObjectRef& vm);
    // Something the details show of this VM may have changed (it changed, or a task on it ended):
    // whoever shows its details reads them again.
    void vmDetailsChanged(const ManagedObjectRef& vm);
    // A recent task appeared or moved on (queued, running with progress, success, error).
    void taskChanged(const VimTask& task);
};
