// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QFuture>
#include <QObject>

#include "kvp/kvpseed.h"
#include "kvp/wsmanerror.h"

class WsManClient;
struct WsManObject;

struct HypervVm
{
    QString id; // Msvm_ComputerSystem.Name, the VM's GUID
    QString name; // ElementName, what Hyper-V Manager shows
    int enabledState = 0;

    QString stateText() const;
};

struct HypervKvpItem
{
    QString name;
    QString data;
    friend bool operator==(const HypervKvpItem&, const HypervKvpItem&) = default;
};

// A VM's KVP items as the host sees them.
struct HypervKvpItems
{
    QList<HypervKvpItem> host; // Source 0: pushed by the host, the guest's pool 0
    QList<HypervKvpItem> guest; // Source 1: written by the guest in its pool 1
    QList<HypervKvpItem> intrinsic; // Source 2: the guest's facts (OS, addresses), pool 2
    QStringList unreadable; // embedded instances that did not parse, with why
};

struct HypervPushResult
{
    int added = 0;
    int modified = 0;
};

// Hyper-V KVP through WMI over WS-Management: the host's VMs, each VM's items, and pushing or
// removing host items with Msvm_VirtualSystemManagementService. Futures fail with WsManError.
class HypervKvp : public QObject
{
    Q_OBJECT
public:
    explicit HypervKvp(WsManClient* client, QObject* parent = nullptr);

    QFuture<QList<HypervVm>> virtualMachines();
    // The VM with this name or GUID; NotFound when there is none, or when a name is not unique.
    QFuture<HypervVm> findVm(const QString& nameOrId);
    QFuture<HypervKvpItems> items(const QString& vmId);
    // Upsert: ModifyKvpItems for keys the VM has, AddKvpItems for the others, 128 per call, each
    // call's job waited for. Nothing is sent when an item breaks a limit.
    QFuture<HypervPushResult> push(const QString& vmId, const QList<HypervKvpItem>& items);
    QFuture<void> remove(const QString& vmId, const QStringList& keys);
    // A cloud-init seed as KvpSeed items in the guest's pool 0: the chunks, then the counts and
    // digests, then the chunks a longer earlier payload left are removed.
    QFuture<HypervPushResult> pushSeed(const QString& vmId, const KvpSeed::Payloads& payloads);

    // How long a method's Msvm_ConcreteJob may run (libvirt waits 5 minutes too).
    void setJobTimeout(std::chrono::milliseconds timeout) { m_jobTimeout = timeout; }

    // Why the guest could not take this item (empty key, too long, not XML-safe), or empty.
    static QString checkItem(const HypervKvpItem& item);
    static constexpr int maxItemsPerCall = 128;

Q_SIGNALS:
    // A step of a push or removal begins ("Modifying 3 items", "Waiting for job …").
    void stepStarted(const QString& description);

private:
    struct Call;
    void runCalls(std::shared_ptr<QList<Call>> calls, std::shared_ptr<QPromise<void>> promise);
    QFuture<void> invokeKvpMethod(const QString& vmId, const QString& method, const QList<HypervKvpItem>& items);
    void waitForJob(const QString& jobId, std::chrono::steady_clock::time_point deadline,
        std::chrono::milliseconds delay, std::shared_ptr<QPromise<void>> promise);

    WsManClient* m_client;
    std::chrono::milliseconds m_jobTimeout { std::chrono::minutes(5) };
};
