// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>

#include <KDSoapClient/KDSoapValue.h>

#include "managedobjectref.h"

class VSphereSession;

// What an admin does to a VM: power, guest shutdown and reboot, snapshots, notes. Every call is a
// vCenter task (or a guest operation) whose outcome comes from vCenter, never guessed. Futures fail
// with VimError, a failed task's message included.
class VmActions : public QObject
{
    Q_OBJECT
public:
    enum class Power { On, Off, Reset, Suspend, ShutdownGuest, RebootGuest };

    struct Snapshot
    {
        ManagedObjectRef ref;
        QString name;
        QString description;
        QString created;
        int depth = 0; // 0 for a root snapshot, 1 for its children, ...
    };

    explicit VmActions(VSphereSession* session, QObject* parent = nullptr);

    QFuture<void> power(const ManagedObjectRef& vm, Power action);
    QFuture<void> createSnapshot(
        const ManagedObjectRef& vm, const QString& name, const QString& description, bool memory);
    QFuture<QList<Snapshot>> snapshots(const ManagedObjectRef& vm);
    QFuture<void> revertToSnapshot(const ManagedObjectRef& snapshot);
    QFuture<void> removeSnapshot(const ManagedObjectRef& snapshot, bool removeChildren);
    QFuture<void> setAnnotation(const ManagedObjectRef& vm, const QString& text);
    // Adds a serial port that connects over the network, e.g. to vmdesk's metadata server:
    // serviceUri "vmdesk", proxyUri "telnet://host:13370" (ESXi opens the connection).
    QFuture<void> addNetworkSerialPort(const ManagedObjectRef& vm, const QString& serviceUri, const QString& proxyUri);
    // guestinfo.* keys in the VM's configuration, as VMware Tools reads them in the guest.
    QFuture<void> setGuestInfo(const ManagedObjectRef& vm, const QList<std::pair<QString, QString>>& values);
    // A custom attribute's value on this VM (an empty value clears it).
    QFuture<void> setCustomAttribute(const ManagedObjectRef& vm, const QString& name, const QString& value);

    // Starts any vCenter task and yields its info.result once it succeeded (CloneVM_Task: the new
    // VM); reported through taskFinished like every action.
    QFuture<KDSoapValue> startTask(const QString& description, const QString& method, const ManagedObjectRef& target,
        const QList<KDSoapValue>& arguments = {});

    static std::optional<Power> powerFromName(const QString& name);

Q_SIGNALS:
    // Every action as it ends, for a "Recent tasks" list: what, on which object (its managed object
    // id), and how it went. taskKey is vCenter's task id ("task-42") when the action was a vCenter
    // task, so that a list following vCenter's recent tasks shows it once; empty otherwise.
    void taskFinished(const QString& description, const QString& object, bool succeeded, const QString& message,
        const QString& taskKey);

private:
    // A call that is not a task: done when vCenter answers.
    QFuture<void> runCall(const QString& description, const QString& method, const ManagedObjectRef& target,
        const QList<KDSoapValue>& arguments = {});
    QFuture<void> runTask(const QString& description, const QString& method, const ManagedObjectRef& target,
        const QList<KDSoapValue>& arguments = {});
    QFuture<void> run(const QString& description, const QString& method, const ManagedObjectRef& target,
        const QList<KDSoapValue>& arguments, bool isTask);
    void waitForTask(const ManagedObjectRef& task, const QString& description, const QString& object,
        std::shared_ptr<QPromise<KDSoapValue>> promise, int attemptsLeft);

    QPointer<VSphereSession> m_session;
};
